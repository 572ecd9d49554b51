"""The cross-sell model: EASE closed form, forward model, text similarity, ranking rules."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from relbeheer.core.suggest.crosssell import (
    CrossSellModel,
    ease_weights,
    forward_weights,
    token_matrix,
)
from relbeheer.core.suggest.history import PurchaseHistory
from relbeheer.core.suggest.settings import CrossSellSettings

DAY = 737_000  # any day number; windows are relative to as_of


def history(purchases, items=(), texts=None):
    return PurchaseHistory.build(purchases, item_ids=items, item_texts=texts)


def test_ease_matches_a_ridge_regression_per_column():
    """Column j of B regresses item j on the other items (the EASE constraint diag B = 0)."""
    rng = np.random.default_rng(7)
    x = sparse.csr_matrix((rng.random((40, 5)) < 0.4).astype(float))
    lam = 3.0
    b = ease_weights(x, lam)
    gram = (x.T @ x).toarray()
    for j in range(5):
        others = [i for i in range(5) if i != j]
        expected = np.linalg.solve(gram[np.ix_(others, others)] + lam * np.eye(4), gram[others, j])
        assert b[j, j] == 0.0
        assert b[others, j] == pytest.approx(expected, rel=1e-4, abs=1e-6)


def test_forward_model_learns_what_follows_first():
    """Accounts that had A before the split bought E for the first time after it."""
    rows = []
    for n in range(6):
        rows += [(f"a{n}", "A", DAY - 200, 1.0), (f"a{n}", "E", DAY - 30, 1.0)]
    for n in range(6):
        rows += [(f"b{n}", "C", DAY - 200, 1.0), (f"b{n}", "D", DAY - 30, 1.0)]
    h = history(rows)
    w = forward_weights(h, DAY, horizon=91, lam=1.0)
    a, c, d, e = (h.item_ids.index(i) for i in "ACDE")
    assert w[a, e] > w[a, d]
    assert w[c, d] > w[c, e]


def test_forward_model_without_a_past_is_all_zero():
    """History shorter than the horizon: nothing to learn, the signal drops out."""
    h = history([("x", "A", DAY - 10, 1.0), ("y", "B", DAY - 5, 1.0)])
    assert not forward_weights(h, DAY, horizon=91, lam=1.0).any()


def test_text_similarity_links_shared_words_only():
    """'RED LANTERN' is like 'BLUE LANTERN'; a word in one product only links nothing."""
    m = token_matrix(["RED LANTERN", "BLUE LANTERN", "TEA MUG"], min_products=2)
    sim = (m @ m.T).toarray()
    assert sim[0, 1] > 0
    assert sim[0, 2] == 0
    assert sim[2].sum() == 0  # TEA and MUG occur once: weight zero


def basket_history():
    """Ten accounts buy A+B, ten buy C+D; x bought only A."""
    rows = []
    for n in range(10):
        rows += [(f"ab{n}", "A", DAY - 100 - n, 1.0), (f"ab{n}", "B", DAY - 90 - n, 1.0)]
        rows += [(f"cd{n}", "C", DAY - 100 - n, 1.0), (f"cd{n}", "D", DAY - 90 - n, 1.0)]
    rows.append(("x", "A", DAY - 50, 1.0))
    return history(rows, items=["A", "B", "C", "D", "NEVER"])


def test_ranking_follows_the_basket():
    """Whoever buys A buys B: B comes first for x."""
    h = basket_history()
    model = CrossSellModel(h, as_of=DAY, settings=CrossSellSettings())
    ranked = model.top_k(model.rows_for([h.account_ids.index("x")]), 3)[0]
    assert h.item_ids[ranked[0]] == "B"


def test_ranking_skips_bought_and_never_sold_items():
    """Nothing the account bought, nothing nobody bought, whatever k asks for."""
    h = basket_history()
    model = CrossSellModel(h, as_of=DAY, settings=CrossSellSettings())
    for row in range(h.n_accounts):
        ranked = {h.item_ids[c] for c in model.top_k(model.rows_for([row]), 10)[0]}
        bought = {h.item_ids[c] for c in h.cols[h.rows == row]}
        assert not ranked & bought
        assert "NEVER" not in ranked


def test_purchases_on_or_after_as_of_are_not_seen():
    """The model is fitted on the past only: a later purchase leaves no trace."""
    h = history([("x", "A", DAY - 5, 1.0), ("y", "A", DAY - 5, 1.0), ("y", "B", DAY + 1, 1.0)])
    model = CrossSellModel(h, as_of=DAY, settings=CrossSellSettings())
    assert model.buyers[h.item_ids.index("B")] == 0


def test_cooccurrence_counts_within_a_group():
    h = basket_history()
    model = CrossSellModel(h, as_of=DAY, settings=CrossSellSettings())
    a, b = h.item_ids.index("A"), h.item_ids.index("B")
    assert model.cooccurrence(a, b) == (11, 10)
    first_five = [h.account_ids.index(f"ab{n}") for n in range(5)]
    assert model.cooccurrence(a, b, first_five) == (5, 5)
