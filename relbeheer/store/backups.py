"""Automatic backups: making them, listing them, thinning them.

Every automatic backup is a ``VACUUM INTO`` copy (consistent under WAL, written to
``.partial`` and renamed when whole) named by ``core/backup_policy.py``. After
each one the folder is thinned by that module's policy; backups the user asked
for are never thinned. A daily backup is only taken after ``PRAGMA quick_check``
passes, so that a damaged database never pushes a good copy out of the folder.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.backup_policy import (
    BackupFile,
    KeepPolicy,
    backup_name,
    backups_to_keep,
    daily_backup_due,
    parse_backup_name,
)
from relbeheer.store import damage
from relbeheer.store.database import StoreError, vacuum_into

# A ``.partial`` file older than this was left by a backup that was killed; one
# younger may be another process (the CLI beside the app) still writing.
STALE_PARTIAL_SECONDS = 3600


class DamageFound(StoreError):
    """``quick_check`` failed on the open database; the caller moves the file aside."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def list_backups(backup_dir: Path, stem: str) -> list[BackupFile]:
    """The backups of database ``stem`` in ``backup_dir``, newest first."""
    found = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.glob("*.db"):
        parsed = parse_backup_name(path.name, stem)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:  # thinned by another process a moment ago
            continue
        found.append(BackupFile(path=path, created=parsed[1], reason=parsed[0], size=size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_backup(backup_dir: Path, stem: str) -> BackupFile | None:
    backups = list_backups(backup_dir, stem)
    return backups[0] if backups else None


def make_backup(
    db: Database, backup_dir: Path, stem: str, reason: str, now: dt.datetime | None = None
) -> Path:
    """An automatic backup named for ``reason``, then thinning of the folder."""
    now = now or dt.datetime.now()
    target = vacuum_into(db, backup_dir / backup_name(stem, reason, now))
    thin(backup_dir, stem, now)
    return target


def thin(
    backup_dir: Path, stem: str, now: dt.datetime, policy: KeepPolicy = KeepPolicy()
) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns what went."""
    automatic = [b for b in list_backups(backup_dir, stem) if b.automatic]
    keep = backups_to_keep([b.created for b in automatic], now, policy)
    removed = []
    for backup in automatic:
        if backup.created not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    _clear_stale_partials(backup_dir)
    return removed


def _clear_stale_partials(backup_dir: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for partial in backup_dir.glob("*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def daily_backup(
    db: Database, backup_dir: Path, stem: str, now: dt.datetime | None = None
) -> Path | None:
    """Today's backup when none was made yet today; raises ``DamageFound`` instead of copying damage."""
    now = now or dt.datetime.now()
    newest = newest_backup(backup_dir, stem)
    if not daily_backup_due(newest.created if newest else None, now):
        return None
    try:
        problems = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise DamageFound(problems[0])
        return make_backup(db, backup_dir, stem, "daily", now)
    except sqlite3.DatabaseError as exc:
        if damage.is_corruption(exc):
            raise DamageFound(str(exc)) from exc
        raise
