"""The one facade that the UI and the CLI call (passed in, never a global).

``Services`` owns the database connection and groups the work by subject, the way
Anki's ``Collection`` does (``svc.accounts``, ``svc.data`` …). Each manager lives in
its own module of this package.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from relbeheer import paths
from relbeheer.services.accounts import AccountsService
from relbeheer.services.attention import AttentionService
from relbeheer.services.data import DataService
from relbeheer.services.directory import DirectoryService
from relbeheer.services.plans import PlansService
from relbeheer.services.records import RecordsService
from relbeheer.services.suggestions import SuggestionService
from relbeheer.store.database import StoreError, open_database

# Errors the UI and CLI show to users; re-exported so ui/ never imports store/.
__all__ = ["Services", "StoreError"]


class Services:
    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        self.accounts = AccountsService(db)
        self.data = DataService(db, path)
        self.records = RecordsService(db)
        self.attention = AttentionService(db)
        self.directory = DirectoryService(db)
        self.suggestions = SuggestionService(db)
        self.plans = PlansService(self)

    @classmethod
    def open(cls, path: Path | str | None = None) -> "Services":
        """Open (create, migrate) the database at ``path`` or the default location."""
        if path is not None and str(path) == ":memory:":
            return cls(open_database(":memory:"), None)
        db_path = paths.default_db_path(path)
        db = open_database(db_path, backup_dir=paths.backup_dir_for(db_path))
        return cls(db, db_path)

    def close(self) -> None:
        self.db.close()
