"""A damaged database is moved aside (never deleted); a wrong file is left alone."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from relbeheer.store.damage import headerless_file_is_damaged_db, move_aside
from relbeheer.store.database import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NotADatabaseError,
    open_database,
)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_malformed_database_is_moved_aside(people_db, damage):
    """Header intact, schema page scribbled: renamed to NAME.corrupt-…, bytes kept."""
    damage.schema_page(people_db)
    digest = sha(people_db)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(people_db)
    moved = info.value.moved_to
    assert not people_db.exists()
    assert moved.name.startswith("relbeheer.db.corrupt-") and sha(moved) == digest
    assert str(moved) in str(info.value) and "nothing was deleted" in str(info.value)


def test_zeroed_header_of_a_db_file_is_moved_aside(people_db):
    """A .db file whose first page was zeroed by a crash is a damaged database."""
    data = bytearray(people_db.read_bytes())
    data[:4096] = bytes(4096)
    people_db.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(people_db)
    assert info.value.moved_to.exists() and not people_db.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.db", b"these are my notes, not a database"),  # text, even with .db
        ("report.docx", b"PK\x03\x04" + bytes(4092)),  # page-sized, but not a db extension
        ("secret.db", b"\x8a\x13" * 2048),  # page-sized .db, not zeros, never ours (encrypted?)
        ("letter.txt", bytes(8192)),  # zeros, but a text file's name
    ],
)
def test_wrong_files_are_refused_and_left_alone(tmp_path, name, content):
    """Anything that is not evidently a damaged database stays where and as it is."""
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as info:
        open_database(path)
    assert not isinstance(info.value, CorruptDatabaseError)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_headerless_db_with_backups_is_ours(tmp_path):
    """A page-sized headerless .db whose backups exist was ours: damaged, not foreign."""
    path = tmp_path / "crm.db"
    path.write_bytes(b"\x8a\x13" * 2048)
    assert not headerless_file_is_damaged_db(path, has_backups=False)
    assert headerless_file_is_damaged_db(path, has_backups=True)


def test_another_programs_database_is_refused_untouched(tmp_path):
    """An SQLite file without relbeheer's migrations is not migrated into."""
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    digest = sha(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)
    assert sha(path) == digest


def test_move_aside_never_overwrites_and_takes_the_wal_along(tmp_path):
    """Two damaged files in the same second get different names; -wal/-shm follow."""
    import datetime as dt

    when = dt.datetime(2025, 3, 1, 9, 30, 0)
    first = tmp_path / "crm.db"
    first.write_bytes(b"one")
    (tmp_path / "crm.db-wal").write_bytes(b"log")
    moved_first = move_aside(first, when)
    first.write_bytes(b"two")
    moved_second = move_aside(first, when)
    assert moved_first.name == "crm.db.corrupt-20250301-093000"
    assert moved_second.name == "crm.db.corrupt-20250301-093000-2"
    assert moved_first.read_bytes() == b"one" and moved_second.read_bytes() == b"two"
    assert (tmp_path / "crm.db.corrupt-20250301-093000-wal").read_bytes() == b"log"
    assert not (tmp_path / "crm.db-wal").exists()
