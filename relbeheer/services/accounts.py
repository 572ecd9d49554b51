"""Accounts: listing and looking one up the way a user names it."""

from __future__ import annotations

from sqlite_utils import Database

from relbeheer.core.domain import Account
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
