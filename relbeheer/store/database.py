"""Opening the user's database safely: pragmas, migrations, refusal of what we can't read.

The database is years of relationship memory (DESIGN.md §6). Opening it must never
damage it: a file that is not SQLite is refused (not overwritten), a database
written by a newer version of the app is refused (not downgraded), and a copy is
taken with ``VACUUM INTO`` before any pending migration touches it. A damaged
database is moved aside (never deleted) by the rule in ``store/damage.py``, and a
full disk or an I/O error becomes a plain message after the transaction is rolled
back (``guard``).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from relbeheer.store import damage
from relbeheer.store.schema import known_migration_names, migrations

MIGRATION_SET = "relbeheer"
SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY = 13, 10, 8


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


class ForeignDatabaseError(NotADatabaseError):
    def __init__(self, path: Path):
        StoreError.__init__(
            self,
            f"{path} is an SQLite database of another program, not of relbeheer; "
            "it was left untouched.",
        )
        self.path = path


class CorruptDatabaseError(StoreError):
    """A damaged database, already moved aside; ``newest_backup`` is filled in by the caller."""

    def __init__(self, path: Path, moved_to: Path, detail: str, newest_backup: Path | None = None):
        self.path, self.moved_to, self.detail = path, moved_to, detail
        self.newest_backup = newest_backup
        super().__init__(self._message())

    def with_backup(self, backup: Path | None) -> "CorruptDatabaseError":
        return CorruptDatabaseError(self.path, self.moved_to, self.detail, backup)

    def _message(self) -> str:
        text = (f"{self.path} is damaged ({self.detail}); it was moved to {self.moved_to} "
                "and nothing was deleted.")
        if self.newest_backup is None:
            return text + " No backup was found; the next start begins with an empty database."
        return (f"{text} Newest backup: {self.newest_backup}; restore it with: "
                f'relbeheer --db "{self.path}" restore "{self.newest_backup}"')


class StorageError(StoreError):
    """The disk is full, failed, or is read-only; the change was rolled back."""

    def __init__(self, kind: str, what: str, detail: str):
        self.kind, self.what, self.detail = kind, what, detail
        reasons = {
            "full": "the disk is full",
            "io": f"the disk could not be read or written ({detail})",
            "readonly": "the database file cannot be written (read-only)",
            "damaged": f"the database is damaged ({detail}); restore a backup "
                       "(File > Restore from backup…, or relbeheer restore FILE)",
        }
        super().__init__(
            f"{what[:1].upper()}{what[1:]} failed: {reasons[kind]}. Nothing was changed."
        )


def storage_error(exc: BaseException, what: str = "the change") -> StorageError | None:
    """The plain-words error for a full disk, an I/O error, a read-only or damaged file."""
    code = damage.error_code(exc)
    text = str(exc)
    if code == SQLITE_FULL or "disk is full" in text:
        return StorageError("full", what, text)
    if code == SQLITE_IOERR or "disk I/O error" in text:
        return StorageError("io", what, text)
    if code == SQLITE_READONLY or "readonly database" in text:
        return StorageError("readonly", what, text)
    if damage.is_corruption(exc):
        return StorageError("damaged", what, text)
    if isinstance(exc, OSError) and exc.errno in (28, 122):  # ENOSPC, EDQUOT
        return StorageError("full", what, str(exc.strerror))
    return None


@contextmanager
def guard(db: Database, what: str = "the change") -> Iterator[Database]:
    """Roll back and explain when the disk fails under a write.

    SQLite rolls the whole transaction back by itself after some errors (a full
    disk during a commit, an I/O error); rolling back again would raise "no
    transaction is active" and hide the real cause, hence ``in_transaction``.
    """
    try:
        yield db
    except (sqlite3.Error, OSError) as exc:
        if db.conn.in_transaction:
            db.conn.rollback()
        translated = storage_error(exc, what)
        if translated is not None:
            raise translated from exc
        raise


@contextmanager
def dry_run(db: Database) -> Iterator[Database]:
    """Work that must leave the database as it was (an import's preview).

    Runs inside a transaction (or a savepoint, when one is open already) that is
    always rolled back: the reads see one consistent state, and whatever might
    write by mistake is undone rather than trusted to be absent.
    """
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT relbeheer_dry_run")
        try:
            yield db
        finally:
            if conn.in_transaction:  # an error may have ended the transaction already
                conn.execute("ROLLBACK TO SAVEPOINT relbeheer_dry_run")
                conn.execute("RELEASE SAVEPOINT relbeheer_dry_run")
        return
    conn.execute("BEGIN")
    try:
        yield db
    finally:
        if conn.in_transaction:
            conn.rollback()


def _check_is_sqlite(path: Path, backup_dir: Path | None) -> None:
    """Refuse a file that is not SQLite; move it aside first when it is a damaged database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if damage.has_sqlite_header(path):
        return
    ours = backup_dir is not None and any(backup_dir.glob("*.db"))
    if damage.headerless_file_is_damaged_db(path, has_backups=ours):
        raise CorruptDatabaseError(path, damage.move_aside(path), "the SQLite header is gone")
    raise NotADatabaseError(path)


def _inspect(path: Path) -> None:
    """Read the file before anything writes to it (switching to WAL writes the header).

    Raises ``CorruptDatabaseError`` (after moving it aside) for a damaged database
    and ``ForeignDatabaseError`` for another program's database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    conn = sqlite3.connect(str(path))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        ours = "_sqlite_migrations" in tables and conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        if damage.is_corruption(exc):
            raise CorruptDatabaseError(path, damage.move_aside(path), str(exc)) from exc
        raise
    conn.close()
    if tables - {"_sqlite_migrations"} and not ours:
        raise ForeignDatabaseError(path)


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
    """A consistent copy of a live database (works under WAL, unlike a file copy).

    Written to ``TARGET.partial`` and renamed when complete, so a crash or a full
    disk never leaves a half backup under a name that looks whole.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()
    try:
        db.conn.execute("VACUUM INTO ?", [str(partial)])
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
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
    """Open (or create) a database, refuse foreign or newer files, migrate it.

    ``backup_dir`` receives the copy made before migrations; that it already holds
    backups also tells ``store/damage.py`` that a headerless file was ours.
    """
    if str(path) == ":memory:":
        db = connect(":memory:")
        migrate(db, path=None, backup_dir=None)
        return db
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_is_sqlite(path, backup_dir)
    _inspect(path)
    db = connect(path)
    try:
        migrate(db, path=path, backup_dir=backup_dir)
    except sqlite3.DatabaseError as exc:
        db.close()
        if damage.is_corruption(exc):
            raise CorruptDatabaseError(path, damage.move_aside(path), str(exc)) from exc
        translated = storage_error(exc, "opening the database")
        if translated is not None:
            raise translated from exc
        raise
    except BaseException:
        db.close()
        raise
    return db
