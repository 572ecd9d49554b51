"""Filling and guarding the database: demo data, imports, checks and backups.

Every import goes through ``_import``: an automatic backup first
(``_backup_before("import")``), then the work inside ``guard`` so that a full
disk or an I/O error rolls back and becomes a plain message. New import methods
(CSV, vCard, iCalendar …) call ``self._import(lambda: ..., what)`` — or, when
they cannot, ``self._backup_before("import")`` and ``with guard(self._db, what):``
themselves — so that no import runs without a copy to go back to.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from relbeheer import paths
from relbeheer.core.backup_policy import BackupFile
from relbeheer.store import backups, maintenance
from relbeheer.store.database import StorageError, connect, guard, storage_error
from relbeheer.store.importers.report import ImportReport

Progress = Callable[[int, int, str], None] | None


class DataService:
    def __init__(self, db: Database, path: Path | None):
        self._db = db
        self._path = path
        self.last_backup_error: StorageError | None = None  # why today's backup failed

    def demo(self, scale: str = "S", seed: int = 42, progress: Progress = None) -> ImportReport:
        from relbeheer.store.demo import generate_demo

        # Demo data only goes into an empty database: nothing to back up first.
        with guard(self._db, "the demo data"):
            return self._timed(
                lambda: generate_demo(self._db, scale=scale, seed=seed, progress=progress)
            )

    def import_maven(self, directory: Path, progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.maven import import_maven

        return self._import(lambda: import_maven(self._db, Path(directory), progress=progress))

    def import_retail(self, file: Path, progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.retail import import_retail

        return self._import(lambda: import_retail(self._db, Path(file), progress=progress))

    def _import(self, work: Callable[[], ImportReport], what: str = "the import") -> ImportReport:
        """The one way an import runs: backup first, then the work guarded against disk trouble."""
        self._backup_before("import")
        with guard(self._db, what):
            return self._timed(work)

    def _backup_before(self, what: str) -> Path | None:
        """An automatic backup named ``before-WHAT`` (thinned with the others).

        If the copy cannot be written (full disk) the work is refused: an import
        without a way back is exactly what the backups are for. In-memory
        databases (tests) have nothing to back up.
        """
        if self._path is None:
            return None
        try:
            return backups.make_backup(self._db, self._backup_dir(), self._path.stem,
                                       f"before-{what}")
        except (sqlite3.Error, OSError) as exc:
            translated = storage_error(exc, f"the backup before the {what}")
            if translated is None:
                raise
            raise translated from exc

    def daily_backup(self, *, own_connection: bool = False) -> Path | None:
        """Today's automatic backup if none was made today (``DamageFound`` if damaged).

        ``own_connection`` reads through a second connection, so the app can take
        the backup on a thread of its own while the window works on (WAL lets
        readers and the writer pass each other). A full disk does not stop the
        app: the error is kept in ``last_backup_error`` for the caller to show,
        and the next start tries again.
        """
        self.last_backup_error = None
        if self._path is None:
            return None
        db = connect(self._path) if own_connection else self._db
        try:
            if maintenance.is_empty(db):
                return None  # a new, empty database: nothing worth a copy yet
            return backups.daily_backup(db, self._backup_dir(), self._path.stem)
        except (sqlite3.Error, OSError) as exc:
            translated = storage_error(exc, "the daily backup")
            if translated is None or translated.kind == "damaged":
                raise
            self.last_backup_error = translated
            return None
        finally:
            if own_connection:
                db.close()

    def backups(self) -> list[BackupFile]:
        """Backups of this database, newest first, for the restore list."""
        if self._path is None:
            return []
        return backups.list_backups(self._backup_dir(), self._path.stem)

    def _backup_dir(self) -> Path:
        return paths.backup_dir_for(self._path or Path("memory.db"))

    def check(self) -> tuple[list[str], dict[str, int]]:
        return maintenance.integrity(self._db), maintenance.table_counts(self._db)

    def backup(self, target: Path | None = None) -> Path:
        stem = self._path.stem if self._path else "memory"
        default_dir = paths.backup_dir_for(self._path or Path("memory.db"))
        return maintenance.backup(self._db, target, default_dir=default_dir, stem=stem)

    @staticmethod
    def _timed(work: Callable[[], ImportReport]) -> ImportReport:
        start = time.perf_counter()
        report = work()
        report.seconds = time.perf_counter() - start
        return report
