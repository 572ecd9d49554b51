"""Data in and data out: CSV / vCard / iCalendar imports, duplicates, exports.

What the import wizard, the export dialog and the CLI call (``svc.exchange``).
Every import is one transaction and returns an ``ImportReport`` (added, updated,
skipped with reasons, notes); bad input raises ``ImportFileError`` naming file
and line, with nothing written. ``progress(done, total, what)`` is called now
and then; raising from it (the UI's Cancel) rolls the whole import back.

Imports run through ``DataService._import`` — the one way an import runs there:
an automatic backup first, then the work guarded so a full disk rolls back and
becomes a plain message. Merges are guarded the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.exchange.csvformat import CsvPreview
from relbeheer.core.exchange.duplicates import DuplicatePair
from relbeheer.services import exchange_preview
from relbeheer.services.data import DataService
from relbeheer.services.exchange_preview import FilePreview
from relbeheer.store import duplicates, exports
from relbeheer.store.database import guard
from relbeheer.store.importers.report import ImportFileError, ImportReport

Progress = Callable[[int, int, str], None] | None
IMPORT_KINDS = ("accounts", "contacts", "touchpoints", "purchases")
EXPORT_KINDS = exports.EXPORT_KINDS

__all__ = ["ExchangeService", "FilePreview", "ImportFileError", "ImportReport", "IMPORT_KINDS", "EXPORT_KINDS"]


class ExchangeService:
    def __init__(self, db: Database, data: DataService):
        self._db = db
        self._data = data

    # --- imports ------------------------------------------------------------------
    def preview_csv(self, path: Path, kind: str, *, encoding: str | None = None,
                    delimiter: str | None = None, date_format: str | None = None,
                    decimal: str | None = None, rows: int = 20) -> CsvPreview:
        """The detected format, header, first rows and auto-mapping; nothing is written."""
        from relbeheer.store.importers.csvsource import preview

        return preview(Path(path), kind, rows=rows, encoding=encoding, delimiter=delimiter,
                       date_format=date_format, decimal=decimal)

    def import_csv(self, path: Path, kind: str, *, encoding: str | None = None,
                   delimiter: str | None = None, date_format: str | None = None,
                   decimal: str | None = None, mapping: list[str | None] | None = None,
                   lang: str = "en", today: dt.date | None = None,
                   progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.csvimport import import_csv

        return self._run(path, lambda: import_csv(
            self._db, Path(path), kind, encoding=encoding, delimiter=delimiter,
            date_format=date_format, decimal=decimal, mapping=mapping, lang=lang, today=today,
            progress=progress))

    def preview_vcard(self, path: Path, *, lang: str = "en") -> FilePreview:
        """Every card with the account it would go to and what the import would do with it;
        nothing is written (``exchange_preview``)."""
        return exchange_preview.preview_vcard(self._db, Path(path), lang=lang)

    def preview_ics(self, path: Path, *, today: dt.date | None = None,
                    user_tz: dt.tzinfo | None = None) -> FilePreview:
        """Every meeting with its kind, attendees and accounts; nothing is written."""
        return exchange_preview.preview_ics(self._db, Path(path), today=today, user_tz=user_tz)

    def import_vcard(self, path: Path, *, lang: str = "en",
                     progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.vcardimport import import_vcard

        return self._run(path, lambda: import_vcard(self._db, Path(path), lang=lang,
                                                    progress=progress))

    def import_ics(self, path: Path, *, today: dt.date | None = None,
                   user_tz: dt.tzinfo | None = None, progress: Progress = None) -> ImportReport:
        from relbeheer.store.importers.icsimport import import_ics

        return self._run(path, lambda: import_ics(self._db, Path(path), today=today,
                                                  user_tz=user_tz, progress=progress))

    def _run(self, path: Path, work: Callable[[], ImportReport]) -> ImportReport:
        return self._data._import(work, f"the import of {Path(path).name}")

    # --- duplicates -----------------------------------------------------------------
    def find_duplicates(self) -> list[DuplicatePair]:
        """Probable duplicate accounts and contacts, the one to keep first in each pair."""
        return duplicates.find_duplicates(self._db)

    def merge(self, keep_id: str, drop_id: str) -> str:
        """Move everything of ``drop_id`` to ``keep_id`` and soft-delete it; returns the table."""
        with guard(self._db, "the merge"):
            return duplicates.merge(self._db, keep_id, drop_id)

    # --- exports --------------------------------------------------------------------
    def export_csv(self, kind: str, path: Path, *, excel_safe: bool = True,
                   delimiter: str = ";", decimal: str = ",", lang: str = "nl",
                   progress: Progress = None) -> int:
        return exports.export_csv(self._db, kind, Path(path), excel_safe_mode=excel_safe,
                                  delimiter=delimiter, decimal=decimal, lang=lang,
                                  progress=progress)

    def export_vcard(self, path: Path) -> int:
        return exports.export_vcard(self._db, Path(path))

    def export_ics(self, path: Path, *, today: dt.date | None = None,
                   include_past: bool = False, lang: str = "nl") -> int:
        return exports.export_ics(self._db, Path(path), today=today,
                                  include_past=include_past, lang=lang)
