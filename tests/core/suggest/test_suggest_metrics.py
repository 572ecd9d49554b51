"""The four back-test metrics on tiny cases computed by hand."""

from __future__ import annotations

import math

import pytest

from relbeheer.core.suggest.metrics import (
    average_precision_at_k,
    hit_rate_at_k,
    ndcg_at_k,
    recall_at_k,
    score_rankings,
)

RANKED = ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("truth", "k", "expected"),
    [({"e"}, 5, 1.0), ({"f"}, 5, 0.0), ({"f"}, 6, 1.0), (set(), 5, 0.0)],
)
def test_hit_rate_counts_a_hit_only_inside_the_top_k(truth, k, expected):
    """HR@k is 1 when any of the first k items is true."""
    assert hit_rate_at_k(RANKED, truth, k) == expected


def test_recall_divides_hits_by_the_whole_truth():
    """Two of four true items in the top 3 → 0.5 (items beyond k do not count)."""
    assert recall_at_k(RANKED, {"a", "c", "f", "z"}, 3) == 0.5


def test_average_precision_by_hand():
    """Hits at ranks 1 and 3, truth of 2: (1/1 + 2/3) / 2."""
    assert average_precision_at_k(RANKED, {"a", "c"}, 10) == pytest.approx((1 + 2 / 3) / 2)


def test_average_precision_is_normalised_by_min_truth_and_k():
    """Truth of 5 with k = 2 and hits at both ranks → (1 + 1) / min(5, 2) = 1."""
    assert average_precision_at_k(RANKED, {"a", "b", "x", "y", "z"}, 2) == 1.0


def test_ndcg_by_hand():
    """One hit at rank 2, truth of 2: (1/log2 3) / (1 + 1/log2 3)."""
    dcg = 1 / math.log2(3)
    assert ndcg_at_k(RANKED, {"b", "zz"}, 10) == pytest.approx(dcg / (1 + dcg))


def test_ndcg_of_a_perfect_ranking_is_one():
    assert ndcg_at_k(RANKED, {"a", "b"}, 10) == pytest.approx(1.0)


def test_score_rankings_averages_over_customers():
    """A customer with a hit and one without → HR@5 = 0.5, the others halve too."""
    scores = score_rankings([(RANKED, {"a"}), (RANKED, {"q"})])
    assert scores.customers == 2
    assert scores.hr_at_5 == 0.5
    assert scores.recall_at_10 == 0.5
    assert scores.map_at_10 == 0.5
    assert scores.ndcg_at_10 == 0.5


def test_score_rankings_of_nothing_is_zero():
    assert score_rankings([]).customers == 0
