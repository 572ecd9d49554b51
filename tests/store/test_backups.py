"""Automatic backups: whole copies or none, listed newest first, thinned, daily once."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from relbeheer.core.backup_policy import backup_name
from relbeheer.store import backups
from relbeheer.store.backups import DamageFound, daily_backup, list_backups, make_backup, thin
from relbeheer.store.database import open_database


def count_contacts(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_a_whole_readable_copy(people_db, tmp_path):
    """make_backup writes a complete copy named for its reason."""
    db = open_database(people_db)
    target = make_backup(db, tmp_path / "b", "relbeheer", "before-import",
                         dt.datetime(2025, 3, 1, 9, 0))
    db.close()
    assert target.name == "relbeheer-before-import-20250301-090000-000000.db"
    assert count_contacts(target) == 3000
    assert [b.reason for b in list_backups(tmp_path / "b", "relbeheer")] == ["before-import"]


def test_a_failed_backup_leaves_no_file(people_db, tmp_path, monkeypatch):
    """If the copy cannot be completed, neither a .partial nor a whole-looking file stays."""
    db = open_database(people_db)

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        make_backup(db, tmp_path / "b", "relbeheer", "daily")
    db.close()
    assert list((tmp_path / "b").iterdir()) == []


def test_listing_ignores_foreign_and_partial_files(tmp_path):
    """Only this database's backup names count; a killed backup's .partial is not offered."""
    folder = tmp_path / "b"
    folder.mkdir()
    when = dt.datetime(2025, 3, 1, 9, 0)
    for name in (backup_name("relbeheer", "daily", when), backup_name("relbeheer", "", when),
                 backup_name("other", "daily", when),
                 backup_name("relbeheer", "daily", when) + ".partial", "notes.txt"):
        (folder / name).write_bytes(b"x")
    found = list_backups(folder, "relbeheer")
    assert sorted(b.reason for b in found) == ["", "daily"]


def test_thinning_deletes_only_automatic_backups_the_policy_drops(tmp_path):
    """A month of daily backups plus a manual one: dailies and weeklies stay, the manual one too."""
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2025, 3, 1, 9, 0)
    for day in range(31):
        (folder / backup_name("relbeheer", "daily", start + dt.timedelta(days=day))).write_bytes(b"x")
    (folder / backup_name("relbeheer", "", start)).write_bytes(b"mine")
    stale = folder / (backup_name("relbeheer", "daily", start) + ".partial")
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))

    removed = thin(folder, "relbeheer", now=dt.datetime(2025, 3, 31, 12, 0))

    left = list_backups(folder, "relbeheer")
    kept_days = sorted(b.created.day for b in left if b.automatic)
    # 7 daily (25–31); weekly: newest of ISO weeks 14, 13, 12, 11 (31, 30, 23, 16);
    # monthly: March (31)
    assert kept_days == [16, 23, 25, 26, 27, 28, 29, 30, 31]
    assert len(removed) == 31 - 9
    assert [b.reason for b in left if not b.automatic] == [""]
    assert not stale.exists()


def test_daily_backup_once_a_day(people_db, tmp_path):
    """The first open of a day copies the database; later ones that day do not."""
    db = open_database(people_db)
    folder = tmp_path / "b"
    morning = dt.datetime(2025, 3, 3, 8, 0)
    first = daily_backup(db, folder, "relbeheer", morning)
    again = daily_backup(db, folder, "relbeheer", morning + dt.timedelta(hours=9))
    tomorrow = daily_backup(db, folder, "relbeheer", morning + dt.timedelta(days=1))
    db.close()
    assert first is not None and again is None and tomorrow is not None
    assert len(list_backups(folder, "relbeheer")) == 2


def test_daily_backup_refuses_to_copy_damage(people_db, damage, tmp_path):
    """quick_check failing means no backup (a damaged copy would push good ones out)."""
    damage.data_page(people_db)
    db = open_database(people_db)
    with pytest.raises(DamageFound):
        daily_backup(db, tmp_path / "b", "relbeheer", dt.datetime(2025, 3, 3, 8, 0))
    db.close()
    assert backups.list_backups(tmp_path / "b", "relbeheer") == []
