"""Applying row states pulled from the team server to this laptop's database.

One call is one transaction: the rows, the clock moving past their stamps and the
new pull position are written together, so a connection cut (or a crash) between
two pages leaves the database exactly as after the last whole page, and the next
sync asks the server again from there. Applying a page twice changes nothing (the
merge is idempotent).

Local edits not pushed yet are kept: each pulled state is merged with the state
the outbox holds for that row before it is written, by the same rule the server
uses (core/sync/merge.py). The triggers stay quiet meanwhile (``sync_applying``),
so pulled changes never go back out as local ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from relbeheer.core.sync.hlc import Hlc, parse, receive
from relbeheer.core.sync.merge import RowState, effective, local_fragment, merge
from relbeheer.store import sync_capture


@dataclass
class Applied:
    """What one page did to this laptop's database."""

    written: int = 0
    removed: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, why
    accounts: set[str] = field(default_factory=set)


def _pending_overlay(db: Database, states: list[RowState]) -> dict[tuple[str, str], RowState]:
    """The outbox's own state of each pulled row that has local changes not pushed yet."""
    if db.execute("SELECT NOT EXISTS (SELECT 1 FROM sync_outbox)").fetchone()[0]:
        return {}
    overlay = {}
    for state in states:
        entries = db.execute("SELECT columns, hlc FROM sync_outbox WHERE tbl = ? AND row_id = ?",
                             [state.table, state.row_id]).fetchall()
        if entries:
            row = sync_capture.read_rows(db, state.table, [state.row_id]).get(state.row_id)
            changes = [(None if c is None else tuple(c.split(",")), h) for c, h in entries]
            overlay[(state.table, state.row_id)] = local_fragment(state.table, state.row_id, row, changes)
    return overlay


def _write(db: Database, table: str, values: dict, columns: set[str]) -> None:
    names = [n for n in values if n in columns]
    if table == "touchpoint_contacts" and {"touchpoint_id", "contact_id"} <= set(names):
        # one link per (touchpoint, contact): two laptops may have made it under two
        # ids; the one that arrives later (server order) replaces the other everywhere
        db.execute("DELETE FROM touchpoint_contacts WHERE touchpoint_id = ? AND contact_id = ? "
                   "AND id <> ?", [values["touchpoint_id"], values["contact_id"], values["id"]])
    updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n != "id")
    db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)}) "
        + (f"ON CONFLICT(id) DO UPDATE SET {updates}" if updates else "ON CONFLICT(id) DO NOTHING"),
        [values[n] for n in names],
    )


def apply_page(db: Database, states: list[RowState], *, position: int, now_ms: int) -> Applied:
    """Write pulled states and remember ``position`` as the last pulled server seq.

    A row this database cannot hold (a required value the server never received,
    a parent this laptop may not see) is skipped and named in ``Applied.skipped``
    rather than failing the whole page.
    """
    result = Applied()
    columns = {}
    # Foreign keys are not checked while pulling: the server hands rows over in the
    # order they last changed, so an account edited after its touchpoints were
    # logged arrives after them (maybe a page later). After a whole pull every
    # parent is there; rows of another team's parent are the exception (skipped
    # by the server's access rules, see sync/server_schema.py).
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        _apply(db, states, position, now_ms, result, columns)
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    return result


def _apply(db, states, position, now_ms, result, columns) -> None:
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO sync_applying (flag) VALUES (1)")
        overlay = _pending_overlay(db, states)
        newest: Hlc | None = None
        for state in states:
            if state.table not in columns:
                columns[state.table] = {c.name for c in db[state.table].columns}
            local = overlay.get((state.table, state.row_id))
            merged = merge(state, local) if local is not None else state
            if state.versions:
                seen = parse(state.stamp)
                newest = seen if newest is None or seen > newest else newest
            values = effective(merged)
            try:
                with db.atomic():  # a savepoint: one bad row does not undo the page
                    if values is None:
                        gone = db.execute(f"DELETE FROM [{state.table}] WHERE id = ?", [state.row_id])
                        result.removed += gone.rowcount
                    else:
                        _write(db, state.table, values, columns[state.table])
                        result.written += 1
            except sqlite3.IntegrityError as exc:
                result.skipped.append((state.table, state.row_id, str(exc)))
                continue
            account = (values or {}).get("account_id") or (state.row_id if state.table == "accounts" else None)
            if account:
                result.accounts.add(account)
        if newest is not None:
            sync_capture.set_clock(db, receive(sync_capture.clock(db), newest, now_ms))
        sync_capture.set_state(db, "pulled_seq", str(position))
        db.execute("DELETE FROM sync_applying")
