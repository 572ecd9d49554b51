"""Filling and guarding the database: demo data, imports, checks and backups."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from relbeheer import paths
from relbeheer.store import maintenance
from relbeheer.store.importers.report import ImportReport

Progress = Callable[[int, int, str], None] | None


class DataService:
    def __init__(self, db: Database, path: Path | None):
        self._db = db
        self._path = path

    def demo(self, scale: str = "S", seed: int = 42, progress: Progress = None) -> ImportReport:
        from relbeheer.store.demo import generate_demo

        return self._timed(lambda: generate_demo(self._db, scale=scale, seed=seed, progress=progress))

    def import_maven(self, directory: Path, progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.maven import import_maven

        return self._timed(lambda: import_maven(self._db, Path(directory), progress=progress))

    def import_retail(self, file: Path, progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.retail import import_retail

        return self._timed(lambda: import_retail(self._db, Path(file), progress=progress))

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
