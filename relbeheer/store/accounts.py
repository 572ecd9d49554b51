"""Reading accounts: the list, and finding one by id, external reference or name."""

from __future__ import annotations

from sqlite_utils import Database

from relbeheer.core.domain import Account
from relbeheer.store.rows import account_from_row


class AccountNotFound(LookupError):
    pass


class AmbiguousAccount(LookupError):
    pass


_SELECT = """
SELECT a.*, o.name AS owner_name, o.team AS team,
       COALESCE(NULLIF(a.region, ''), o.region) AS region
FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id
WHERE a.deleted_at IS NULL
"""


def list_accounts(db: Database) -> list[Account]:
    return [account_from_row(r) for r in db.query(_SELECT + " ORDER BY a.name COLLATE NOCASE")]


def count_accounts(db: Database) -> int:
    return db.execute("SELECT count(*) FROM accounts WHERE deleted_at IS NULL").fetchone()[0]


def find_account(db: Database, key: str) -> Account:
    """By id, then external reference, then exact name (case-insensitive)."""
    key = key.strip()
    for clause, value in (
        ("a.id = ?", key),
        ("a.external_ref = ?", key),
        ("lower(a.name) = lower(?)", key),
    ):
        rows = list(db.query(_SELECT + f" AND {clause}", [value]))
        if len(rows) == 1:
            return account_from_row(rows[0])
        if len(rows) > 1:
            raise AmbiguousAccount(
                f"'{key}' matches {len(rows)} accounts; use the id or external reference"
            )
    raise AccountNotFound(f"No account with id, external reference or name '{key}'")
