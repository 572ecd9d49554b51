"""Finding probable duplicate accounts and contacts, and merging a pair in one transaction.

``find_duplicates`` reads the live records and leaves the judgement to
``core.exchange.duplicates``. ``merge(keep, drop)`` moves everything that
hangs off the dropped record to the kept one (contacts, touchpoints, purchases,
measurements, cases, offers and subsidiaries of an account; touchpoint links,
measurements and cases of a person), fills the kept record's empty fields from
the dropped one, soft-deletes the dropped record (it stays for merging databases
across laptops) and notes ``merged:<table>:<drop> → keep`` in settings so a
later import of the old name or address finds the kept record.
"""

from __future__ import annotations

from sqlite_utils import Database

from relbeheer.core.domain import new_id, utc_now
from relbeheer.core.exchange.duplicates import (
    Candidate,
    DuplicatePair,
    account_pairs,
    contact_pairs,
)
from relbeheer.store.importers.linking import MERGED_PREFIX

ACCOUNT_CHILDREN = ("contacts", "touchpoints", "purchases", "measurements", "service_cases",
                    "offers")
ACCOUNT_FILL = ("external_ref", "kind", "owner_id", "sector", "region", "country", "city",
                "employees", "annual_revenue", "year_established", "parent_id",
                "cadence_days", "notes", "goals")
CONTACT_FILL = ("job_title", "email", "phone", "role", "preferred_channel", "notes")


class MergeError(ValueError):
    """The two ids cannot be merged (unknown, deleted, different kinds, the same record)."""


def find_duplicates(db: Database) -> list[DuplicatePair]:
    """Candidate pairs of accounts, then contacts (see ``core.exchange.duplicates``)."""
    accounts = [Candidate(r[0], r[1], r[2], r[3], name=r[1]) for r in db.execute(
        """SELECT a.id, a.name,
                  (SELECT count(*) FROM touchpoints t WHERE t.account_id = a.id
                     AND t.deleted_at IS NULL)
                + (SELECT count(*) FROM contacts c WHERE c.account_id = a.id
                     AND c.deleted_at IS NULL), a.created_at
           FROM accounts a WHERE a.deleted_at IS NULL""")]
    contacts = [Candidate(r[0], f"{r[1]} ({r[5]})", r[3], r[4], name=r[1], email=r[2] or "",
                          account_id=r[6]) for r in db.execute(
        """SELECT c.id, c.name, c.email,
                  (SELECT count(*) FROM touchpoint_contacts tc WHERE tc.contact_id = c.id),
                  c.created_at, a.name, c.account_id
           FROM contacts c JOIN accounts a ON a.id = c.account_id
           WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL""")]
    return account_pairs(accounts) + contact_pairs(contacts)


def _table_of(db: Database, record_id: str) -> str | None:
    for table in ("accounts", "contacts"):
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL",
                      [record_id]).fetchone():
            return table
    return None


def _fill(db: Database, table: str, keep_id: str, drop_id: str, columns, now: str) -> None:
    """Empty fields of the kept record take the dropped record's values."""
    sets = ", ".join(f"[{c}] = coalesce(nullif(k.[{c}], ''), d.[{c}])" for c in columns)
    db.execute(
        f"UPDATE [{table}] AS k SET {sets}, updated_at = ? "
        f"FROM (SELECT * FROM [{table}] WHERE id = ?) AS d WHERE k.id = ?",
        [now, drop_id, keep_id])


def merge(db: Database, keep_id: str, drop_id: str) -> str:
    """Merge ``drop_id`` into ``keep_id`` (both accounts or both contacts); returns the table."""
    if keep_id == drop_id:
        raise MergeError("a record cannot be merged with itself")
    table = _table_of(db, keep_id)
    if table is None or _table_of(db, drop_id) != table:
        raise MergeError("both records must exist and be of the same kind "
                         "(two accounts or two contacts)")
    now = utc_now()
    with db.atomic():
        if table == "accounts":
            for child in ACCOUNT_CHILDREN:
                db.execute(f"UPDATE [{child}] SET account_id = ?, updated_at = ? "
                           "WHERE account_id = ?", [keep_id, now, drop_id])
            db.execute("UPDATE accounts SET parent_id = NULL WHERE id = ? AND parent_id = ?",
                       [keep_id, drop_id])
            db.execute("UPDATE accounts SET parent_id = ?, updated_at = ? WHERE parent_id = ?",
                       [keep_id, now, drop_id])
            if "attention_summary" in db.table_names():  # derived; the kept one is redone
                db.execute("DELETE FROM attention_summary WHERE account_id = ?", [drop_id])
            _fill(db, "accounts", keep_id, drop_id, ACCOUNT_FILL, now)
        else:
            # A meeting both were linked to keeps one link (the pair is unique).
            db.execute("DELETE FROM touchpoint_contacts WHERE contact_id = ? AND touchpoint_id "
                       "IN (SELECT touchpoint_id FROM touchpoint_contacts WHERE contact_id = ?)",
                       [drop_id, keep_id])
            for child in ("touchpoint_contacts", "measurements", "service_cases"):
                db.execute(f"UPDATE [{child}] SET contact_id = ?, updated_at = ? "
                           "WHERE contact_id = ?", [keep_id, now, drop_id])
            db.execute("UPDATE contacts AS k SET is_ambassador = max(coalesce(k.is_ambassador, 0),"
                       " (SELECT coalesce(is_ambassador, 0) FROM contacts WHERE id = ?)) "
                       "WHERE k.id = ?", [drop_id, keep_id])
            _fill(db, "contacts", keep_id, drop_id, CONTACT_FILL, now)
        db.execute(f"UPDATE [{table}] SET deleted_at = ?, updated_at = ? WHERE id = ?",
                   [now, now, drop_id])
        db.execute("INSERT OR REPLACE INTO settings (id, key, value, created_at, updated_at) "
                   "VALUES (coalesce((SELECT id FROM settings WHERE key = ?), ?), ?, ?, ?, ?)",
                   [f"{MERGED_PREFIX}{table}:{drop_id}", new_id(),
                    f"{MERGED_PREFIX}{table}:{drop_id}", keep_id, now, now])
    return table
