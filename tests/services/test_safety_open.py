"""Opening through Services: the daily backup, damage found on open, restore in place, warnings."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from relbeheer import paths
from relbeheer.core.backup_policy import backup_name
from relbeheer.core.domain import utc_now
from relbeheer.services import CorruptDatabaseError, Services, StoreError


def add_account(svc, name="Fietsen Jansen", account_id="acc-1"):
    now = utc_now()
    svc.db["accounts"].insert({"id": account_id, "name": name, "tier": "A",
                               "created_at": now, "updated_at": now})


def test_daily_backup_on_the_first_open_of_the_day(db_path):
    """An empty new database gets none; one with data gets one per day, listed for restore."""
    svc = Services.open(db_path)
    assert svc.data.backups() == []
    add_account(svc)
    svc.close()
    svc = Services.open(db_path)
    svc.close()
    svc = Services.open(db_path)
    assert [b.reason for b in svc.data.backups()] == ["daily"]
    svc.close()


def test_import_makes_a_backup_first(db_path, retail_csv):
    """Every import is preceded by a before-import backup of the state it started from."""
    svc = Services.open(db_path, daily_backup=False)
    add_account(svc)
    svc.data.import_retail(retail_csv(200))
    assert [b.reason for b in svc.data.backups()] == ["before-import"]
    svc.close()


def test_damage_found_by_the_daily_check_moves_the_file_aside(db_path):
    """quick_check failing at the daily backup: moved aside, newest backup named."""
    svc = Services.open(db_path)
    add_account(svc)
    now = utc_now()
    with svc.db.atomic():
        svc.db["contacts"].insert_all(
            [{"id": f"c{i}", "account_id": "acc-1", "name": f"P {i}", "notes": "x" * 300,
              "created_at": now, "updated_at": now} for i in range(2000)])
    made = svc.data.backup()  # a manual backup from before the damage, dated yesterday
    backup = made.with_name(backup_name(db_path.stem, "", dt.datetime.now() - dt.timedelta(days=1)))
    made.rename(backup)
    svc.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    svc.close()
    data = bytearray(db_path.read_bytes())
    page = len(data) // 4096 - 3
    data[page * 4096 + 8:(page + 1) * 4096] = b"\xff" * 4088
    db_path.write_bytes(bytes(data))

    with pytest.raises(CorruptDatabaseError) as info:
        Services.open(db_path)
    error = info.value
    assert not db_path.exists() and error.moved_to.exists()
    assert error.newest_backup == backup and "restore" in str(error)


def test_restore_in_place_reopens_the_restored_database(db_path):
    """Services.restore swaps the file and every manager sees the restored data."""
    svc = Services.open(db_path)
    add_account(svc, "Eerste")
    copy = svc.data.backup()
    add_account(svc, "Tweede", "acc-2")
    result = svc.restore(copy)
    assert [a.name for a in svc.accounts.list()] == ["Eerste"]
    assert result.previous_saved_as is not None
    assert {b.reason for b in svc.data.backups()} >= {"", "before-restore"}
    svc.close()


def test_refused_restore_leaves_the_database_open_and_unchanged(db_path, tmp_path):
    """A bad file: refused, and the services keep working on the same data."""
    svc = Services.open(db_path)
    add_account(svc)
    bad = tmp_path / "x.db"
    bad.write_text("geen database")
    with pytest.raises(StoreError):
        svc.restore(bad)
    assert [a.name for a in svc.accounts.list()] == ["Fietsen Jansen"]
    svc.close()


def test_backup_folders_are_per_database(tmp_path):
    """Two relbeheer.db files in different folders never share backups."""
    first = paths.backup_dir_for(tmp_path / "a" / "relbeheer.db")
    second = paths.backup_dir_for(tmp_path / "b" / "relbeheer.db")
    default = paths.backup_dir_for(paths.default_db_path())
    assert first != second and default.name == "relbeheer"


@pytest.mark.parametrize(("folder", "kind"), [("OneDrive - Fietsen BV", "sync"), ("Documenten", None)])
def test_location_warning(tmp_path, folder, kind):
    """A database under a OneDrive folder is flagged; an ordinary folder is not."""
    svc = Services.open(tmp_path / folder / "crm.db")
    warning = svc.location_warning()
    svc.close()
    assert (warning.kind if warning else None) == kind


def test_app_lock_holder_reads_a_qlockfile(db_path):
    """The CLI sees a live app's lock, and ignores a crashed one's."""
    import socket

    from relbeheer.services.safety import app_lock_holder, lock_file_for

    assert app_lock_holder(db_path) is None
    lock_file_for(db_path).write_text(f"{os.getpid()}\nrelbeheer\n{socket.gethostname()}\n")
    assert app_lock_holder(db_path) == os.getpid()
    lock_file_for(db_path).write_text(f"999999999\nrelbeheer\n{socket.gethostname()}\n")
    assert app_lock_holder(db_path) is None
