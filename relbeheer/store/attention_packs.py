"""Each account's live touchpoints — and purchases — packed into one text, kept current.

The attention list needs every touchpoint's date and kind of contact, and every
purchase's date and amount for the revenue windows. Grouping them again every
morning costs as much as reading them all (touchpoints: 0.10 s at 10k accounts,
1.5 s at 100k); the pack tables keep the result of that grouping — per account
the count and fixed-width entries, oldest first — so the list reads one row per
account and decodes all of them at once with numpy (core.attention.history,
core.attention.amounts).

They stay true on every write path: rows added since a mark are found by rowid
(cheaper than a trigger on every inserted row, which doubled a bulk import's
cost), and triggers (migrations 0005, 0006) list the accounts whose rows were
edited, moved or deleted — by forms, sync, merges — in a dirty table. ``refresh``
repacks those accounts before a read, or rebuilds every pack when that is
cheaper (after a bulk import, on first use, or when the mark was dropped because
the file was rebuilt). A pack is exactly what the direct grouping gives for that
account.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from relbeheer.core.attention.amounts import AMOUNT_DIGITS, AMOUNT_SCALE
from relbeheer.core.attention.history import CODES
from relbeheer.core.domain import Binding, Channel

# Dirty accounts beyond which one grouped rebuild beats repacking them one by one
# (a repack seeks each account's rows; a rebuild streams the whole index once).
REBUILD_FRACTION = 0.2
REBUILD_MIN = 2_000


def touchpoint_code_sql() -> str:
    """CASE giving each touchpoint its code letter (core.attention.history.CODES).

    Nested on channel then binding: measured 20 % cheaper per row than one flat
    CASE testing both columns in every branch.
    """
    fallback = CODES[(Channel.DIGITAL, Binding.RATIONAL)]
    branches = []
    for ch in Channel:
        inner = " ".join(f"WHEN '{bi.value}' THEN '{CODES[(ch, bi)]}'" for bi in Binding)
        branches.append(f"WHEN '{ch.value}' THEN CASE binding {inner} ELSE '{fallback}' END")
    return f"CASE channel {' '.join(branches)} ELSE '{fallback}' END"


@dataclass(frozen=True)
class PackKind:
    source: str  # the table packed
    table: str  # the packs
    dirty: str  # accounts to repack
    mark: str  # attention_state key: highest source rowid folded in
    index: str  # the (account_id, date, …) index the grouping walks in order
    packed: str  # SQL of one account's packed text over its rows, in index order

    def select(self, where: str = "") -> str:
        """SELECT of (account_id, count, packed) per account, walking ``index`` in
        (account_id, date) order."""
        return (f"SELECT account_id, count(*), {self.packed} FROM {self.source} "
                f"INDEXED BY {self.index} WHERE deleted_at IS NULL{where} GROUP BY account_id")


# The first date, then code + date per entry, then the last code: group_concat's
# separator is evaluated per row.
TOUCHPOINTS = PackKind(
    "touchpoints", "attention_packs", "attention_packs_dirty", "packs_rowid",
    "idx_touchpoints_attention",
    f"min(date) || coalesce(group_concat({touchpoint_code_sql()}, date), '')")
# "YYYY-MM-DD" + the amount in whole 1/AMOUNT_SCALE units, signed, zero-padded.
PURCHASES = PackKind(
    "purchases", "attention_purchase_packs", "attention_purchase_packs_dirty",
    "purchase_packs_rowid", "idx_purchases_attention",
    f"group_concat(substr(date, 1, 10) || printf('%+0{AMOUNT_DIGITS + 1}d', "
    f"CAST(round(coalesce(amount, 0) * {AMOUNT_SCALE}) AS INTEGER)), '')")
KINDS = (TOUCHPOINTS, PURCHASES)


def _mark(db: Database, kind: PackKind) -> int | None:
    row = db.execute("SELECT value FROM attention_state WHERE key = ?", [kind.mark]).fetchone()
    return int(row[0]) if row else None


def _set_mark(db: Database, kind: PackKind, value: int) -> None:
    db.execute("INSERT OR REPLACE INTO attention_state (key, value) VALUES (?, ?)",
               [kind.mark, str(value)])


def forget_marks(db: Database) -> None:
    """After the file was rebuilt (``VACUUM``, a restored ``VACUUM INTO`` copy):
    SQLite may have renumbered rowids, so the next refresh rebuilds every pack."""
    db.execute(f"DELETE FROM attention_state WHERE key IN ({', '.join('?' * len(KINDS))})",
               [k.mark for k in KINDS])


def refresh(db: Database, kind: PackKind) -> str:
    """Bring the packs up to date; returns what it did ('current', 'repacked',
    'rebuilt'). Raises sqlite3.OperationalError on a read-only database."""
    with db.atomic():
        mark = _mark(db, kind)
        top = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {kind.source}").fetchone()[0]
        dirty = db.execute(f"SELECT count(*) FROM {kind.dirty}").fetchone()[0]
        if mark is not None and top == mark and not dirty:
            return "current"
        limit = max(REBUILD_MIN, REBUILD_FRACTION * _accounts(db))
        if mark is None or dirty + (top - mark) > limit:
            rebuild(db, kind, top)
            return "rebuilt"
        if top > mark:
            db.execute(f"INSERT OR IGNORE INTO {kind.dirty} (account_id) "
                       f"SELECT DISTINCT account_id FROM {kind.source} WHERE rowid > ?", [mark])
        db.execute(f"DELETE FROM {kind.table} WHERE account_id IN "
                   f"(SELECT account_id FROM {kind.dirty})")
        db.execute(f"INSERT INTO {kind.table} (account_id, n, packed) " + kind.select(
            f" AND account_id IN (SELECT account_id FROM {kind.dirty})"))
        db.execute(f"DELETE FROM {kind.dirty}")
        _set_mark(db, kind, top)
        return "repacked"


def rebuild(db: Database, kind: PackKind, top: int | None = None) -> None:
    """Every account's pack from the source rows."""
    with db.atomic():
        if top is None:
            top = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {kind.source}").fetchone()[0]
        db.execute(f"DELETE FROM {kind.table}")
        db.execute(f"DELETE FROM {kind.dirty}")
        db.execute(f"INSERT INTO {kind.table} (account_id, n, packed) " + kind.select())
        _set_mark(db, kind, top)


def read(db: Database, kind: PackKind, scope_sql: str = "",
         params: list | None = None) -> list[tuple] | None:
    """(account_id, count, packed, '') per account with rows, in id order, after a
    refresh; None when the packs cannot be brought current (a read-only file, a
    database in the middle of someone else's write), so the caller groups the
    rows itself."""
    try:
        refresh(db, kind)
    except sqlite3.OperationalError:
        return None
    return db.execute(
        f"SELECT account_id, n, packed, '' FROM {kind.table} WHERE 1{scope_sql} "
        "ORDER BY account_id", params or [],
    ).fetchall()


def _accounts(db: Database) -> int:
    return db.execute("SELECT count(*) FROM accounts").fetchone()[0]
