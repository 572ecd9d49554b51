"""Writing single records (create, edit, soft-delete) and reading one account's history.

Only whitelisted tables and columns are written, so a form or an import can never
reach a column it should not (ids, timestamps and soft-delete stay ours).
"""

from __future__ import annotations

from sqlite_utils import Database

from relbeheer.core.domain import TouchpointKind, new_id, utc_now
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)
from relbeheer.store.rows import to_date

WRITABLE = {
    "accounts": ("name", "external_ref", "kind", "tier", "owner_id", "sector", "region", "country",
                 "city", "employees", "annual_revenue", "parent_id", "cadence_days", "notes", "goals"),
    "contacts": ("account_id", "name", "job_title", "email", "phone", "role", "preferred_channel",
                 "is_ambassador", "notes"),
    "touchpoints": ("account_id", "owner_id", "date", "kind", "channel", "binding", "sentiment",
                    "note", "follow_up_on"),
    "measurements": ("account_id", "contact_id", "date", "kind", "score", "comment"),
    "service_cases": ("account_id", "contact_id", "opened_on", "resolved_on", "subject", "outcome", "note"),
    "owners": ("name", "email", "team", "manager", "region"),
}


def _clean(table: str, values: dict) -> dict:
    allowed = WRITABLE[table]
    row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in values.items() if k in allowed}
    if table == "touchpoints" and "kind" in row:
        # channel and binding always follow the kind; a caller cannot make them disagree
        kind = TouchpointKind(row["kind"])
        row["channel"], row["binding"] = kind.channel.value, kind.binding.value
    return row


def insert(db: Database, table: str, values: dict) -> str:
    row = _clean(table, values)
    row["id"] = values.get("id") or new_id()
    row["created_at"] = row["updated_at"] = utc_now()
    db[table].insert(row)
    return row["id"]


def update(db: Database, table: str, record_id: str, values: dict) -> None:
    row = _clean(table, values)
    row["updated_at"] = utc_now()
    cur = db.execute(
        f"UPDATE [{table}] SET {', '.join(f'[{k}] = ?' for k in row)} WHERE id = ? AND deleted_at IS NULL",
        [*row.values(), record_id],
    )
    if cur.rowcount != 1:
        raise LookupError(f"{table} {record_id} not found")


def soft_delete(db: Database, table: str, record_id: str) -> None:
    now = utc_now()
    cur = db.execute(
        f"UPDATE [{table}] SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        [now, now, record_id],
    )
    if cur.rowcount != 1:
        raise LookupError(f"{table} {record_id} not found")


def set_touchpoint_contacts(db: Database, touchpoint_id: str, contact_ids: list[str]) -> None:
    """Replace who was present; link rows are plain (re-created), the touchpoint keeps its id."""
    db.execute("DELETE FROM touchpoint_contacts WHERE touchpoint_id = ?", [touchpoint_id])
    now = utc_now()
    db.conn.executemany(
        "INSERT INTO touchpoint_contacts (id, touchpoint_id, contact_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id(), touchpoint_id, cid, now, now) for cid in dict.fromkeys(contact_ids)],
    )


def contacts_of(db: Database, account_id: str) -> list[ContactSummary]:
    rows = db.execute(
        """
        SELECT c.id, c.account_id, c.name, coalesce(c.role, 'user'), coalesce(c.job_title, ''),
               coalesce(c.email, ''), coalesce(c.phone, ''), coalesce(c.preferred_channel, 'personal'),
               coalesce(c.is_ambassador, 0),
               (SELECT max(t.date) FROM touchpoint_contacts tc JOIN touchpoints t ON t.id = tc.touchpoint_id
                WHERE tc.contact_id = c.id AND t.deleted_at IS NULL)
        FROM contacts c WHERE c.account_id = ? AND c.deleted_at IS NULL
        ORDER BY c.name COLLATE NOCASE
        """,
        [account_id],
    ).fetchall()
    return [ContactSummary(*r[:8], bool(r[8]), to_date(r[9])) for r in rows]


def touchpoints_of(db: Database, account_id: str) -> list[TouchpointSummary]:
    rows = db.execute(
        """
        SELECT t.id, t.account_id, t.date, t.kind, t.channel, t.binding,
               coalesce(group_concat(c.name, ', '), ''), coalesce(group_concat(c.id, ','), ''),
               coalesce(o.name, ''), t.sentiment, coalesce(t.note, ''), t.follow_up_on
        FROM touchpoints t
        LEFT JOIN touchpoint_contacts tc ON tc.touchpoint_id = t.id
        LEFT JOIN contacts c ON c.id = tc.contact_id
        LEFT JOIN owners o ON o.id = t.owner_id
        WHERE t.account_id = ? AND t.deleted_at IS NULL
        GROUP BY t.id ORDER BY t.date DESC, t.created_at DESC
        """,
        [account_id],
    ).fetchall()
    return [
        TouchpointSummary(r[0], r[1], to_date(r[2]), r[3], r[4], r[5], r[6],
                          [x for x in r[7].split(",") if x], r[8], r[9], r[10], to_date(r[11]))
        for r in rows
    ]


def purchases_of(db: Database, account_id: str) -> list[PurchaseSummary]:
    rows = db.execute(
        """
        SELECT p.id, p.date, p.product_id, coalesce(pr.name, ''), coalesce(pr.series, ''),
               coalesce(p.quantity, 0), coalesce(p.amount, 0)
        FROM purchases p LEFT JOIN products pr ON pr.id = p.product_id
        WHERE p.account_id = ? AND p.deleted_at IS NULL ORDER BY p.date DESC
        """,
        [account_id],
    ).fetchall()
    return [PurchaseSummary(r[0], to_date(r[1]), *r[2:]) for r in rows]


def measurements_of(db: Database, account_id: str) -> list[MeasurementSummary]:
    rows = db.execute(
        """
        SELECT m.id, m.date, m.kind, m.score, m.contact_id, coalesce(c.name, ''), coalesce(m.comment, '')
        FROM measurements m LEFT JOIN contacts c ON c.id = m.contact_id
        WHERE m.account_id = ? AND m.deleted_at IS NULL ORDER BY m.date DESC
        """,
        [account_id],
    ).fetchall()
    return [MeasurementSummary(r[0], to_date(r[1]), *r[2:]) for r in rows]


def cases_of(db: Database, account_id: str) -> list[CaseSummary]:
    rows = db.execute(
        """
        SELECT s.id, s.opened_on, s.resolved_on, coalesce(s.subject, ''), coalesce(s.outcome, ''),
               s.contact_id, coalesce(c.name, ''), coalesce(s.note, '')
        FROM service_cases s LEFT JOIN contacts c ON c.id = s.contact_id
        WHERE s.account_id = ? AND s.deleted_at IS NULL ORDER BY s.opened_on DESC
        """,
        [account_id],
    ).fetchall()
    return [CaseSummary(r[0], to_date(r[1]), to_date(r[2]), *r[3:]) for r in rows]


def offers_of(db: Database, account_id: str) -> list[OfferSummary]:
    rows = db.execute(
        """
        SELECT o.id, o.status, coalesce(p.name, ''), o.engaged_on, o.closed_on, coalesce(o.value, 0)
        FROM offers o LEFT JOIN products p ON p.id = o.product_id
        WHERE o.account_id = ? AND o.deleted_at IS NULL
        ORDER BY coalesce(o.closed_on, o.engaged_on) DESC
        """,
        [account_id],
    ).fetchall()
    return [OfferSummary(r[0], r[1], r[2], to_date(r[3]), to_date(r[4]), r[5]) for r in rows]


def owners(db: Database) -> list[dict]:
    return list(db.query("SELECT id, name, team, region FROM owners WHERE deleted_at IS NULL ORDER BY name"))
