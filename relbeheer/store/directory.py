"""Portfolio-wide lists: every contact, every product with its buyers and revenue.

Grouped scans joined in Python, as in store/accounts.py: one pass over each large
table instead of a correlated subquery per row.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.summaries import DirectoryContact, ProductSummary
from relbeheer.store.rows import to_date


def all_contacts(db: Database) -> list[DirectoryContact]:
    last = dict(
        db.execute(
            "SELECT tc.contact_id, max(t.date) FROM touchpoint_contacts tc "
            "JOIN touchpoints t ON t.id = tc.touchpoint_id "
            "WHERE t.deleted_at IS NULL AND tc.deleted_at IS NULL GROUP BY tc.contact_id"
        ).fetchall()
    )
    rows = db.execute(
        "SELECT c.id, c.account_id, a.name, c.name, coalesce(c.role, 'user'), coalesce(c.job_title, ''), "
        "coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.is_ambassador, 0) "
        "FROM contacts c JOIN accounts a ON a.id = c.account_id "
        "WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL"
    ).fetchall()
    return [DirectoryContact(*r[:8], bool(r[8]), to_date(last.get(r[0]))) for r in rows]


def all_products(db: Database, *, as_of: dt.date) -> list[ProductSummary]:
    since = (as_of - dt.timedelta(days=365)).isoformat()
    buyers = dict(
        db.execute(
            "SELECT product_id, count(DISTINCT account_id) FROM purchases "
            "WHERE deleted_at IS NULL GROUP BY product_id"
        ).fetchall()
    )
    revenue = dict(
        db.execute(
            "SELECT product_id, sum(amount) FROM purchases WHERE deleted_at IS NULL "
            "AND date > ? AND date <= ? GROUP BY product_id",
            [since, as_of.isoformat()],
        ).fetchall()
    )
    rows = db.execute(
        "SELECT id, name, coalesce(series, ''), coalesce(level, 1), coalesce(category, ''), "
        "coalesce(price, 0), coalesce(is_contract, 0) FROM products WHERE deleted_at IS NULL"
    ).fetchall()
    return [
        ProductSummary(*r[:6], bool(r[6]), int(buyers.get(r[0], 0)), float(revenue.get(r[0]) or 0))
        for r in rows
    ]
