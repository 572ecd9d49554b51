"""One person's data (GDPR): find them, gather everything about them, erase them.

Generic over the schema on purpose: every table with a ``contact_id`` column is
visited, so a table added later is neither left out of an export nor left
holding a link after an erase.

Erasing (``erase_person``), in one transaction:

* rows that exist only to link the person (``touchpoint_contacts``, and any row
  whose ``contact_id`` is part of its key or may not be empty) are deleted;
* other rows keep what is not theirs and lose the link (``contact_id`` set to
  NULL): a measurement keeps its score for the account, a case its subject;
* rows of the attention engine's caches (tables ``attention_*``) that mention
  the person are deleted; the engine recomputes them;
* the contact row itself is deleted (hard, not the usual soft delete).

Touchpoints keep their account, date and note; notes elsewhere that mention the
name are left alone but reported, for the user to judge. After the commit,
full-text indexes are optimised, the file is rebuilt (``VACUUM``) and the WAL is
truncated, with ``secure_delete`` on, so neither free pages nor the log still
hold the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from relbeheer.core.domain import utc_now
from relbeheer.store import attention_contacts, attention_packs
from relbeheer.store.database import StoreError

LINK_TABLES = ("touchpoint_contacts",)
PACKS_PREFIX = "attention_packs"
CACHE_PREFIX = "attention_"


class ContactNotFound(StoreError):
    pass


class AmbiguousContact(StoreError):
    def __init__(self, query: str, candidates: list[dict]):
        listed = "; ".join(
            f"{c['id']} ({c['name']}, {c.get('email') or 'no e-mail'}, {c.get('account') or '?'})"
            for c in candidates[:5]
        )
        more = f" and {len(candidates) - 5} more" if len(candidates) > 5 else ""
        super().__init__(f"{len(candidates)} contacts match {query!r}: {listed}{more}; give the id")
        self.candidates = candidates


@dataclass
class Mention:
    table: str
    row_id: str
    column: str
    text: str


@dataclass
class EraseReport:
    contact_id: str
    name: str
    deleted: dict[str, int] = field(default_factory=dict)
    unlinked: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


def _contact_rows(db: Database, where: str, params: list) -> list[dict]:
    return list(db.query(
        "SELECT c.*, a.name AS account FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id "
        f"WHERE {where} ORDER BY c.deleted_at IS NOT NULL, c.name, c.id", params))


def find_contact(db: Database, query: str) -> dict:
    """The one contact whose id, e-mail or exact name (case-insensitive) is ``query``.

    Soft-deleted contacts are found too: their data is still in the file.
    """
    text = " ".join(query.split())
    for where, params in (
        ("c.id = ?", [query.strip()]),
        ("lower(trim(c.email)) = lower(?)", [text]),
        ("lower(trim(c.name)) = lower(?)", [text]),
    ):
        rows = _contact_rows(db, where, params)
        if len(rows) == 1:
            return rows[0]
        if rows:
            raise AmbiguousContact(query, rows)
    raise ContactNotFound(f"no contact has the id, e-mail address or name {query!r}")


def tables_with_contact_link(db: Database) -> list[str]:
    """Every table except ``contacts`` that has a ``contact_id`` column, links first."""
    found = [t for t in db.table_names()
             if t != "contacts" and "contact_id" in db[t].columns_dict]
    return sorted(found, key=lambda t: (t not in LINK_TABLES, t))


def _must_delete(db: Database, table: str) -> bool:
    if table in LINK_TABLES or table.startswith(CACHE_PREFIX):
        return True
    info = {c.name: c for c in db[table].columns}
    return bool(info["contact_id"].notnull) or "contact_id" in db[table].pks


def person_data(db: Database, contact_id: str) -> dict:
    """Everything stored about one person, as plain data for an export."""
    contact = _contact_rows(db, "c.id = ?", [contact_id])
    if not contact:
        raise ContactNotFound(f"no contact with id {contact_id!r}")
    contact = dict(contact[0])
    account = {"id": contact.get("account_id"), "name": contact.pop("account")}
    touchpoints = list(db.query(
        "SELECT t.id, t.date, t.kind, t.channel, t.sentiment, t.note, t.follow_up_on, "
        "a.name AS account, t.deleted_at, tc.deleted_at AS link_deleted_at "
        "FROM touchpoint_contacts tc JOIN touchpoints t ON t.id = tc.touchpoint_id "
        "LEFT JOIN accounts a ON a.id = t.account_id WHERE tc.contact_id = ? ORDER BY t.date",
        [contact_id]))
    linked = {}
    for table in tables_with_contact_link(db):
        if table in LINK_TABLES:
            continue
        linked[table] = list(db.query(f"SELECT * FROM [{table}] WHERE contact_id = ?", [contact_id]))
    return {
        "contact": contact,
        "account": account,
        "touchpoints": touchpoints,
        "measurements": linked.pop("measurements", []),
        "service_cases": linked.pop("service_cases", []),
        "other": {t: rows for t, rows in linked.items() if rows},
        "mentions": [m.__dict__ for m in mentions(db, contact, exclude_contact=True)],
    }


def _free_text(column) -> bool:
    """A text column that could hold a name: not an id, a date or a time stamp."""
    name = column.name
    return (column.type.upper() == "TEXT" and name != "id" and name != "date"
            and not name.endswith(("_id", "_at", "_on")))


def mentions(db: Database, contact: dict, *, exclude_contact: bool) -> list[Mention]:
    """Free-text places (notes, comments …) that contain the person's name or e-mail."""
    needles = [n for n in (contact.get("name"), contact.get("email")) if n and len(n.strip()) >= 3]
    found: list[Mention] = []
    if not needles:
        return found
    for table in db.table_names():
        if table.startswith(("_", "sqlite_", CACHE_PREFIX)) or "id" not in db[table].columns_dict:
            continue
        text_columns = [c.name for c in db[table].columns if _free_text(c)]
        if not text_columns:
            continue
        condition = " OR ".join(f"instr(lower([{c}]), lower(?)) > 0"
                                for c in text_columns for _ in needles)
        params = [n.strip() for _ in text_columns for n in needles]
        for row in db.query(f"SELECT * FROM [{table}] WHERE {condition}", params):
            if exclude_contact and table == "contacts" and row["id"] == contact["id"]:
                continue
            for column in text_columns:
                value = row.get(column) or ""
                if any(n.strip().lower() in value.lower() for n in needles):
                    found.append(Mention(table, row["id"], column, value[:200]))
    return found


def erase_person(db: Database, contact_id: str) -> EraseReport:
    """Remove one person from the database; see the module docstring for what happens."""
    rows = _contact_rows(db, "c.id = ?", [contact_id])
    if not rows:
        raise ContactNotFound(f"no contact with id {contact_id!r}")
    contact = rows[0]
    report = EraseReport(contact_id=contact_id, name=contact["name"])
    # Freed pages are overwritten with zeros instead of keeping the old bytes.
    secure = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    now = utc_now()
    with db.atomic():
        for table in tables_with_contact_link(db):
            if _must_delete(db, table):
                n = db.execute(f"DELETE FROM [{table}] WHERE contact_id = ?", [contact_id]).rowcount
                if n:
                    report.deleted[table] = n
            else:
                stamp = ", updated_at = ?" if "updated_at" in db[table].columns_dict else ""
                n = db.execute(
                    f"UPDATE [{table}] SET contact_id = NULL{stamp} WHERE contact_id = ?",
                    [now, contact_id] if stamp else [contact_id],
                ).rowcount
                if n:
                    report.unlinked[table] = n
        _delete_cached_mentions(db, contact, report)
        db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
        report.deleted["contacts"] = 1
    report.mentions = mentions(db, contact, exclude_contact=True)
    scrub_file(db)
    db.execute(f"PRAGMA secure_delete = {int(secure)}")
    return report


def _delete_cached_mentions(db: Database, contact: dict, report: EraseReport) -> None:
    """Cache rows (``attention_*``) that carry the person's id, name or e-mail in a text column."""
    needles = [n for n in (contact["id"], contact.get("name"), contact.get("email")) if n]
    for table in db.table_names():
        # the packs hold account ids, dates and code letters only — never a person —
        # and a dirty mark removed by a chance match would leave a pack stale
        if not table.startswith(CACHE_PREFIX) or table.startswith(PACKS_PREFIX):
            continue
        columns = [c.name for c in db[table].columns if c.type.upper() == "TEXT"]
        if not columns:
            continue
        condition = " OR ".join(f"instr(lower([{c}]), lower(?)) > 0" for c in columns for _ in needles)
        params = [n for _ in columns for n in needles]
        n = db.execute(f"DELETE FROM [{table}] WHERE {condition}", params).rowcount
        if n:
            report.deleted[table] = report.deleted.get(table, 0) + n


def scrub_file(db: Database) -> None:
    """Leave no copy of deleted rows in the file: FTS segments, free pages, the WAL."""
    for (table,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' "
        "AND (sql LIKE '%fts4%' OR sql LIKE '%fts5%')"
    ).fetchall():
        db.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('optimize')")
    if db.conn.in_transaction:
        db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    # VACUUM may renumber rowids: the caches' marks of rows already folded in are void
    with db.atomic():
        attention_contacts.forget_mark(db)
        attention_packs.forget_marks(db)
    # VACUUM under WAL writes the new pages to the log: fold them in and empty it.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
