"""Ranking metrics for the back-test, as defined in ../shared/data/README.md.

HR@k (hit at least once in the top k), Recall@k (hits / truth count), MAP@k and
NDCG@k, the last two normalised by min(truth count, k), so that a customer with
30 new products is not punished for a top 10 that cannot hold them all. Written
out in plain Python so a hand-computed case in the tests checks the definition.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass


def hit_rate_at_k(ranked: Sequence, truth: Collection, k: int) -> float:
    """1.0 when any of the first ``k`` ranked items is in ``truth``, else 0.0."""
    return 1.0 if any(item in truth for item in ranked[:k]) else 0.0


def recall_at_k(ranked: Sequence, truth: Collection, k: int) -> float:
    """Share of the truth found in the first ``k`` (0.0 for an empty truth)."""
    if not truth:
        return 0.0
    return sum(1 for item in ranked[:k] if item in truth) / len(truth)


def average_precision_at_k(ranked: Sequence, truth: Collection, k: int) -> float:
    """Mean of precision@i at each hit i ≤ k, divided by min(|truth|, k)."""
    if not truth:
        return 0.0
    hits = 0
    total = 0.0
    for i, item in enumerate(ranked[:k], start=1):
        if item in truth:
            hits += 1
            total += hits / i
    return total / min(len(truth), k)


def ndcg_at_k(ranked: Sequence, truth: Collection, k: int) -> float:
    """DCG of binary gains in the first ``k`` over the ideal DCG of min(|truth|, k) hits."""
    if not truth:
        return 0.0
    dcg = sum(1.0 / math.log2(i + 1) for i, item in enumerate(ranked[:k], start=1) if item in truth)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(truth), k) + 1))
    return dcg / ideal


@dataclass(frozen=True)
class RankingScores:
    """The four back-test numbers, averaged over the customers evaluated."""

    customers: int
    hr_at_5: float
    recall_at_10: float
    map_at_10: float
    ndcg_at_10: float

    def as_dict(self) -> dict:
        return {
            "customers": self.customers,
            "hr@5": round(self.hr_at_5, 4),
            "recall@10": round(self.recall_at_10, 4),
            "map@10": round(self.map_at_10, 4),
            "ndcg@10": round(self.ndcg_at_10, 4),
        }


def score_rankings(pairs: Iterable[tuple[Sequence, Collection]]) -> RankingScores:
    """Average the four metrics over ``(ranked items, truth set)`` pairs."""
    n = 0
    hr = rec = ap = nd = 0.0
    for ranked, truth in pairs:
        n += 1
        hr += hit_rate_at_k(ranked, truth, 5)
        rec += recall_at_k(ranked, truth, 10)
        ap += average_precision_at_k(ranked, truth, 10)
        nd += ndcg_at_k(ranked, truth, 10)
    if n == 0:
        return RankingScores(0, 0.0, 0.0, 0.0, 0.0)
    return RankingScores(n, hr / n, rec / n, ap / n, nd / n)
