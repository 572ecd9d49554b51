"""The per-account attention summary: the state as last computed, one row each.

Screens that show many accounts at once (the accounts table, a director's
overview) read severity and health here instead of running the engine; logging a
touchpoint rewrites the one row it changes (``AttentionService.log_touchpoint``)
and a full refresh rewrites them all. ``fingerprint`` tells a reader whether rows
were added to the tables the engine reads since the last full refresh.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from relbeheer.core.attention.model import AttentionItem, KeyContact
from relbeheer.core.domain import TouchpointKind, new_id, utc_now

COLUMNS = ("account_id", "as_of", "severity", "health", "health_band", "trend", "priority",
           "value_at_stake", "days_since_personal", "reasons", "next_action", "computed_at")
FINGERPRINT_KEY = "summary_fingerprint"
_WATCHED = ("accounts", "contacts", "touchpoints", "touchpoint_contacts", "purchases",
            "measurements", "service_cases", "settings")


def _plain(value):
    if isinstance(value, KeyContact):
        return {"id": value.id, "name": value.name, "role": value.role.value,
                "ambassador": value.is_ambassador}
    if isinstance(value, float) and value != value:
        return None
    return value


def row_of(item: AttentionItem, as_of: dt.date, now: str) -> tuple:
    """The summary row of one item (reasons and action as JSON with their params)."""
    action = item.next_action
    return (
        item.account_id, as_of.isoformat(), item.severity.label, item.health.score,
        item.health.band, item.health.trend, item.priority, item.value_at_stake,
        item.days_since_personal_contact,
        json.dumps([{"rule": r.rule, "severity": r.severity.label,
                     "params": {k: _plain(v) for k, v in r.params.items()}}
                    for r in item.reasons], ensure_ascii=False),
        json.dumps({"kind": action.kind.value, "rule": action.rule,
                    "contact": _plain(action.contact) if action.contact else None,
                    "due": action.due.isoformat() if action.due else None,
                    "subject": action.subject}, ensure_ascii=False),
        now,
    )


def write(db: Database, items: list[AttentionItem], as_of: dt.date) -> int:
    """Insert or replace the rows of ``items``; part of the caller's transaction."""
    now = utc_now()
    sql = (f"INSERT OR REPLACE INTO attention_summary ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(COLUMNS))})")
    db.conn.executemany(sql, (row_of(item, as_of, now) for item in items))
    return len(items)


def forget(db: Database, account_id: str) -> None:
    """Drop the row of an account that no longer exists (soft-deleted)."""
    db.execute("DELETE FROM attention_summary WHERE account_id = ?", [account_id])


def replace_all(db: Database, items: list[AttentionItem], as_of: dt.date) -> int:
    """The whole table from a full evaluation, with the fingerprint it was made from."""
    with db.atomic():
        db.execute("DELETE FROM attention_summary")
        count = write(db, items, as_of)
        mark_current(db, as_of)
    return count


def fingerprint(db: Database) -> dict[str, int]:
    """Highest rowid per table the engine reads: grows whenever rows are added."""
    return {t: db.execute(f"SELECT coalesce(max(rowid), 0) FROM [{t}]").fetchone()[0]
            for t in _WATCHED}


def mark_current(db: Database, as_of: dt.date) -> None:
    """Record that the summary describes the tables as they are now, as of a day."""
    state = {"as_of": as_of.isoformat(), **fingerprint(db)}
    db.execute("INSERT OR REPLACE INTO attention_state (key, value) VALUES (?, ?)",
               [FINGERPRINT_KEY, json.dumps(state)])


def is_current(db: Database, as_of: dt.date) -> bool:
    """True when the summary was made as of this day and no rows were added since
    (edits go through log_touchpoint / AttentionService.refresh_account). Cheap:
    one max(rowid) per table."""
    row = db.execute("SELECT value FROM attention_state WHERE key = ?", [FINGERPRINT_KEY]
                     ).fetchone()
    return bool(row) and json.loads(row[0]) == {"as_of": as_of.isoformat(), **fingerprint(db)}


def read(db: Database, account_ids: list[str] | None = None) -> list[dict]:
    """Summary rows (reasons and next_action decoded), all or for some accounts."""
    sql = f"SELECT {', '.join(COLUMNS)} FROM attention_summary"
    params: list = []
    if account_ids is not None:
        sql += f" WHERE account_id IN ({', '.join('?' * len(account_ids))})"
        params = list(account_ids)
    out = []
    for row in db.execute(sql, params).fetchall():
        rec = dict(zip(COLUMNS, row))
        rec["reasons"] = json.loads(rec["reasons"] or "[]")
        rec["next_action"] = json.loads(rec["next_action"] or "null")
        out.append(rec)
    return out



def insert_touchpoint(db: Database, values: dict) -> str:
    """One touchpoint row (channel and binding follow the kind), without the table
    introspection a generic insert pays: the save path has 5 ms in all."""
    kind = TouchpointKind(values["kind"])
    now = utc_now()
    touchpoint_id = new_id()
    db.conn.execute(
        "INSERT INTO touchpoints (id, account_id, owner_id, date, kind, channel, binding, "
        "sentiment, note, follow_up_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [touchpoint_id, values["account_id"], values.get("owner_id"), values["date"],
         kind.value, kind.channel.value, kind.binding.value, values.get("sentiment"),
         values.get("note") or "", values.get("follow_up_on"), now, now],
    )
    return touchpoint_id
