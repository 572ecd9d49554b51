"""Named migrations: fresh databases, upgrades with a backup first, refusal of the unknown."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlite_utils import Database

from relbeheer.store.database import (
    NotADatabaseError,
    SchemaTooNewError,
    open_database,
)
from relbeheer.store.schema import known_migration_names, migrations


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_has_every_migration_applied(fresh_db):
    """A new database gets every named migration, recorded by name."""
    applied = [m.name for m in migrations.applied(fresh_db)]
    assert applied == known_migration_names()
    assert migrations.pending(fresh_db) == []


@pytest.mark.parametrize(
    "table", ["owners", "accounts", "contacts", "touchpoints", "touchpoint_contacts",
              "products", "purchases", "measurements", "service_cases", "offers", "settings"],
)
def test_every_table_has_uuid_and_timestamps(fresh_db, table):
    """Each row can be merged across laptops: text id primary key plus the three stamps."""
    cols = fresh_db[table].columns_dict
    assert fresh_db[table].pks == ["id"]
    assert cols["id"] is str
    for stamp in ("created_at", "updated_at", "deleted_at"):
        assert stamp in cols


def test_pragmas_on_file_database(db_path):
    """WAL, synchronous=NORMAL and foreign keys on every connection."""
    db = open_database(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_indexes_for_attention_and_account_page(fresh_db):
    """touchpoints(account_id, date) and contacts(account_id) are indexed."""
    tp = [tuple(i.columns) for i in fresh_db["touchpoints"].indexes]
    ct = [tuple(i.columns) for i in fresh_db["contacts"].indexes]
    assert ("account_id", "date") in [c[:2] for c in tp]
    assert any(c[0] == "account_id" for c in ct)


def test_upgrade_from_previous_migration_backs_up_first(db_path, tmp_path):
    """A database one migration behind is copied before the last migration runs."""
    names = known_migration_names()
    db = Database(sqlite3.connect(str(db_path)))
    migrations.apply(db, stop_before=names[-1])
    db.close()
    backups = tmp_path / "backups"

    upgraded = open_database(db_path, backup_dir=backups)

    assert [m.name for m in migrations.applied(upgraded)] == names
    copies = list(backups.glob("*.db"))
    assert len(copies) == 1
    assert names[-1] in copies[0].name
    before = Database(sqlite3.connect(str(copies[0])))
    assert names[-1] not in [m.name for m in migrations.applied(before)]
    upgraded.close()


def test_no_backup_when_nothing_is_pending(db_path, tmp_path):
    """Opening an up-to-date database makes no copy."""
    backups = tmp_path / "b"
    backups.mkdir()
    open_database(db_path, backup_dir=backups).close()
    open_database(db_path, backup_dir=backups).close()
    assert list(backups.glob("*.db")) == []


def test_newer_schema_is_refused_and_left_untouched(db_path):
    """A migration name this app does not know means a newer app wrote the file."""
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "relbeheer", "name": "9999_from_the_future", "applied_at": "2030-01-01"}
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    digest = sha(db_path)

    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    assert sha(db_path) == digest


def test_garbage_file_is_refused_not_overwritten(db_path):
    """A file that is not SQLite is reported and never written to."""
    db_path.write_bytes(b"\x00\x01garbage" * 1000)
    digest = sha(db_path)
    with pytest.raises(NotADatabaseError):
        open_database(db_path)
    assert sha(db_path) == digest
