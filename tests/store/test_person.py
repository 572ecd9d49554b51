"""GDPR at the store: find one person, gather their data, erase them without a trace."""

from __future__ import annotations

import json

import pytest

from relbeheer.core.domain import new_id, utc_now
from relbeheer.store.database import open_database
from relbeheer.store.person import (
    AmbiguousContact,
    ContactNotFound,
    erase_person,
    find_contact,
    person_data,
)

NAME, EMAIL = "Wilhelmina Kortenhoeven", "w.kortenhoeven@tweewielers.nl"


@pytest.fixture
def db(db_path):
    db = open_database(db_path)
    now = utc_now()
    stamp = {"created_at": now, "updated_at": now}
    with db.atomic():
        db["accounts"].insert({"id": "acc-1", "name": "Van Dam Tweewielers", "tier": "A",
                               "notes": f"Bellen met {NAME} over de beurs", **stamp})
        db["contacts"].insert({"id": "c-1", "account_id": "acc-1", "name": NAME, "email": EMAIL,
                               "phone": "0612345678", "notes": "Houdt van racefietsen", **stamp})
        db["contacts"].insert({"id": "c-2", "account_id": "acc-1", "name": "Jan Smit", **stamp})
        db["contacts"].insert({"id": "c-3", "account_id": "acc-1", "name": "Oud Contact",
                               "deleted_at": now, "email": "oud@x.nl", **stamp})
        db["touchpoints"].insert({"id": "tp-1", "account_id": "acc-1", "date": "2025-03-01",
                                  "kind": "visit", "channel": "personal", "binding": "high", **stamp})
        for contact in ("c-1", "c-2"):
            db["touchpoint_contacts"].insert({"id": new_id(), "touchpoint_id": "tp-1",
                                              "contact_id": contact, **stamp})
        db["measurements"].insert({"id": "m-1", "account_id": "acc-1", "contact_id": "c-1",
                                   "date": "2025-03-02", "kind": "nps", "score": 9, **stamp})
        db["service_cases"].insert({"id": "sc-1", "account_id": "acc-1", "contact_id": "c-1",
                                    "opened_on": "2025-03-03", "subject": "Remmen", **stamp})
        db["attention_summary"].insert({
            "account_id": "acc-1", "as_of": "2025-03-04", "severity": "high", "computed_at": now,
            "next_action": json.dumps({"kind": "visit", "contact_id": "c-1", "contact": NAME})})
        db["attention_contacts"].insert({"contact_id": "c-1", "account_id": "acc-1",
                                         "last_personal": "2025-03-01"})
    yield db
    db.close()


@pytest.mark.parametrize("query", ["c-1", EMAIL.upper(), f"  {NAME.lower()} ", "wilhelmina  kortenhoeven"])
def test_find_by_id_email_or_exact_name(db, query):
    """Id, e-mail (any case) and exact name (any case, spacing) all find the person."""
    assert find_contact(db, query)["id"] == "c-1"


def test_find_includes_soft_deleted_people(db):
    """A soft-deleted contact is still in the file, so it can still be exported or erased."""
    assert find_contact(db, "oud@x.nl")["id"] == "c-3"


def test_not_found_and_ambiguous(db):
    """No match and two matches are plain errors; the ambiguous one lists the ids."""
    with pytest.raises(ContactNotFound):
        find_contact(db, "Wilhelmina")
    db["contacts"].insert({"id": "c-4", "account_id": "acc-1", "name": "Jan Smit",
                           "created_at": "x", "updated_at": "x"})
    with pytest.raises(AmbiguousContact, match="c-2 .*c-4"):
        find_contact(db, "jan smit")


def test_person_data_has_everything_about_them(db):
    """Contact, account, touchpoints, measurements, cases, caches and mentions."""
    data = person_data(db, "c-1")
    assert data["contact"]["phone"] == "0612345678"
    assert data["account"] == {"id": "acc-1", "name": "Van Dam Tweewielers"}
    assert [t["id"] for t in data["touchpoints"]] == ["tp-1"]
    assert [m["id"] for m in data["measurements"]] == ["m-1"]
    assert [c["subject"] for c in data["service_cases"]] == ["Remmen"]
    assert list(data["other"]) == ["attention_contacts"]
    assert [(m["table"], m["column"]) for m in data["mentions"]] == [("accounts", "notes")]


def test_erase_removes_links_keeps_account_facts(db):
    """Links go, the touchpoint and the score stay with the account, the note is reported."""
    report = erase_person(db, "c-1")
    assert report.deleted == {"touchpoint_contacts": 1, "attention_contacts": 1,
                              "attention_contacts_dirty": 1,  # marked by a trigger, then removed
                              "attention_summary": 1, "contacts": 1}
    assert report.unlinked == {"measurements": 1, "service_cases": 1}
    assert [(m.table, m.row_id) for m in report.mentions] == [("accounts", "acc-1")]
    assert db.execute("SELECT contact_id FROM touchpoint_contacts").fetchall() == [("c-2",)]
    assert db.execute("SELECT account_id, contact_id, score FROM measurements").fetchall() == [
        ("acc-1", None, 9.0)]
    assert db.execute("SELECT count(*) FROM touchpoints").fetchone()[0] == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM attention_contacts_dirty WHERE contact_id = 'c-1'").fetchone()[0] == 0


def test_erase_scrubs_file_wal_and_full_text_index(db, db_path):
    """After the erase the bytes of the file (and WAL) hold no e-mail or phone, nor the FTS."""
    db["contacts"].enable_fts(["name", "email", "notes"], create_triggers=True)
    db.execute("UPDATE accounts SET notes = 'geen namen'")  # so the name may vanish too
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert EMAIL.encode() in db_path.read_bytes()
    erase_person(db, "c-1")
    wal = db_path.with_name(db_path.name + "-wal")
    blob = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in (NAME, EMAIL, "0612345678", "racefietsen"):
        assert secret.encode() not in blob, secret
    assert db.execute("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'racefietsen'").fetchone()[0] == 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_erase_drops_the_person_cache_mark_after_its_vacuum(db):
    """VACUUM may renumber the links' rowids: the next read rebuilds attention_contacts."""
    from relbeheer.store import attention_contacts

    attention_contacts.refresh(db)
    erase_person(db, "c-1")
    assert attention_contacts.refresh(db) == "rebuilt"
