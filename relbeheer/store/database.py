"""Opening the user's database safely: pragmas, migrations, refusal of what we can't read.

The database is years of relationship memory (DESIGN.md §6). Opening it must never
damage it: a file that is not SQLite is refused (not overwritten), a database
written by a newer version of the app is refused (not downgraded), and a copy is
taken with ``VACUUM INTO`` before any pending migration touches it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relbeheer.store.schema import known_migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A problem with the database the user should read about, in plain words."""


class NotADatabaseError(StoreError):
    def __init__(self, path: Path):
        super().__init__(
            f"{path} is not a relbeheer database (not an SQLite file); it was left untouched."
        )
        self.path = path


class SchemaTooNewError(StoreError):
    def __init__(self, path: Path, unknown: list[str]):
        super().__init__(
            f"{path} was written by a newer version of relbeheer "
            f"(unknown migrations: {', '.join(unknown)}); update the app to open it. "
            "The file was left untouched."
        )
        self.path = path
        self.unknown = unknown


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)


def connect(path: Path | str) -> Database:
    """A sqlite-utils Database with the pragmas every connection needs.

    ``check_same_thread=False`` because the UI runs database work on one background
    worker thread while the connection is created on the main thread; the app never
    uses one connection from two threads at once.
    """
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def vacuum_into(db: Database, target: Path) -> Path:
    """A consistent copy of a live database (works under WAL, unlike a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    db.conn.execute("VACUUM INTO ?", [str(target)])
    return target


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def unknown_migrations(db: Database) -> list[str]:
    known = set(known_migration_names())
    return [m.name for m in migrations.applied(db) if m.name not in known]


def migrate(db: Database, *, path: Path | None, backup_dir: Path | None) -> Path | None:
    """Apply pending migrations; back up first when the database already held data.

    Returns the backup file made, if any.
    """
    unknown = unknown_migrations(db)
    if unknown:
        raise SchemaTooNewError(path or Path(":memory:"), unknown)
    pending = pending_migrations(db)
    if not pending:
        return None
    backup = None
    has_content = bool(db.table_names())
    if has_content and path is not None and backup_dir is not None:
        backup = vacuum_into(db, backup_dir / f"{path.stem}-before-{pending[0]}-{timestamp()}.db")
    migrations.apply(db)
    return backup


def open_database(path: Path | str, *, backup_dir: Path | None = None) -> Database:
    """Open (or create) a database, refuse foreign or newer files, migrate it."""
    if str(path) == ":memory:":
        db = connect(":memory:")
        migrate(db, path=None, backup_dir=None)
        return db
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_is_sqlite(path)
    try:
        db = connect(path)
        migrate(db, path=path, backup_dir=backup_dir)
    except sqlite3.DatabaseError as exc:
        if "file is not a database" in str(exc) or "malformed" in str(exc):
            raise NotADatabaseError(path) from exc
        raise
    return db
