"""Each account's live touchpoints packed into one text, kept current (migration 0005).

The attention list needs every touchpoint's date and kind of contact. Grouping
them again every morning costs as much as reading them all (0.10 s at 10k
accounts, 1.5 s at 100k); ``attention_packs`` keeps the result of that grouping —
per account the count and the entries ``YYYY-MM-DD`` + code letter
(core.attention.history), oldest first — so the list reads one row per account.

It stays true on every write path: touchpoints added since the mark
``packs_rowid`` are found by rowid (cheaper than a trigger on every inserted row,
which doubled a bulk import's cost), and triggers on ``touchpoints`` (a change of
account, date, channel, binding or deleted_at; any delete) list the accounts
concerned in ``attention_packs_dirty``. ``refresh`` repacks those accounts before
a read, or rebuilds every pack when that is cheaper (after a bulk import, on
first use, or when the mark was dropped because the file was rebuilt). A pack
is exactly what the direct query of store.attention_data gives for that
account, so both paths share one decoder.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

MARK = "packs_rowid"
# Dirty accounts beyond which one grouped rebuild beats repacking them one by one
# (a repack seeks each account's rows; a rebuild streams the whole index once).
REBUILD_FRACTION = 0.2
REBUILD_MIN = 2_000


def pack_sql(code_sql: str, index: str, where: str = "") -> str:
    """SELECT of (account_id, count, packed) per account, grouped over ``index``
    in (account_id, date) order: the first date, then code + date per entry,
    then the last code (``group_concat``'s separator is evaluated per row)."""
    return (f"SELECT account_id, count(*), min(date) || coalesce(group_concat({code_sql}, date), "
            f"'') FROM touchpoints INDEXED BY {index} WHERE deleted_at IS NULL{where} "
            "GROUP BY account_id")


def _mark(db: Database) -> int | None:
    row = db.execute("SELECT value FROM attention_state WHERE key = ?", [MARK]).fetchone()
    return int(row[0]) if row else None


def _set_mark(db: Database, value: int) -> None:
    db.execute("INSERT OR REPLACE INTO attention_state (key, value) VALUES (?, ?)",
               [MARK, str(value)])


def forget_mark(db: Database) -> None:
    """After the file was rebuilt (``VACUUM``, a restored ``VACUUM INTO`` copy):
    SQLite may have renumbered rowids, so the next refresh rebuilds every pack."""
    db.execute("DELETE FROM attention_state WHERE key = ?", [MARK])


def refresh(db: Database, code_sql: str, index: str) -> str:
    """Bring the packs up to date; returns what it did ('current', 'repacked',
    'rebuilt'). Raises sqlite3.OperationalError on a read-only database."""
    with db.atomic():
        mark = _mark(db)
        top = db.execute("SELECT coalesce(max(rowid), 0) FROM touchpoints").fetchone()[0]
        dirty = db.execute("SELECT count(*) FROM attention_packs_dirty").fetchone()[0]
        if mark is not None and top == mark and not dirty:
            return "current"
        limit = max(REBUILD_MIN, REBUILD_FRACTION * _accounts(db))
        if mark is None or dirty + (top - mark) > limit:
            rebuild(db, code_sql, index, top)
            return "rebuilt"
        if top > mark:
            db.execute("INSERT OR IGNORE INTO attention_packs_dirty (account_id) "
                       "SELECT DISTINCT account_id FROM touchpoints WHERE rowid > ?", [mark])
        db.execute("DELETE FROM attention_packs WHERE account_id IN "
                   "(SELECT account_id FROM attention_packs_dirty)")
        db.execute("INSERT INTO attention_packs (account_id, n, packed) "
                   + pack_sql(code_sql, index, " AND account_id IN "
                              "(SELECT account_id FROM attention_packs_dirty)"))
        db.execute("DELETE FROM attention_packs_dirty")
        _set_mark(db, top)
        return "repacked"


def rebuild(db: Database, code_sql: str, index: str, top: int | None = None) -> None:
    """Every account's pack from the touchpoints."""
    with db.atomic():
        if top is None:
            top = db.execute("SELECT coalesce(max(rowid), 0) FROM touchpoints").fetchone()[0]
        db.execute("DELETE FROM attention_packs")
        db.execute("DELETE FROM attention_packs_dirty")
        db.execute("INSERT INTO attention_packs (account_id, n, packed) "
                   + pack_sql(code_sql, index))
        _set_mark(db, top)


def read(db: Database, code_sql: str, index: str, scope_sql: str = "",
         params: list | None = None) -> list[tuple] | None:
    """(account_id, count, packed, '') per account with touchpoints, in id order,
    after a refresh; None when the packs cannot be brought current (a read-only
    file, a database in the middle of someone else's write), so the caller groups
    the touchpoints itself."""
    try:
        refresh(db, code_sql, index)
    except sqlite3.OperationalError:
        return None
    return db.execute(
        f"SELECT account_id, n, packed, '' FROM attention_packs WHERE 1{scope_sql} "
        "ORDER BY account_id", params or [],
    ).fetchall()


def _accounts(db: Database) -> int:
    return db.execute("SELECT count(*) FROM accounts").fetchone()[0]
