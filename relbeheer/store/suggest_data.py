"""Reading what the suggestion engine needs: products, accounts, purchases, offers.

Kept apart from the account page's reads because the engine wants everything at
once, as plain tuples, and a cheap "has anything changed?" key so that the model
is fitted once per data change (``services/suggestions.py``).
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.domain import Account, Offer, OfferStatus, Product
from relbeheer.store.accounts import list_accounts
from relbeheer.store.rows import to_date

# Tables whose changes change suggestions; offers only hold products back per
# account and are read fresh for every account, so they are not in the key.
_VERSIONED = ("purchases", "products", "accounts")


def data_version(db: Database) -> tuple:
    """A key that changes whenever purchases, products or accounts change.

    Row counts catch inserts and hard deletes, ``max(updated_at)`` catches edits
    and soft deletes (which set ``updated_at``).
    """
    parts = []
    for table in _VERSIONED:
        count, latest = db.execute(
            f"SELECT count(*), max(updated_at) FROM {table}"  # noqa: S608 - fixed names
        ).fetchone()
        parts.append((table, count, latest or ""))
    return tuple(parts)


def write_counter(db: Database) -> tuple[int, int]:
    """Changes made through this connection and commits made by others, read instantly.

    When neither moved, nothing can have changed and ``data_version`` need not run.
    """
    others = db.execute("PRAGMA data_version").fetchone()[0]
    return db.conn.total_changes, others


def load_products(db: Database) -> list[Product]:
    """Every product not deleted."""
    return [
        Product(
            id=r["id"],
            name=r["name"],
            series=r["series"] or "",
            level=r["level"] or 1,
            category=r["category"] or "",
            price=float(r["price"] or 0.0),
            is_contract=bool(r["is_contract"]),
            external_ref=r["external_ref"] or "",
        )
        for r in db.query(
            "SELECT id, name, series, level, category, price, is_contract, external_ref "
            "FROM products WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"
        )
    ]


def load_accounts(db: Database) -> list[Account]:
    """Every account not deleted, with kind, sector and size for peer groups."""
    return list_accounts(db)


def load_purchases(db: Database) -> list[tuple[str, str, dt.date, float]]:
    """(account id, product id, date, amount) of every live purchase.

    The amount falls back to quantity × unit price when it was not stored.
    """
    rows = db.execute(
        "SELECT p.account_id, p.product_id, p.date, "
        "COALESCE(p.amount, p.quantity * p.unit_price, 0) "
        "FROM purchases p JOIN accounts a ON a.id = p.account_id "
        "JOIN products pr ON pr.id = p.product_id "
        "WHERE p.deleted_at IS NULL AND a.deleted_at IS NULL AND pr.deleted_at IS NULL"
    ).fetchall()
    days: dict[str, dt.date] = {}
    result = []
    for account_id, product_id, date, amount in rows:
        day = days.get(date)
        if day is None:
            day = days[date] = to_date(date)
        result.append((account_id, product_id, day, float(amount or 0.0)))
    return result


def load_offers(db: Database, account_id: str) -> list[Offer]:
    """The account's offers (any status); the engine holds back recently lost ones."""
    return [
        Offer(
            id=r["id"],
            account_id=r["account_id"],
            status=OfferStatus(r["status"]),
            product_id=r["product_id"],
            owner_id=r["owner_id"],
            engaged_on=to_date(r["engaged_on"]),
            closed_on=to_date(r["closed_on"]),
            value=float(r["value"] or 0.0),
        )
        for r in db.query(
            "SELECT id, account_id, status, product_id, owner_id, engaged_on, closed_on, value "
            "FROM offers WHERE account_id = ? AND deleted_at IS NULL",
            [account_id],
        )
    ]
