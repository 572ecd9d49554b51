"""Fixtures for the store tests: a file database with people in it, and ways to damage one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PAGE = 4096


def build_people_db(path: Path, people: int = 3000) -> Path:
    """A migrated file database with one account and ``people`` contacts, WAL folded in."""
    from relbeheer.core.domain import new_id, utc_now
    from relbeheer.store.database import open_database

    db = open_database(path)
    now = utc_now()
    with db.atomic():
        db["accounts"].insert({"id": "acc-1", "name": "Fietsen Jansen", "tier": "A",
                               "created_at": now, "updated_at": now})
        db["contacts"].insert_all(
            [{"id": new_id(), "account_id": "acc-1", "name": f"Persoon {i}", "notes": "x" * 200,
              "created_at": now, "updated_at": now} for i in range(people)]
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def people_db(db_path) -> Path:
    return build_people_db(db_path)


def damage_data_page(path: Path) -> None:
    """Scribble over a data page near the end: the file opens, ``quick_check`` fails."""
    data = bytearray(path.read_bytes())
    page = len(data) // PAGE - 3
    data[page * PAGE + 8:(page + 1) * PAGE] = b"\xff" * (PAGE - 8)
    path.write_bytes(bytes(data))


def damage_schema_page(path: Path) -> None:
    """Scribble over page 1 after the header: SQLite calls the file malformed on open."""
    data = bytearray(path.read_bytes())
    data[100:PAGE] = os.urandom(PAGE - 100)
    path.write_bytes(bytes(data))


@pytest.fixture
def damage():
    """``damage.data_page(path)`` / ``damage.schema_page(path)``."""
    from types import SimpleNamespace

    return SimpleNamespace(data_page=damage_data_page, schema_page=damage_schema_page)


@pytest.fixture
def people_db_builder():
    """``people_db_builder(path, people=3000)`` for a second database in one test."""
    return build_people_db
