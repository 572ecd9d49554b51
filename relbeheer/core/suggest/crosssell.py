"""Cross-sell (whitespace): which products an account has not bought yet, ranked.

Measured on real B2B invoice lines (../shared/data/README.md), a closed-form
item-item model, EASE (Steck, "Embarrassingly Shallow Autoencoders for Sparse
Data", WWW 2019: one regularised Gram-matrix inverse), beats co-occurrence,
user-kNN and ALS. This module starts there and blends in what EASE cannot see,
each signal z-scored so the weights in ``CrossSellSettings`` are comparable:

* a **forward model** — the same closed form, but trained to predict what
  accounts bought for the first time in the most recent horizon from what they
  had bought before: the exact question the back-test (and a sales director)
  asks, learned from the latest behaviour;
* **text** similarity of product names (and series/category) to what the account
  buys: colour variants and series siblings;
* item trend signals: recent buyers and buyers per month since launch (up), and
  all-time popularity (down: a best-seller an account skipped stays skipped).

``CrossSellModel`` is fitted once per data change; ``top_k`` is the ranking
that both ``relbeheer suggest`` and ``relbeheer backtest`` use.
"""

from __future__ import annotations

import re

import numpy as np
from scipy import linalg, sparse

from relbeheer.core.suggest.history import PurchaseHistory
from relbeheer.core.suggest.settings import CrossSellSettings

_TOKEN = re.compile(r"[^\W\d_]{2,}")


def ease_weights(bought: sparse.csr_matrix, lam: float) -> np.ndarray:
    """EASE item-item weights B = I - P·diag(1/diag P), P = (XᵀX + λI)⁻¹, zero diagonal."""
    n = bought.shape[1]
    gram = (bought.T @ bought).toarray()
    gram[np.diag_indices(n)] += lam
    inverse = linalg.inv(gram, overwrite_a=True, check_finite=False)
    weights = inverse / -np.diag(inverse)
    weights[np.diag_indices(n)] = 0.0
    return weights.astype(np.float32)


def forward_weights(history: PurchaseHistory, as_of: int, horizon: int, lam: float) -> np.ndarray:
    """Ridge weights from "bought before as_of - horizon" (plus a bias column) to
    "bought for the first time in [as_of - horizon, as_of)".

    Returns an (items + 1) × items matrix; all zeros when no account has history
    on both sides of the split (too little data to learn from).
    """
    n = history.n_items
    split = as_of - horizon
    before = history.bought(history.window(end=split))
    after = history.bought(history.window(split, as_of))
    first_time = (after - after.multiply(before)).tocsr()
    first_time.eliminate_zeros()
    rows = np.flatnonzero(np.diff(before.indptr) > 0)
    if len(rows) == 0 or first_time[rows].nnz == 0:
        return np.zeros((n + 1, n), dtype=np.float32)
    inputs = sparse.hstack([before[rows], np.ones((len(rows), 1))]).tocsr()
    gram = (inputs.T @ inputs).toarray()
    gram[np.diag_indices(n + 1)] += lam
    target = (inputs.T @ first_time[rows]).toarray()
    solved = linalg.solve(gram, target, assume_a="pos", overwrite_a=True, overwrite_b=True,
                          check_finite=False)
    return solved.astype(np.float32)


def token_matrix(texts: list[str], min_products: int) -> sparse.csr_matrix:
    """Items × tokens, tf-idf weighted and row-normalised (cosine similarity by product).

    Tokens are words of two or more letters, upper-cased; a token found in fewer
    than ``min_products`` products gets weight zero (it links nothing).
    """
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, text in enumerate(texts):
        for token in set(_TOKEN.findall((text or "").upper())):
            rows.append(i)
            cols.append(vocab.setdefault(token, len(vocab)))
    n = len(texts)
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1))
    )
    df = np.asarray(matrix.sum(axis=0)).ravel()
    idf = np.where(df >= min_products, np.log(np.maximum(n, 1) / np.maximum(df, 1)), 0.0)
    matrix = sparse.csr_matrix(matrix.multiply(idf[None, :]))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def _z(values: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Per-row z-scores using the statistics of ``columns`` only (0 when flat or empty)."""
    if len(columns) == 0:
        return np.zeros_like(values, dtype=np.float64)
    part = values[:, columns]
    mean = part.mean(axis=1, keepdims=True)
    std = part.std(axis=1, keepdims=True)
    std[std == 0] = 1.0
    return (values - mean) / std


def _z_log(counts: np.ndarray, columns: np.ndarray) -> np.ndarray:
    return _z(np.log1p(counts)[None, :], columns)[0]


class CrossSellModel:
    """The fitted whitespace ranking for one snapshot of purchase history.

    ``as_of`` (a day number) is "now": only purchases before it are used, and the
    recent windows end there. Items nobody bought before ``as_of`` are never
    ranked: there is no evidence to say why.
    """

    def __init__(self, history: PurchaseHistory, *, as_of: int, settings: CrossSellSettings):
        s = settings
        self.settings = s
        self.as_of = as_of
        self.item_ids = list(history.item_ids)
        self.item_texts = list(history.item_texts)
        self.bought = history.bought(history.window(end=as_of))
        self.buyers = np.asarray(self.bought.sum(axis=0)).ravel()
        self.candidates = np.flatnonzero(self.buyers > 0)
        self.ease = ease_weights(self.bought, s.ease_lambda)
        self.forward = forward_weights(history, as_of, s.forward_horizon_days, s.forward_lambda)
        self.tokens = token_matrix(self.item_texts, s.text_min_products)
        self._self_similarity = np.asarray(self.tokens.multiply(self.tokens).sum(axis=1)).ravel()
        self.recent_buyers = history.buyers(history.window(as_of - s.recent_days, as_of))
        age = np.clip(as_of - history.first_days(), 1, s.velocity_age_cap_days)
        self.velocity = self.buyers / age * 30.0
        cols = self.candidates if len(self.candidates) else np.arange(len(self.item_ids))
        self.item_prior = (
            s.weight_recent * _z_log(self.recent_buyers, cols)
            + s.weight_popularity * _z_log(self.buyers, cols)
            + s.weight_velocity * _z_log(self.velocity, cols)
        )
        self._by_item = self.bought.tocsc()

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    def rows_for(self, account_rows: np.ndarray) -> sparse.csr_matrix:
        """The binary bought-vectors of these account rows (as of ``as_of``)."""
        return self.bought[np.asarray(account_rows)]

    def scores(self, bought: sparse.csr_matrix) -> np.ndarray:
        """Blended scores, accounts × items; bought and unrankable items are -inf."""
        s = self.settings
        bought = sparse.csr_matrix(bought, dtype=np.float32)
        cols = self.candidates
        if len(cols) == 0:
            return np.full(bought.shape, -np.inf)
        ease = np.asarray(bought @ self.ease)
        with_bias = sparse.hstack([bought, np.ones((bought.shape[0], 1), np.float32)]).tocsr()
        forward = np.asarray(with_bias @ self.forward)
        text = ((bought @ self.tokens) @ self.tokens.T).toarray()
        text -= bought.multiply(self._self_similarity[None, :]).toarray()
        blended = (
            _z(ease, cols)
            + s.weight_forward * _z(forward, cols)
            + s.weight_text * _z(text, cols)
            + self.item_prior[None, :]
        )
        blended[bought.toarray() > 0] = -np.inf
        unrankable = np.ones(self.n_items, dtype=bool)
        unrankable[cols] = False
        blended[:, unrankable] = -np.inf
        return blended

    def top_k(self, bought: sparse.csr_matrix, k: int) -> list[list[int]]:
        """Per account, the item columns of its best ``k`` whitespace products, best first.

        Ties are broken by column order so the ranking is reproducible.
        """
        result: list[list[int]] = []
        batch = 512  # bounds memory: a batch is batch × items floats per signal
        for start in range(0, bought.shape[0], batch):
            block = self.scores(bought[start : start + batch])
            for row in block:
                finite = np.flatnonzero(np.isfinite(row))
                if len(finite) > k:
                    part = finite[np.argpartition(-row[finite], k - 1)[:k]]
                else:
                    part = finite
                order = np.lexsort((part, -row[part]))
                result.append([int(c) for c in part[order]])
        return result

    def best_reason_item(self, bought_cols: list[int], item: int) -> int | None:
        """The bought item that contributes most to ``item``'s EASE score, if any helps."""
        if not bought_cols:
            return None
        weights = self.ease[bought_cols, item]
        best = int(np.argmax(weights))
        return bought_cols[best] if weights[best] > 0 else None

    def cooccurrence(self, given: int, item: int, account_rows=None) -> tuple[int, int]:
        """(accounts that bought ``given``, of those how many also bought ``item``).

        Counted over ``account_rows`` (a peer group) or over all accounts.
        """
        a = self._by_item[:, given].toarray().ravel() > 0
        b = self._by_item[:, item].toarray().ravel() > 0
        if account_rows is not None:
            keep = np.zeros(len(a), dtype=bool)
            keep[np.asarray(list(account_rows), dtype=int)] = True
            a &= keep
            b &= keep
        return int(a.sum()), int((a & b).sum())

    def adoption(self, item: int, account_rows=None) -> tuple[int, int]:
        """(accounts in the group, of those how many bought ``item``)."""
        col = self._by_item[:, item].toarray().ravel() > 0
        if account_rows is None:
            return col.shape[0], int(col.sum())
        rows = np.asarray(list(account_rows), dtype=int)
        return len(rows), int(col[rows].sum())
