"""Portfolio-wide lists for the Contacts and Products screens."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.summaries import DirectoryContact, ProductSummary
from relbeheer.store import directory


class DirectoryService:
    def __init__(self, db: Database):
        self._db = db

    def contacts(self) -> list[DirectoryContact]:
        return directory.all_contacts(self._db)

    def products(self, as_of: dt.date | None = None) -> list[ProductSummary]:
        return directory.all_products(self._db, as_of=as_of or dt.date.today())
