"""Per person, the last personal touchpoint they took part in (rule 4, fast).

Rule 4 (key contact forgotten) needs, for every account, who was present at its
recent personal touchpoints. Answering that from ``touchpoint_contacts`` every
morning costs one index seek per link — 1.2 s at 100k accounts, as much as
reading all touchpoints — so ``attention_contacts`` keeps the answer: one row per
person with the date and account of their last personal touchpoint.

It stays true without taxing bulk imports: links added since the mark
``links_rowid`` are folded in on the next read (``refresh``), and triggers
(migration 0002) list the people whose touchpoints were edited, moved, deleted or
whose links were removed, to be recomputed. A large backlog (a fresh import) is
cheaper rebuilt in one grouped query than folded in link by link.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.domain import Channel

MARK = "links_rowid"
REBUILD_ABOVE = 20_000  # new links beyond which one grouped rebuild is cheaper
_PERSONAL = Channel.PERSONAL.value


def _mark(db: Database) -> int | None:
    row = db.execute("SELECT value FROM attention_state WHERE key = ?", [MARK]).fetchone()
    return int(row[0]) if row else None


def _set_mark(db: Database, value: int) -> None:
    db.execute(
        "INSERT INTO attention_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [MARK, str(value)]
    )


def refresh(db: Database) -> str:
    """Bring ``attention_contacts`` up to date; returns what it did
    ('current', 'folded', 'rebuilt')."""
    with db.atomic():
        mark = _mark(db)
        top = db.execute("SELECT coalesce(max(rowid), 0) FROM touchpoint_contacts").fetchone()[0]
        dirty = db.execute("SELECT count(*) FROM attention_contacts_dirty").fetchone()[0]
        if mark is None or top - mark > REBUILD_ABOVE:
            rebuild(db, top)
            return "rebuilt"
        if top == mark and not dirty:
            return "current"
        if top > mark:
            db.execute(
                "INSERT INTO attention_contacts (contact_id, account_id, last_personal) "
                "SELECT tc.contact_id, t.account_id, t.date FROM touchpoint_contacts tc "
                "JOIN touchpoints t ON t.id = tc.touchpoint_id "
                "WHERE tc.rowid > ? AND t.deleted_at IS NULL AND t.channel = ? AND true "
                "ON CONFLICT(contact_id) DO UPDATE SET account_id = excluded.account_id, "
                "last_personal = excluded.last_personal "
                "WHERE excluded.last_personal > attention_contacts.last_personal",
                [mark, _PERSONAL],
            )
        if dirty:
            db.execute("DELETE FROM attention_contacts WHERE contact_id IN "
                       "(SELECT contact_id FROM attention_contacts_dirty)")
            db.execute(
                "INSERT INTO attention_contacts (contact_id, account_id, last_personal) "
                "SELECT tc.contact_id, t.account_id, max(t.date) FROM attention_contacts_dirty d "
                "JOIN touchpoint_contacts tc ON tc.contact_id = d.contact_id "
                "JOIN touchpoints t ON t.id = tc.touchpoint_id "
                "WHERE t.deleted_at IS NULL AND t.channel = ? GROUP BY tc.contact_id",
                [_PERSONAL],
            )
            db.execute("DELETE FROM attention_contacts_dirty")
        _set_mark(db, top)
        return "folded"


def forget_mark(db: Database) -> None:
    """After the file was rebuilt (``VACUUM``, a restored ``VACUUM INTO`` copy):
    SQLite may have renumbered the links' rowids, so the mark no longer says which
    links are new; without it the next refresh rebuilds the table."""
    db.execute("DELETE FROM attention_state WHERE key = ?", [MARK])


def rebuild(db: Database, top: int | None = None) -> None:
    """Recompute every person's last personal touchpoint from the links."""
    with db.atomic():
        if top is None:
            top = db.execute("SELECT coalesce(max(rowid), 0) FROM touchpoint_contacts").fetchone()[0]
        db.execute("DELETE FROM attention_contacts")
        db.execute("DELETE FROM attention_contacts_dirty")
        db.execute(
            "INSERT INTO attention_contacts (contact_id, account_id, last_personal) "
            "SELECT tc.contact_id, t.account_id, max(t.date) "
            "FROM touchpoints t INDEXED BY idx_touchpoints_personal "
            "JOIN touchpoint_contacts tc ON tc.touchpoint_id = t.id "
            "WHERE t.deleted_at IS NULL AND t.channel = ? GROUP BY tc.contact_id",
            [_PERSONAL],
        )
        _set_mark(db, top)


def latest_date(db: Database) -> str | None:
    """The newest date in the table: past it, the table cannot answer 'as of'."""
    return db.execute("SELECT max(last_personal) FROM attention_contacts").fetchone()[0]


def touched_since(db: Database, since: dt.date, as_of: dt.date, scope_sql: str = "",
                  params: list | None = None) -> list[tuple[str, str, str]]:
    """(account_id, contact_id, last date) of people personally met in (since, as_of]."""
    return db.execute(
        "SELECT account_id, contact_id, last_personal FROM attention_contacts "
        f"WHERE last_personal > ? AND last_personal <= ?{scope_sql}",
        [since.isoformat(), as_of.isoformat(), *(params or [])],
    ).fetchall()
