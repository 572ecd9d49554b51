"""GDPR requests about one person: export everything about them, erase them.

The work on the database is in ``store/person.py``; here the files are written
(JSON for everything, a vCard for the address book) and backups are handled:
an erase makes no backup first (that copy would hold the person again), and
reports how many existing backups still contain them — or, when asked, erases
the person from those backups too.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from relbeheer import paths
from relbeheer.core.person_card import vcard
from relbeheer.store import backups, person
from relbeheer.store.database import guard
from relbeheer.store.person import AmbiguousContact, ContactNotFound, EraseReport

__all__ = ["AmbiguousContact", "ContactNotFound", "EraseResult", "PersonService"]

EXPORT_FORMAT = "relbeheer person export 1"


@dataclass
class EraseResult:
    report: EraseReport
    backups_holding: list[Path] = field(default_factory=list)  # still contain the person
    backups_erased: list[Path] = field(default_factory=list)


def _safe_file_stem(name: str, contact_id: str) -> str:
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "", name).strip(" .") or "person"
    return f"{cleaned[:60]} ({contact_id[:8]})"


class PersonService:
    def __init__(self, db: Database, path: Path | None):
        self._db = db
        self._path = path

    def find(self, query: str) -> dict:
        """The contact row whose id, e-mail or exact name is ``query`` (raises when 0 or >1)."""
        return person.find_contact(self._db, query)

    def export(self, contact_id: str, directory: Path) -> list[Path]:
        """Write ``NAME (id).json`` and ``NAME (id).vcf`` into ``directory``; never overwrites."""
        data = person.person_data(self._db, contact_id)
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        stem = _safe_file_stem(data["contact"]["name"] or "", contact_id)
        json_path, vcf_path = directory / f"{stem}.json", directory / f"{stem}.vcf"
        for target in (json_path, vcf_path):
            if target.exists():
                raise FileExistsError(f"{target} already exists; choose another folder")
        document = {"format": EXPORT_FORMAT,
                    "exported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    **data}
        json_path.write_text(json.dumps(document, ensure_ascii=False, indent=2, default=str),
                             encoding="utf-8")
        vcf_path.write_bytes(vcard(data["contact"], data["account"]["name"]).encode("utf-8"))
        return [json_path, vcf_path]

    def erase(self, contact_id: str, *, include_backups: bool = False) -> EraseResult:
        """Erase the person here (and, if asked, from every backup of this database)."""
        with guard(self._db, "erasing the person"):
            report = person.erase_person(self._db, contact_id)
        result = EraseResult(report=report)
        if include_backups:
            result.backups_erased = self.erase_from_backups(contact_id)
        else:
            result.backups_holding = self.backups_holding(contact_id)
        return result

    def backups_holding(self, contact_id: str) -> list[Path]:
        """The backups of this database that still contain the contact."""
        return [b for b in self._backup_files() if _holds(b, contact_id)]

    def erase_from_backups(self, contact_id: str) -> list[Path]:
        """Erase the contact from every backup that holds them (also after the main erase)."""
        done = []
        for backup in self.backups_holding(contact_id):
            _erase_in_file(backup, contact_id)
            done.append(backup)
        return done

    def _backup_files(self) -> list[Path]:
        if self._path is None:
            return []
        folder = paths.backup_dir_for(self._path)
        return [b.path for b in backups.list_backups(folder, self._path.stem)]


def _holds(file: Path, contact_id: str) -> bool:
    conn = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM contacts WHERE id = ?", [contact_id]).fetchone() is not None
    except sqlite3.DatabaseError:
        return False  # a backup from before contacts existed, or a damaged one
    finally:
        conn.close()


def _erase_in_file(file: Path, contact_id: str) -> None:
    db = Database(sqlite3.connect(str(file)))
    try:
        db.execute("PRAGMA foreign_keys = ON")
        person.erase_person(db, contact_id)
    finally:
        db.close()
