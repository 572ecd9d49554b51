"""A full disk (PRAGMA max_page_count) during an import: a plain error, nothing lost."""

from __future__ import annotations

import sqlite3

import pytest

from relbeheer.services import Services, StorageError
from relbeheer.store.database import guard


@pytest.fixture
def filled(db_path):
    svc = Services.open(db_path)
    svc.data.demo("S")
    yield svc
    svc.close()


def test_import_into_a_full_disk_is_rolled_back(filled, retail_csv):
    """The import fails with 'the disk is full', earlier data intact, integrity ok."""
    before = filled.data.check()[1]
    pages = filled.db.execute("PRAGMA page_count").fetchone()[0]
    # Room for the backup's reads but only a few more pages for the import's writes.
    filled.db.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(StorageError) as info:
        filled.data.import_retail(retail_csv(20_000))
    assert info.value.kind == "full"
    assert "the disk is full" in str(info.value) and "Nothing was changed" in str(info.value)
    assert not filled.db.conn.in_transaction
    messages, after = filled.data.check()
    assert messages == ["ok"] and after == before


def test_a_database_usable_after_the_disk_frees_up(filled, retail_csv):
    """Once there is room again, the same import succeeds."""
    pages = filled.db.execute("PRAGMA page_count").fetchone()[0]
    filled.db.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(StorageError):
        filled.data.import_retail(retail_csv(5_000))
    filled.db.execute("PRAGMA max_page_count = 1073741823")
    report = filled.data.import_retail(retail_csv(5_000))
    assert report.added["purchases"] == 5_000


def test_guard_survives_sqlite_having_rolled_back_already(fresh_db):
    """When SQLite ended the transaction itself, guard does not mask the cause."""
    with pytest.raises(StorageError, match="disk is full"):
        with guard(fresh_db, "saving"):
            fresh_db.execute("BEGIN")
            fresh_db.execute("INSERT INTO settings (id, key, value, created_at, updated_at) "
                             "VALUES ('s', 'k', 'v', 'now', 'now')")
            fresh_db.conn.rollback()  # what SQLite does after some full-disk errors
            raise sqlite3.OperationalError("database or disk is full")
    assert fresh_db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_other_errors_pass_through_unchanged(fresh_db):
    """Only disk trouble is translated; a programming error stays what it is."""
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with guard(fresh_db):
            fresh_db.execute("SELECT * FROM nowhere")


def test_no_import_without_its_backup(filled, retail_csv, monkeypatch):
    """If the backup before an import cannot be written, the import does not start."""
    import os

    def no_space(*_args):
        raise OSError(28, "No space left on device")

    csv_file = retail_csv(1_000)
    monkeypatch.setattr(os, "replace", no_space)
    before = filled.data.check()[1]
    with pytest.raises(StorageError, match="backup before the import failed: the disk is full"):
        filled.data.import_retail(csv_file)
    assert filled.data.check()[1] == before
