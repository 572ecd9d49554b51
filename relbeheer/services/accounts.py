"""Accounts: listing and looking one up the way a user names it."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.domain import Account
from relbeheer.core.summaries import AccountSummary
from relbeheer.store import accounts as store_accounts


class AccountsService:
    def __init__(self, db: Database):
        self._db = db

    def list(self) -> list[Account]:
        return store_accounts.list_accounts(self._db)

    def count(self) -> int:
        return store_accounts.count_accounts(self._db)

    def find(self, key: str) -> Account:
        """By id, external reference or exact name (case-insensitive)."""
        return store_accounts.find_account(self._db, key)

    def summaries(self, as_of: dt.date | None = None) -> list[AccountSummary]:
        """Rows for the accounts table: tier, owner, last personal contact, 12-month revenue."""
        as_of = as_of or dt.date.today()
        return store_accounts.account_summaries(self._db, as_of=as_of.isoformat())
