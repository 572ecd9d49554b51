"""Everything the suggestion rules look up about accounts, products and purchases.

One object, built once per data change, so that suggestions for an account are a
few array look-ups (the account page must show them instantly). It also decides
who an account's *peers* are — the "comparable accounts" every sentence cites.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from relbeheer.core.domain import Account, Product
from relbeheer.core.suggest.because import PeerGroup
from relbeheer.core.suggest.history import PurchaseHistory


@dataclass
class AccountLines:
    """One account's purchase lines (before ``as_of``) as parallel arrays."""

    cols: np.ndarray
    days: np.ndarray
    amounts: np.ndarray


class Portfolio:
    """Accounts, products and purchase history, indexed for the rules.

    ``as_of`` is a day number: purchases on or after it are ignored, the recent
    windows of every rule end there.
    """

    def __init__(
        self,
        history: PurchaseHistory,
        products: dict[str, Product],
        accounts: dict[str, Account],
        as_of: int,
    ):
        self.history = history
        self.products = products
        self.accounts = accounts
        self.as_of = as_of
        self.row_of = {a: i for i, a in enumerate(history.account_ids)}
        self.col_of = {p: i for i, p in enumerate(history.item_ids)}
        past = history.window(end=as_of)
        order = np.argsort(history.rows[past], kind="stable")
        self._rows = history.rows[past][order]
        self._cols = history.cols[past][order]
        self._days = history.days[past][order]
        self._amounts = history.amounts[past][order]
        self._starts = np.searchsorted(self._rows, np.arange(history.n_accounts + 1))
        kinds = [self._account(a).kind.value for a in history.account_ids]
        sectors = [self._account(a).sector for a in history.account_ids]
        self.kinds = np.asarray(kinds, dtype=object)
        self.sectors = np.asarray(sectors, dtype=object)
        # Integer codes make the peer masks cheap (the account page asks often).
        self._kind_code = np.unique(self.kinds.astype(str), return_inverse=True)[1]
        self._sector_code = np.unique(self.sectors.astype(str), return_inverse=True)[1]
        accounts_in_order = [self._account(a) for a in history.account_ids]
        self.employees = np.asarray([a.employees or 0 for a in accounts_in_order], dtype=float)
        self.revenue = np.asarray([a.annual_revenue or 0 for a in accounts_in_order], dtype=float)
        self._since: dict[int | None, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        cols = range(history.n_items)
        self.item_series = np.asarray([self.product(c).series for c in cols], dtype=object)
        self.item_level = np.asarray([self.product(c).level for c in cols], dtype=np.int64)
        self.item_contract = np.asarray([self.product(c).is_contract for c in cols], dtype=bool)
        # Distinct buyers per item: unique (row, col) pairs, counted by column.
        n_items = max(history.n_items, 1)
        pairs = np.unique(self._rows.astype(np.int64) * n_items + self._cols)
        self.buyers = np.bincount(pairs % n_items, minlength=history.n_items)
        self._months: dict[int, np.ndarray] = {}
        self._by_item = history.bought(past).tocsc()  # who bought what, by column

    def _account(self, account_id: str) -> Account:
        found = self.accounts.get(account_id)
        return found if found is not None else Account(id=account_id, name=account_id)

    def product(self, col: int) -> Product:
        """The catalogue product of an item column (a bare one for unknown ids)."""
        pid = self.history.item_ids[col]
        found = self.products.get(pid)
        return found if found is not None else Product(id=pid, name=self.history.item_texts[col] or pid)

    def as_of_date(self) -> dt.date:
        return dt.date.fromordinal(self.as_of)

    def lines(self, row: int) -> AccountLines:
        """The purchase lines of account row ``row`` before ``as_of``."""
        lo, hi = self._starts[row], self._starts[row + 1]
        return AccountLines(self._cols[lo:hi], self._days[lo:hi], self._amounts[lo:hi])

    def all_lines(self, start: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, cols, amounts) of every line from ``start`` (a day number) to ``as_of``."""
        if start not in self._since:
            keep = slice(None) if start is None else self._days >= start
            self._since[start] = (self._rows[keep], self._cols[keep], self._amounts[keep])
        return self._since[start]

    def ladder(self, series: str) -> dict[int, list[int]]:
        """Item columns of a series by level (every catalogue product has a column)."""
        found: dict[int, list[int]] = {}
        for col in np.flatnonzero(self.item_series == series):
            found.setdefault(int(self.item_level[col]), []).append(int(col))
        return found

    def bought_cols(self, row: int) -> set[int]:
        """Every item the account bought before ``as_of``."""
        return {int(c) for c in self.lines(row).cols}

    def buyer_mask(self, col: int, start: int | None = None) -> np.ndarray:
        """Accounts (rows) that bought item ``col`` from ``start`` to ``as_of``."""
        if start is None:
            column = self._by_item[:, col]
            mask = np.zeros(self.history.n_accounts, dtype=bool)
            mask[column.indices[column.data > 0]] = True
            return mask
        rows, cols, _ = self.all_lines(start)
        mask = np.zeros(self.history.n_accounts, dtype=bool)
        mask[rows[cols == col]] = True
        return mask

    def active_months(self, window_days: int) -> np.ndarray:
        """Per account, the number of distinct calendar months with a purchase in the
        last ``window_days`` before ``as_of`` (cached per window)."""
        if window_days not in self._months:
            start = self.as_of - window_days
            keep = self._days >= start
            months = {d: _month_key(d) for d in np.unique(self._days[keep]).tolist()}
            keys = np.asarray([months[d] for d in self._days[keep].tolist()], dtype=np.int64)
            pairs = np.unique(self._rows[keep].astype(np.int64) * 100_000 + keys)
            self._months[window_days] = np.bincount(
                pairs // 100_000, minlength=self.history.n_accounts
            )
        return self._months[window_days]

    def peers(
        self, row: int, among: np.ndarray | None, min_size: int
    ) -> tuple[PeerGroup, np.ndarray]:
        """The narrowest comparable group with at least ``min_size`` accounts.

        Tried in order: same kind and sector, same kind, everyone. ``among`` (a
        boolean mask over account rows) limits the candidates, e.g. to accounts
        that bought a product; the account itself is never its own peer.
        """
        n = self.history.n_accounts
        base = np.ones(n, dtype=bool) if among is None else among.copy()
        base[row] = False
        kind, sector = self.kinds[row], self.sectors[row]
        same_kind = self._kind_code == self._kind_code[row]
        tries = []
        if sector:
            same_sector = self._sector_code == self._sector_code[row]
            tries.append((PeerGroup(kind, sector), same_kind & same_sector))
        tries.append((PeerGroup(kind, ""), same_kind))
        for group, mask in tries:
            rows = np.flatnonzero(base & mask)
            if len(rows) >= min_size:
                return group, rows
        return PeerGroup(), np.flatnonzero(base)

    def kind_peers(self, row: int) -> tuple[PeerGroup, np.ndarray]:
        """Every other account of the same kind, whatever the group size."""
        mask = self._kind_code == self._kind_code[row]
        mask[row] = False
        return PeerGroup(self.kinds[row], ""), np.flatnonzero(mask)


def _month_key(day: int) -> int:
    date = dt.date.fromordinal(day)
    return date.year * 12 + date.month - 1
