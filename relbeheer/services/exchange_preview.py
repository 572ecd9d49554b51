"""What a vCard or iCalendar import would do, worked out without writing (the wizard's preview).

The preview runs the importer's own reading and matching (``plan_vcard`` /
``plan_ics``, the first half of every import) inside ``dry_run``: one transaction
that is always rolled back, so the preview and the import cannot disagree and
the preview cannot leave anything behind. Bad input raises ``ImportFileError``
(file and line), as the import itself would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from relbeheer.store.database import dry_run
from relbeheer.store.importers.icsimport import MeetingPlan, plan_ics
from relbeheer.store.importers.report import ImportReport
from relbeheer.store.importers.vcardimport import CardPlan, plan_vcard

NO_ORG = "vCards without a company (ORG)"
NO_NAME = "vCards without a name (FN or N)"


@dataclass
class FilePreview:
    """One row per card (``CardPlan``) or meeting (``MeetingPlan``), and the counts."""

    kind: str  # "vcard" or "ics"
    path: Path
    rows: list[CardPlan] | list[MeetingPlan]
    report: ImportReport  # what the import would count: added, updated, skipped, notes
    new_accounts: int = 0
    new_records: int = 0  # contacts (vCard) or touchpoints (iCalendar) that would be added
    counts: dict[str, int] = field(default_factory=dict)  # other numbers worth a word

    @property
    def skipped(self) -> int:
        return sum(self.report.skipped.values())


def preview_vcard(db: Database, path: Path, *, lang: str = "en") -> FilePreview:
    with dry_run(db):
        report, pending, rows = plan_vcard(db, Path(path), lang=lang, details=True)
    return FilePreview("vcard", Path(path), rows, report,
                       new_accounts=pending.count("accounts"),
                       new_records=pending.count("contacts"),
                       counts={"no_organisation": report.skipped[NO_ORG],
                               "no_name": report.skipped[NO_NAME],
                               "updated": report.updated["contacts"]})


def preview_ics(db: Database, path: Path, *, today: dt.date | None = None,
                user_tz: dt.tzinfo | None = None) -> FilePreview:
    with dry_run(db):
        report, pending, rows = plan_ics(db, Path(path), today=today, user_tz=user_tz,
                                         details=True)
    return FilePreview("ics", Path(path), rows, report,
                       new_records=pending.count("touchpoints"),
                       counts={"meetings_new": sum(1 for r in rows if r.outcome == "new")})
