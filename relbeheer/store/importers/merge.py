"""What the importers share once a file is read: tiers by rank, and re-import merging.

Importing the same export twice (or next month's export) must not double the
database: rows are matched by their reference in the source (an external
reference, or an owner's name), fields that come from the source are refreshed,
and judgements the account manager may have changed since (tier, owner, a
generated name) are only set when the row is first created.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TypeVar

from sqlite_utils import Database

from relbeheer.core.domain import Tier, new_id, utc_now
from relbeheer.store.bulk import insert_rows
from relbeheer.store.importers.report import ImportReport

# Tier from revenue rank (DESIGN.md §2: A/B/C strategic importance). The top 15% of
# an import's accounts by revenue are A, the next 35% B, the remaining half C: a
# handful of key accounts get the 30-day cadence, the long tail 120 days.
TIER_A_SHARE = 0.15
TIER_B_SHARE = 0.35

# Page cache for the length of an import. Half a million purchase rows carry three
# indexes keyed on random UUIDs; with SQLite's default 2 MiB cache their pages are
# evicted and re-read for nearly every row (measured: 6.4 s → 3.6 s for the retail
# file's purchases). The cache only grows as far as the import needs.
IMPORT_CACHE_KIB = 128 * 1024

K = TypeVar("K", bound=Hashable)


@contextmanager
def import_cache(db: Database, kib: int = IMPORT_CACHE_KIB) -> Iterator[None]:
    """A larger page cache during a bulk import; the connection's own setting after."""
    previous = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(previous)}")


def rank_tiers(
    revenue: Mapping[K, float | None],
    *,
    a_share: float = TIER_A_SHARE,
    b_share: float = TIER_B_SHARE,
) -> dict[K, Tier]:
    """Tier per key from its revenue rank: top ``a_share`` A, next ``b_share`` B, rest C.

    Missing revenue ranks last; ties are broken by key so the result is repeatable.
    Shares are rounded half up (85 accounts: 13 A, 30 B, 42 C).
    """
    order = sorted(revenue, key=lambda k: (-(revenue[k] or 0.0), str(k)))
    a_end = math.floor(len(order) * a_share + 0.5)
    b_end = math.floor(len(order) * (a_share + b_share) + 0.5)
    return {
        key: Tier.A if i < a_end else Tier.B if i < b_end else Tier.C
        for i, key in enumerate(order)
    }


def existing_rows(
    db: Database, table: str, key: str, *, where: str = "", params: Sequence = ()
) -> dict[str, dict]:
    """Rows of ``table`` by their ``key`` column (soft-deleted ones too: they stay matched)."""
    sql = f"SELECT * FROM [{table}] WHERE [{key}] IS NOT NULL {where}"
    return {row[key]: row for row in db.query(sql, list(params))}


def sync_by_key(
    db: Database,
    table: str,
    key: str,
    rows: Mapping[str, Mapping[str, object]],
    *,
    update: Sequence[str],
    report: ImportReport,
    existing: Mapping[str, Mapping] | None = None,
    new_ids: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Insert the rows whose key is new; refresh the ``update`` columns of the others.

    ``rows`` maps key → column values (every row the same columns, the key
    column among them). Returns key → id for all of them. Counts go into
    ``report``: added, updated (a value changed) or skipped as unchanged. The
    caller holds the transaction. ``new_ids`` gives ids decided beforehand
    (rows that point at each other, such as a parent company).
    """
    if existing is None:
        existing = existing_rows(db, table, key)
    ids: dict[str, str] = {}
    new: list[tuple] = []
    columns: list[str] = []
    now = utc_now()
    for ref, values in rows.items():
        old = existing.get(ref)
        if old is None:
            columns = list(values)
            ids[ref] = new_ids[ref] if new_ids and ref in new_ids else new_id()
            new.append((ids[ref], *values.values()))
            continue
        ids[ref] = old["id"]
        changed = [c for c in update if values[c] != old[c]]
        if changed:
            assignments = ", ".join(f"[{c}] = ?" for c in changed)
            db.execute(
                f"UPDATE [{table}] SET {assignments}, updated_at = ? WHERE id = ?",
                [*(values[c] for c in changed), now, old["id"]],
            )
            report.updated[table] += 1
        else:
            report.skipped[f"{table} already present (unchanged)"] += 1
    if new:
        report.added[table] += insert_rows(db, table, ["id", *columns], new)
    return ids
