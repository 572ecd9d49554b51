"""A form save on a full disk (PRAGMA max_page_count): the clear error imports give, nothing lost.

Every write of ``svc.records`` runs through ``store.database.guard`` like an import:
the record and its account's attention summary row roll back together, the
connection is left without an open transaction, and the database stays whole.
"""

from __future__ import annotations

import sqlite3

import pytest

from relbeheer.services import Services, StorageError
from relbeheer.store import records as store_records

LONG = "Lange notitie over de jaarafspraken. " * 500  # 18,000 characters: new pages


@pytest.fixture
def svc(db_path):
    services = Services.open(db_path)
    account = services.records.save_account({"name": "Fietsen Jansen", "tier": "A",
                                             "kind": "dealer"})
    services.records.save_contact({"account_id": account, "name": "Jan", "role": "user"})
    services.account_id = account
    yield services
    services.close()


def snapshot(svc) -> tuple:
    db = svc.db
    tables = ("accounts", "contacts", "touchpoints", "measurements", "service_cases",
              "attention_summary")
    present = set(db.table_names())
    return tuple(db.execute(f"SELECT * FROM [{t}] ORDER BY 1").fetchall()
                 for t in tables if t in present)


def disk_full(svc) -> None:
    pages = svc.db.execute("PRAGMA page_count").fetchone()[0]
    svc.db.execute(f"PRAGMA max_page_count = {pages + 1}")


SAVES = {
    "new contact": lambda r, a: r.save_contact({"account_id": a, "name": "Piet", "role": "user",
                                                "notes": LONG}),
    "edited account": lambda r, a: r.save_account({"notes": LONG}, a),
    "new touchpoint": lambda r, a: r.save_touchpoint({"account_id": a, "kind": "visit",
                                                      "date": "2025-03-04", "note": LONG}),
    "new case": lambda r, a: r.save_case({"account_id": a, "opened_on": "2025-03-04",
                                          "subject": "Levering", "note": LONG}),
}


@pytest.mark.parametrize("what", sorted(SAVES))
def test_a_save_on_a_full_disk_fails_clearly_and_changes_nothing(svc, what):
    before = snapshot(svc)
    disk_full(svc)
    with pytest.raises(StorageError) as info:
        SAVES[what](svc.records, svc.account_id)
    assert info.value.kind == "full"
    assert str(info.value).startswith("Saving the ") and "the disk is full" in str(info.value)
    assert "Nothing was changed" in str(info.value)
    assert not svc.db.conn.in_transaction
    assert snapshot(svc) == before
    assert svc.data.check()[0] == ["ok"]


def test_the_same_save_works_once_there_is_room(svc):
    disk_full(svc)
    with pytest.raises(StorageError):
        SAVES["new contact"](svc.records, svc.account_id)
    svc.db.execute("PRAGMA max_page_count = 1073741823")
    SAVES["new contact"](svc.records, svc.account_id)
    assert {c.name for c in svc.records.contacts(svc.account_id)} == {"Jan", "Piet"}


def test_a_delete_is_guarded_too(svc, monkeypatch):
    """SQLite may end the transaction itself (a full disk at commit): still the clear error."""
    before = snapshot(svc)
    [jan] = svc.records.contacts(svc.account_id)

    def full(db, table, record_id):
        db.execute("UPDATE contacts SET name = 'half' WHERE id = ?", [record_id])
        db.conn.rollback()  # what SQLite does after some full-disk errors
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_records, "soft_delete", full)
    with pytest.raises(StorageError, match="Deleting the record failed: the disk is full"):
        svc.records.delete("contacts", jan.id)
    assert not svc.db.conn.in_transaction and snapshot(svc) == before


def test_other_errors_are_not_dressed_up(svc, monkeypatch):
    """A programming error is not a full disk: it passes as it is (and rolls back)."""
    def broken(*_args):
        raise sqlite3.OperationalError("no such column: nonsense")

    monkeypatch.setattr(store_records, "insert", broken)
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        svc.records.save_contact({"account_id": svc.account_id, "name": "Piet", "role": "user"})
    assert not svc.db.conn.in_transaction


def test_a_failed_summary_refresh_takes_the_record_back_with_it(svc, monkeypatch):
    """The record and its attention summary row are one transaction: never half of it."""
    before = snapshot(svc)

    def full(_account_id):
        raise sqlite3.OperationalError("database or disk is full")

    svc.records._listeners[:] = [full]
    with pytest.raises(StorageError):
        svc.records.save_contact({"account_id": svc.account_id, "name": "Piet", "role": "user"})
    assert snapshot(svc) == before


def test_the_quick_log_is_guarded_itself(svc):
    """attention.log_touchpoint (Ctrl+T, the CLI) gets the same clear error on its own."""
    disk_full(svc)
    with pytest.raises(StorageError, match="Saving the touchpoint failed: the disk is full"):
        svc.attention.log_touchpoint(svc.account_id, "visit", note=LONG)
    assert not svc.db.conn.in_transaction
    assert svc.db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
