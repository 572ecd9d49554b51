"""Push this laptop's outbox to the team server and pull what the team changed.

Push, one page of outbox entries per server transaction: lock out other pushes
(so sequence values become visible in the order they were given out), claim new
accounts, read the server's states of the page's rows ``FOR UPDATE``, merge each
with the laptop's state (core/sync/merge.py), write the rows that changed under a
new sequence value, log the pushed states, commit, and only then drop the entries
from the outbox. A cut before the commit leaves the server as it was; a cut after
it makes the next sync push the same states again, which merges to no change.

Pull: in one snapshot (REPEATABLE READ), every row with ``seq`` above this laptop's
position, page by page, each page applied in one local transaction together with
the new position (store/sync_apply.py). Row-level security decides what comes back:
a laptop never receives rows it may not see.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from psycopg.types.json import Jsonb
from sqlite_utils import Database

from relbeheer.core.sync.merge import ACCOUNT_COLUMN, RowState, merge
from relbeheer.store import sync_capture
from relbeheer.store.sync_apply import apply_page

PUSH_PAGE = 5000
PULL_PAGE = 5000


@dataclass
class SyncResult:
    pushed: int = 0  # row states sent
    refused: list[tuple[str, str]] = field(default_factory=list)  # other team's rows
    pulled: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    accounts: set[str] = field(default_factory=set)  # accounts changed here by the pull
    push_seconds: float = 0.0
    pull_seconds: float = 0.0


def now_ms() -> int:
    return int(time.time() * 1000)


def _account_of(db: Database, states: list[RowState]) -> dict[tuple[str, str], str | None]:
    """Each state's account, from its values or the local row (an edit may not carry it)."""
    found = {}
    for state in states:
        key = (state.table, state.row_id)
        column = ACCOUNT_COLUMN.get(state.table)
        if state.table == "accounts":
            found[key] = state.row_id
        elif column is not None:
            value = state.data.get(column)
            if value is None:
                row = db.execute(f"SELECT [{column}] FROM [{state.table}] WHERE id = ?",
                                 [state.row_id]).fetchone()
                value = row[0] if row else None
            found[key] = value
        elif state.table == "touchpoint_contacts":
            tp = state.data.get("touchpoint_id") or (db.execute(
                "SELECT touchpoint_id FROM touchpoint_contacts WHERE id = ?", [state.row_id]
            ).fetchone() or [None])[0]
            row = db.execute("SELECT account_id FROM touchpoints WHERE id = ?", [tp]).fetchone()
            found[key] = row[0] if row else None
        else:
            found[key] = None
    return found


def _team_hint(db: Database, account_id: str) -> str | None:
    row = db.execute("SELECT o.team FROM accounts a JOIN owners o ON o.id = a.owner_id "
                     "WHERE a.id = ?", [account_id]).fetchone()
    return row[0] if row else None


def push_page(conn, db: Database, states: list[RowState], node: str) -> tuple[int, list]:
    """Merge one page of local states into the server in one transaction.

    Returns (rows written, refused (table, id) pairs).
    """
    accounts = _account_of(db, states)
    wanted = sorted({a for a in accounts.values() if a is not None})
    refused, written = [], 0
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('relbeheer.push'))")
        hints = [_team_hint(db, a) for a in wanted]
        writable = {r[0] for r in conn.execute(
            "SELECT team.claim_accounts(%s, %s)", [wanted, hints])}
        keys = [(s.table, s.row_id) for s in states]
        current = {
            (t, r): (d, v, a) for t, r, d, v, a in conn.execute(
                "SELECT r.tbl, r.row_id, r.data, r.versions, r.account_id FROM team.rows r "
                "JOIN unnest(%s::text[], %s::text[]) AS k(tbl, row_id) "
                "ON r.tbl = k.tbl AND r.row_id = k.row_id FOR UPDATE OF r",
                [[k[0] for k in keys], [k[1] for k in keys]])
        }
        upserts, log = [], []
        for state in states:
            key = (state.table, state.row_id)
            account = accounts[key]
            if account is not None and account not in writable:
                refused.append(key)
                continue
            old = current.get(key)
            if old is None and not state.versions:
                continue
            if old is None:
                merged, origin = state, node
            else:
                account = account or old[2]
                merged = merge(RowState(*key, old[0], old[1]), state)
                if merged.data == old[0] and merged.versions == old[1]:
                    continue  # already there: a retried push changes nothing
                origin = node if (merged.data, merged.versions) == (state.data, state.versions) else None
            upserts.append((*key, account, Jsonb(merged.data), Jsonb(merged.versions), origin))
            log.append((*key, account, state.stamp, Jsonb(state.data), Jsonb(state.versions)))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO team.rows (tbl, row_id, account_id, data, versions, seq, origin) "
                "VALUES (%s, %s, %s, %s, %s, nextval('team.change_seq'), %s) "
                "ON CONFLICT (tbl, row_id) DO UPDATE SET data = excluded.data, "
                "versions = excluded.versions, seq = excluded.seq, origin = excluded.origin, "
                "account_id = coalesce(excluded.account_id, team.rows.account_id)", upserts)
            cur.executemany(
                "INSERT INTO team.changes (tbl, row_id, account_id, hlc, data, versions) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", log)
        written = len(upserts)
    return written, refused


def push(conn, db: Database, result: SyncResult, *, page: int = PUSH_PAGE) -> None:
    """Send the whole outbox (as it was when the push began), page by page."""
    start = time.perf_counter()
    node = sync_capture.clock(db).node
    stop_at = db.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
    while _older_left(db, stop_at):
        last, states = sync_capture.outbox_page(db, page)
        _, refused = push_page(conn, db, states, node)
        sync_capture.acknowledge(db, last)
        result.pushed += len(states)
        result.refused.extend(refused)
    result.push_seconds += time.perf_counter() - start


def _older_left(db: Database, stop_at: int) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE seq <= ?)", [stop_at]).fetchone()[0]


def pull(conn, db: Database, result: SyncResult, *, page: int = PULL_PAGE) -> None:
    """Apply every visible row changed on the server since this laptop's position."""
    start = time.perf_counter()
    node = sync_capture.clock(db).node
    position = int(sync_capture.get_state(db, "pulled_seq", "0"))
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM team.rows").fetchone()[0]
        while position < top:
            rows = conn.execute(
                "SELECT seq, tbl, row_id, data, versions FROM team.rows "
                "WHERE seq > %s AND seq <= %s AND origin IS DISTINCT FROM %s "
                "ORDER BY seq LIMIT %s", [position, top, node, page]).fetchall()
            states = [RowState(t, r, d, v) for _, t, r, d, v in rows]
            position = rows[-1][0] if len(rows) == page else top
            applied = apply_page(db, states, position=position, now_ms=now_ms())
            result.pulled += len(states)
            result.skipped.extend(applied.skipped)
            result.accounts |= applied.accounts
    result.pull_seconds += time.perf_counter() - start


def sync(conn, db: Database) -> SyncResult:
    """Push, then pull; the caller has called ``sync_capture.enable`` once."""
    result = SyncResult()
    push(conn, db, result)
    pull(conn, db, result)
    return result
