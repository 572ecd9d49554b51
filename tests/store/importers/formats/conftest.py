"""Fixtures for the file-format import tests: a seeded database and one way to run any importer.

The corpus, fuzz and round-trip tests all seed and dispatch the same way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from relbeheer.store.bulk import insert_rows
from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.icsimport import import_ics
from relbeheer.store.importers.vcardimport import import_vcard

CORPUS = Path(__file__).resolve().parents[3] / "data" / "import"
TODAY = dt.date(2025, 12, 31)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _seed(db) -> None:
    """Two accounts with one contact each: what the corpus files refer to."""
    with db.atomic():
        insert_rows(db, "accounts", ["id", "name", "tier"],
                    [("a1", "Fietsen Jansen B.V.", "A"), ("a2", "Van Dam Tweewielers", "B")])
        insert_rows(db, "contacts", ["id", "account_id", "name", "email", "role"],
                    [("c1", "a1", "Jan van der Berg", "jan@jansen.nl", "decision_maker"),
                     ("c2", "a2", "Sanne de Wit", "sanne@vandam.nl", "user")])


def _run_import(db, path: Path, kind: str):
    """Run the importer for ``kind`` (csv kinds, "vcard" or "ics") on ``path``."""
    if kind == "vcard":
        return import_vcard(db, path)
    if kind == "ics":
        return import_ics(db, path, today=TODAY, user_tz=AMSTERDAM)
    return import_csv(db, path, kind, today=TODAY)


def _snapshot(db) -> str:
    return "\n".join(db.conn.iterdump())


@pytest.fixture
def seed():
    """``seed(db)``: two accounts with one contact each, which the corpus files name."""
    return _seed


@pytest.fixture
def run_import():
    """``run_import(db, path, kind)`` with kind a CSV kind, "vcard" or "ics"."""
    return _run_import


@pytest.fixture
def snapshot():
    """``snapshot(db)``: every row of every table as text; equal means nothing was written."""
    return _snapshot
