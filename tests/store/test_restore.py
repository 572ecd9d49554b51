"""Restoring a backup: checked first, the current file saved first, refusals change nothing."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from relbeheer.store.backups import list_backups
from relbeheer.store.database import (
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    open_database,
)
from relbeheer.store.restore import RestoreRefused, restore_file


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contacts(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def two_dbs(tmp_path, people_db_builder):
    """The current database (3000 people) and an older copy (10 people)."""
    current = people_db_builder(tmp_path / "crm.db", people=3000)
    older = people_db_builder(tmp_path / "older.db", people=10)
    return current, older


def test_restore_replaces_and_backs_up_the_current_file(two_dbs, tmp_path):
    """The current database becomes a before-restore backup; the chosen one takes its place."""
    current, older = two_dbs
    folder = tmp_path / "backups"
    result = restore_file(older, current, backup_dir=folder, stem="crm")
    assert contacts(current) == 10
    assert result.previous_saved_as is not None and contacts(result.previous_saved_as) == 3000
    assert [b.reason for b in list_backups(folder, "crm")] == ["before-restore"]
    assert contacts(older) == 10  # the chosen file is only read
    db = open_database(current)  # and the result opens as a relbeheer database
    db.close()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotADatabaseError),
        (b"name;e-mail\nAnna;anna@x.nl\n", NotADatabaseError),
    ],
)
def test_not_sqlite_is_refused(two_dbs, tmp_path, content, error):
    """A non-SQLite file is refused with the current database untouched."""
    current, _ = two_dbs
    digest = sha(current)
    bad = tmp_path / "backup.db"
    bad.write_bytes(content)
    with pytest.raises(error):
        restore_file(bad, current, backup_dir=tmp_path / "b", stem="crm")
    assert sha(current) == digest


def test_newer_schema_is_refused(two_dbs, tmp_path):
    """A backup written by a newer app is refused (it would be downgraded)."""
    current, older = two_dbs
    conn = sqlite3.connect(str(older))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('relbeheer', '9999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    digest = sha(current)
    with pytest.raises(SchemaTooNewError, match="newer version"):
        restore_file(older, current, backup_dir=tmp_path / "b", stem="crm")
    assert sha(current) == digest and not list((tmp_path).glob(".crm.db.restoring*"))


def test_foreign_sqlite_is_refused(two_dbs, tmp_path):
    """Another program's SQLite file is not a relbeheer backup."""
    current, _ = two_dbs
    other = tmp_path / "other.db"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        restore_file(other, current, backup_dir=tmp_path / "b", stem="crm")
    assert contacts(current) == 3000


def test_damaged_backup_is_refused(two_dbs, tmp_path, damage):
    """A backup that fails the integrity check is refused; nothing changes."""
    big, small = two_dbs
    damaged = tmp_path / "damaged.db"
    big.rename(damaged)  # the larger file has data pages to scribble on
    damage.data_page(damaged)
    digest = sha(small)
    with pytest.raises(RestoreRefused):
        restore_file(damaged, small, backup_dir=tmp_path / "b", stem="older")
    assert sha(small) == digest


def test_damaged_current_file_is_moved_aside(two_dbs, tmp_path, damage):
    """When the current database is too damaged to copy, it is moved aside instead."""
    current, older = two_dbs
    damage.schema_page(current)
    result = restore_file(older, current, backup_dir=tmp_path / "b", stem="crm")
    assert result.previous_damaged and result.previous_saved_as.name.startswith("crm.db.corrupt-")
    assert contacts(current) == 10


def test_open_elsewhere_is_refused(two_dbs, tmp_path):
    """A connection still open on the database (its -wal exists) stops the restore."""
    current, older = two_dbs
    other = sqlite3.connect(str(current))
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE contacts SET notes = 'busy'")
    try:
        with pytest.raises(RestoreRefused, match="still open"):
            restore_file(older, current, backup_dir=tmp_path / "b", stem="crm")
    finally:
        other.rollback()
        other.close()
    assert contacts(current) == 3000


def test_a_wrong_target_is_not_replaced(two_dbs, tmp_path):
    """Restoring 'into' a user's document (a wrong --db) is refused; the document stays."""
    _, older = two_dbs
    letter = tmp_path / "brief.txt"
    letter.write_text("Beste klant, …", encoding="utf-8")
    with pytest.raises(RestoreRefused, match="not a relbeheer database"):
        restore_file(older, letter, backup_dir=tmp_path / "b", stem="brief")
    assert letter.read_text(encoding="utf-8") == "Beste klant, …"
    assert not list(tmp_path.glob(".brief.txt.restoring*"))


def test_a_restored_copy_forgets_the_person_cache_mark(two_dbs, tmp_path):
    """VACUUM INTO may renumber rowids, so the mark of links already folded into
    attention_contacts is dropped from the copy: the next read rebuilds that cache."""
    from relbeheer.store import attention_contacts

    current, older = two_dbs
    db = open_database(older)
    attention_contacts.refresh(db)  # sets the mark
    assert db.execute("SELECT count(*) FROM attention_state WHERE key = ?",
                      [attention_contacts.MARK]).fetchone() == (1,)
    db.close()
    restore_file(older, current, backup_dir=tmp_path / "backups", stem="crm")
    db = open_database(current)
    assert db.execute("SELECT count(*) FROM attention_state WHERE key = ?",
                      [attention_contacts.MARK]).fetchone() == (0,)
    assert attention_contacts.refresh(db) == "rebuilt"
    db.close()
