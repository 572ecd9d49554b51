"""Purchase history as index arrays: the one input every suggestion rule reads.

The store (account page) and the back-test (UCI invoice lines) both turn their
rows into a :class:`PurchaseHistory`, so the cross-sell model that ranks products
for ``relbeheer suggest`` is exactly the one the back-test measures. Accounts and
items are numbered once; a purchase is (account row, item column, day, amount).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse


def day_number(day: dt.date) -> int:
    """Dates as integers (proleptic ordinal) so windows are array comparisons."""
    return day.toordinal()


@dataclass
class PurchaseHistory:
    """Purchases of many accounts, numbered for matrix work.

    ``account_ids[r]`` is account row ``r``; ``item_ids[c]`` is item column ``c``
    with its descriptive text ``item_texts[c]`` (name, series, category).
    """

    account_ids: list[str]
    item_ids: list[str]
    item_texts: list[str]
    rows: np.ndarray  # int32, one per purchase line
    cols: np.ndarray  # int32
    days: np.ndarray  # int64 day numbers
    amounts: np.ndarray  # float64, money per line (0 when unknown)

    @classmethod
    def build(
        cls,
        purchases: Iterable[tuple[str, str, int, float]],
        *,
        item_ids: Sequence[str] = (),
        item_texts: dict[str, str] | None = None,
        account_ids: Sequence[str] = (),
    ) -> "PurchaseHistory":
        """From ``(account id, item id, day number, amount)`` tuples.

        Items and accounts named in ``item_ids`` / ``account_ids`` get a column or
        row even without purchases; any others found in the purchases are added.
        """
        acc_index = {a: i for i, a in enumerate(dict.fromkeys(account_ids))}
        item_index = {p: i for i, p in enumerate(dict.fromkeys(item_ids))}
        rows: list[int] = []
        cols: list[int] = []
        days: list[int] = []
        amounts: list[float] = []
        acc_get, item_get = acc_index.setdefault, item_index.setdefault
        for account, item, day, amount in purchases:
            rows.append(acc_get(account, len(acc_index)))
            cols.append(item_get(item, len(item_index)))
            days.append(day)
            amounts.append(amount or 0.0)
        texts = item_texts or {}
        items = list(item_index)
        return cls(
            account_ids=list(acc_index),
            item_ids=items,
            item_texts=[texts.get(i, "") for i in items],
            rows=np.asarray(rows, dtype=np.int32),
            cols=np.asarray(cols, dtype=np.int32),
            days=np.asarray(days, dtype=np.int64),
            amounts=np.asarray(amounts, dtype=np.float64),
        )

    @property
    def n_accounts(self) -> int:
        return len(self.account_ids)

    @property
    def n_items(self) -> int:
        return len(self.item_ids)

    def last_day(self) -> int | None:
        """The day number of the latest purchase (None without purchases)."""
        return int(self.days.max()) if len(self.days) else None

    def window(self, start: int | None = None, end: int | None = None) -> np.ndarray:
        """Boolean mask of purchase lines with start ≤ day < end (open ends allowed)."""
        mask = np.ones(len(self.days), dtype=bool)
        if start is not None:
            mask &= self.days >= start
        if end is not None:
            mask &= self.days < end
        return mask

    def bought(self, mask: np.ndarray | None = None) -> sparse.csr_matrix:
        """Binary account × item matrix of the lines in ``mask`` (all when None)."""
        rows, cols = (self.rows, self.cols) if mask is None else (self.rows[mask], self.cols[mask])
        matrix = sparse.csr_matrix(
            (np.ones(len(rows), dtype=np.float64), (rows, cols)),
            shape=(self.n_accounts, self.n_items),
        )
        matrix.sum_duplicates()
        matrix.data[:] = 1.0
        return matrix

    def buyers(self, mask: np.ndarray | None = None) -> np.ndarray:
        """Per item, the number of distinct accounts that bought it (in ``mask``)."""
        return np.asarray(self.bought(mask).sum(axis=0)).ravel()

    def first_days(self) -> np.ndarray:
        """Per item, the day it was first sold (a huge number when never)."""
        first = np.full(self.n_items, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first, self.cols, self.days)
        return first
