"""Putting a backup back in place of the current database, without losing either.

The order matters, and each step can fail without harm:

1. the chosen file must start with the SQLite header (else ``NotADatabaseError``,
   the file untouched);
2. it is copied with ``VACUUM INTO`` next to the database (a consistent copy that
   includes the chosen file's own ``-wal``; the chosen file is only read);
3. the copy must pass ``PRAGMA integrity_check``, be a relbeheer database and
   not come from a newer app (``SchemaTooNewError``);
4. the current database is backed up (``before-restore``), or — when it is too
   damaged to copy — moved aside as ``NAME.corrupt-…``;
5. only then does the copy replace the database with one atomic rename.

The caller must have closed its own connection first: a connection left open
would keep writing into the file that was replaced.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from relbeheer.store import attention_contacts, attention_packs, damage
from relbeheer.store.backups import make_backup
from relbeheer.store.database import (
    MIGRATION_SET,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
    storage_error,
)
from relbeheer.store.schema import known_migration_names


class RestoreRefused(StoreError):
    """The chosen file cannot be restored; the current database was not touched."""


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None  # backup (or moved-aside file) of what was replaced
    previous_damaged: bool


def check_restorable(source: Path) -> None:
    """Refuse early what cannot be a relbeheer backup (cheap: the header only)."""
    if not source.is_file():
        raise FileNotFoundError(2, "file not found", str(source))
    if source.stat().st_size == 0 or not damage.has_sqlite_header(source):
        raise NotADatabaseError(source)


def _copy_checked(source: Path, copy: Path) -> None:
    conn = sqlite3.connect(str(source))
    try:
        conn.execute("VACUUM INTO ?", [str(copy)])
    except sqlite3.DatabaseError as exc:
        copy.unlink(missing_ok=True)
        if damage.is_corruption(exc):
            raise RestoreRefused(f"{source} is damaged ({exc}); nothing was restored.") from exc
        raise storage_error(exc, "restoring the backup") or exc
    finally:
        conn.close()
    check = sqlite3.connect(str(copy))
    try:
        problems = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()]
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied = []
        if "attention_state" in tables:
            # VACUUM INTO may renumber rowids: the caches' marks of rows already folded
            # in (store.attention_contacts, attention_packs) are void in the copy; the
            # next read rebuilds those caches
            marks = [attention_contacts.MARK, *(k.mark for k in attention_packs.KINDS)]
            check.execute(f"DELETE FROM attention_state WHERE key IN "
                          f"({', '.join('?' * len(marks))})", marks)
            check.commit()
        if "_sqlite_migrations" in tables:
            applied = [r[0] for r in check.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])]
    finally:
        check.close()
    if problems != ["ok"]:
        raise RestoreRefused(
            f"{source} fails the integrity check ({problems[0]}); nothing was restored."
        )
    if not applied:
        raise ForeignDatabaseError(source)
    unknown = [name for name in applied if name not in set(known_migration_names())]
    if unknown:
        raise SchemaTooNewError(source, unknown)


def _save_current(target: Path, backup_dir: Path, stem: str) -> tuple[Path | None, bool]:
    """Back up the database about to be replaced; move it aside when it is too damaged."""
    if not target.exists() or target.stat().st_size == 0:
        return None, False
    if damage.has_sqlite_header(target):
        db = Database(sqlite3.connect(str(target)))
        try:
            return make_backup(db, backup_dir, stem, "before-restore"), False
        except sqlite3.DatabaseError as exc:
            if not damage.is_corruption(exc):
                raise storage_error(exc, "backing up the current database") or exc
        finally:
            # Closing the last connection checkpoints the WAL and removes -wal/-shm.
            db.close()
    elif not damage.headerless_file_is_damaged_db(target, has_backups=any(backup_dir.glob("*.db"))):
        raise RestoreRefused(
            f"{target} is not a relbeheer database; it was left untouched and nothing was "
            "restored (check --db)."
        )
    return damage.move_aside(target), True


def restore_file(
    source: Path, target: Path, *, backup_dir: Path, stem: str
) -> RestoreResult:
    """Replace the database at ``target`` by a checked copy of ``source``."""
    source, target = Path(source), Path(target)
    check_restorable(source)
    if source.resolve() == target.resolve():
        raise RestoreRefused(f"{source} is the database itself; choose a backup.")
    target.parent.mkdir(parents=True, exist_ok=True)
    copy = target.with_name(f".{target.name}.restoring-{dt.datetime.now():%Y%m%d%H%M%S%f}")
    try:
        _copy_checked(source, copy)
        saved, damaged = _save_current(target, backup_dir, stem)
        for suffix in ("-wal", "-shm"):
            if Path(f"{target}{suffix}").exists():
                # Another program still has the database open; its log would be
                # replayed into the restored file.
                raise RestoreRefused(
                    f"{target} is still open in another program (its {suffix} file exists); "
                    "close relbeheer there and try again. Nothing was restored."
                )
        os.replace(copy, target)
    finally:
        copy.unlink(missing_ok=True)
    return RestoreResult(restored_from=source, previous_saved_as=saved, previous_damaged=damaged)
