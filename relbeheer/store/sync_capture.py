"""Capturing local changes for team sync: triggers that fill ``sync_outbox``.

Why triggers rather than explicit writes in store/records.py: every path that
writes a domain row (forms, quick log, CSV/vCard/iCal imports, demo data, duplicate
merges, the GDPR erase) is caught, in the same transaction as the change, without
any of them knowing about sync.

Cost: an insert also writes one outbox row and bumps the clock row, about
doubling the cost of a bulk import (measured in tests/store/test_sync_capture.py);
accepted because an import is exactly what the team must receive. Laptops that never
sync pay nothing: the triggers exist only after ``enable``.

The triggers compute the hybrid clock tick (core/sync/hlc.py ``tick``) in SQL:
``ms = max(ms, now)``, counter reset when the wall clock moved on, else +1. SQLite
evaluates every right-hand side of one UPDATE against the old row, and 'now' is
fixed for one statement, so both expressions see the same instant.
"""

from __future__ import annotations

from sqlite_utils import Database

from relbeheer.core.domain import new_id
from relbeheer.core.sync.hlc import Hlc
from relbeheer.core.sync.merge import PURGE, SYNCED_TABLES, RowState, local_fragment

NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
TICK = (f"UPDATE sync_clock SET ctr = CASE WHEN {NOW_MS} > ms THEN 0 ELSE ctr + 1 END, "
        f"ms = max(ms, {NOW_MS});")
STAMP = "printf('%013d-%06d-%s', ms, ctr, node)"
QUIET = "NOT EXISTS (SELECT 1 FROM sync_applying)"


def is_enabled(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM sync_clock").fetchone()[0] > 0


def clock(db: Database) -> Hlc:
    node, ms, ctr = db.execute("SELECT node, ms, ctr FROM sync_clock").fetchone()
    return Hlc(ms, ctr, node)


def set_clock(db: Database, value: Hlc) -> None:
    db.execute("UPDATE sync_clock SET ms = ?, ctr = ? WHERE node = ?",
               [value.ms, value.counter, value.node])


def _columns(db: Database, table: str) -> list[str]:
    return [c.name for c in db[table].columns if c.name != "id"]


def _triggers(table: str, columns: list[str]) -> list[str]:
    log = f"INSERT INTO sync_outbox (tbl, row_id, columns, hlc) SELECT '{table}', {{row}}, {{cols}}, {STAMP} FROM sync_clock;"
    changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in columns if c != "updated_at")
    names = " || ".join(f"CASE WHEN OLD.[{c}] IS NOT NEW.[{c}] THEN ',{c}' ELSE '' END"
                        for c in columns)
    return [
        f"CREATE TRIGGER sync_{table}_insert AFTER INSERT ON [{table}] WHEN {QUIET} "
        f"BEGIN {TICK} {log.format(row='NEW.id', cols='NULL')} END",
        f"CREATE TRIGGER sync_{table}_update AFTER UPDATE ON [{table}] "
        f"WHEN {QUIET} AND ({changed}) "
        f"BEGIN {TICK} {log.format(row='NEW.id', cols=f'substr({names}, 2)')} END",
        f"CREATE TRIGGER sync_{table}_delete AFTER DELETE ON [{table}] WHEN {QUIET} "
        f"BEGIN {TICK} {log.format(row='OLD.id', cols=repr(PURGE))} END",
    ]


def enable(db: Database, now_ms: int) -> bool:
    """Switch capture on (again): (re)create the triggers from the current columns.

    The first time, every existing row is queued for the first push and the clock
    gets this laptop's node id. Returns True that first time. Safe to call at every
    sync: a later migration that rebuilt a table gets its triggers back.
    """
    with db.atomic():
        first = not is_enabled(db)
        if first:
            db.execute("INSERT INTO sync_clock (node, ms, ctr) VALUES (?, ?, 0)", [new_id(), now_ms])
        for table in SYNCED_TABLES:
            for kind in ("insert", "update", "delete"):
                db.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{kind}")
            for sql in _triggers(table, _columns(db, table)):
                db.execute(sql)
        if first:
            stamp = clock(db).encode()
            for table in SYNCED_TABLES:
                db.execute(f"INSERT INTO sync_outbox (tbl, row_id, columns, hlc) "
                           f"SELECT ?, id, NULL, ? FROM [{table}]", [table, stamp])
    return first


def pending_count(db: Database) -> int:
    """Changed rows waiting for a push (a row edited three times counts once)."""
    return db.execute("SELECT count(*) FROM (SELECT DISTINCT tbl, row_id FROM sync_outbox)").fetchone()[0]


def read_rows(db: Database, table: str, ids: list[str]) -> dict[str, dict]:
    """Current rows by id, read in chunks below SQLite's variable limit."""
    found = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        cur = db.execute(f"SELECT * FROM [{table}] WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cur.description]
        for row in cur:
            found[row[0] if names[0] == "id" else row[names.index("id")]] = dict(zip(names, row))
    return found


def outbox_page(db: Database, limit: int) -> tuple[int, list[RowState]]:
    """The oldest ``limit`` outbox entries as row states, and the last entry's seq.

    Returns (0, []) when nothing waits. Values are read now, so a row edited twice
    goes out once with its current values.
    """
    entries = db.execute("SELECT seq, tbl, row_id, columns, hlc FROM sync_outbox "
                         "ORDER BY seq LIMIT ?", [limit]).fetchall()
    if not entries:
        return 0, []
    changes: dict[tuple[str, str], list] = {}
    for _, table, row_id, columns, stamp in entries:
        cols = None if columns is None else tuple(columns.split(","))
        changes.setdefault((table, row_id), []).append((cols, stamp))
    states = []
    by_table: dict[str, list[str]] = {}
    for table, row_id in changes:
        by_table.setdefault(table, []).append(row_id)
    for table in SYNCED_TABLES:
        rows = read_rows(db, table, by_table.get(table, []))
        for row_id in by_table.get(table, []):
            states.append(local_fragment(table, row_id, rows.get(row_id), changes[(table, row_id)]))
    return entries[-1][0], states


def acknowledge(db: Database, upto_seq: int) -> None:
    """The server holds every entry up to ``upto_seq``: drop them."""
    with db.atomic():
        db.execute("DELETE FROM sync_outbox WHERE seq <= ?", [upto_seq])


def get_state(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def set_state(db: Database, key: str, value: str | None) -> None:
    db.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
