"""Safety work that happens around the open database rather than inside it.

Restoring a backup (the database is closed while its file is replaced), whether
the desktop app holds a database, and whether the file lives somewhere that
loses SQLite data (a synced folder or a network share). The rules themselves are
pure (``core/storage_location.py``); this module asks the operating system.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from relbeheer import paths
from relbeheer.core.backup_policy import BackupFile
from relbeheer.core.storage_location import LocationWarning, storage_warning
from relbeheer.store import backups
from relbeheer.store.restore import RestoreResult, restore_file


def lock_file_for(db_path: Path) -> Path:
    """Where the desktop app's QLockFile for ``db_path`` lives (next to the database)."""
    return Path(f"{db_path}.lock")


def app_lock_holder(db_path: Path) -> int | None:
    """The process id of a running app that holds ``db_path``, else None.

    Reads QLockFile's format (pid, app name, host name on the first lines) so the
    CLI can refuse to replace a database under an open window without Qt. A lock
    of a process that no longer runs (a crash) does not count.
    """
    try:
        lines = lock_file_for(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # held on another machine (a shared folder): assume it is alive
    return pid if _process_alive(pid) else None


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def list_backups(db_path: Path | None) -> list[BackupFile]:
    """Backups of the database at ``db_path``, newest first ([] for an in-memory one)."""
    if db_path is None:
        return []
    return backups.list_backups(paths.backup_dir_for(db_path), db_path.stem)


def newest_backup(db_path: Path) -> Path | None:
    found = backups.newest_backup(paths.backup_dir_for(db_path), db_path.stem)
    return found.path if found else None


def restore_database(db_path: Path, source: Path) -> RestoreResult:
    """Replace the (closed) database at ``db_path`` by a checked copy of ``source``."""
    return restore_file(
        Path(source), db_path, backup_dir=paths.backup_dir_for(db_path), stem=db_path.stem
    )


def _linux_fs_type(path: Path) -> str | None:
    """The file system type of the mount holding ``path``, from /proc/self/mounts."""
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path.resolve()))[0]
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def location_warning(db_path: Path | None) -> LocationWarning | None:
    """A warning when the database sits in a synced folder or on a network share."""
    if db_path is None:
        return None
    fs_type = _linux_fs_type(db_path.parent) if sys.platform.startswith("linux") else None
    remote = _windows_remote_drive(db_path) if sys.platform == "win32" else False
    return storage_warning(str(db_path.resolve()), fs_type=fs_type, remote_drive=remote)


def describe_location(warning: LocationWarning, db_path: Path | None) -> str:
    """The warning in plain English (the CLI's words; the app has its own in Dutch)."""
    if warning.kind == "sync":
        return (f"{db_path} is in a {warning.detail} folder; sync clients can damage or roll back "
                "a database while it is open. Keep it on a local disk (backups may go anywhere).")
    return (f"{db_path} is on a network share ({warning.detail}); file locking there is not "
            "reliable enough for SQLite. Keep the database on a local disk.")
