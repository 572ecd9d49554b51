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
from relbeheer.services.dashboard import DashboardService
from relbeheer.services.data import DataService
from relbeheer.services.directory import DirectoryService
from relbeheer.services.exchange import ExchangeService
from relbeheer.services import safety
from relbeheer.services.persons import PersonService
from relbeheer.services.plans import PlansService
from relbeheer.services.records import RecordsService
from relbeheer.services.suggestions import SuggestionService
from relbeheer.services.sync import SyncService
from relbeheer.store import damage
from relbeheer.store.backups import DamageFound
from relbeheer.store.database import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StorageError,
    StoreError,
    open_database,
)

# Errors the UI and CLI show to users; re-exported so ui/ never imports store/.
__all__ = ["CorruptDatabaseError", "DamageFound", "ForeignDatabaseError", "NotADatabaseError",
           "SchemaTooNewError", "Services", "StorageError", "StoreError"]


class Services:
    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        self._close_hooks: list = []
        self.accounts = AccountsService(db)
        self.data = DataService(db, path)
        self.records = RecordsService(db)
        self.attention = AttentionService(db)
        # every saved record refreshes its account's attention summary row at once
        self.records.on_before_write(self.attention.before_write)
        self.records.on_account_changed(self.attention.refresh_account)
        self.directory = DirectoryService(db)
        self.suggestions = SuggestionService(db)
        self.dashboard = DashboardService(db, self.attention)
        self.plans = PlansService(self)
        self.persons = PersonService(db, path)
        self.exchange = ExchangeService(db, self.data)
        self.sync = SyncService(db, self.attention)

    @classmethod
    def open(cls, path: Path | str | None = None, *, daily_backup: bool = True) -> "Services":
        """Open (create, migrate) the database at ``path`` or the default location.

        Takes the daily backup when none was made today. A damaged database is
        moved aside and ``CorruptDatabaseError`` names it and the newest backup.
        """
        if path is not None and str(path) == ":memory:":
            return cls(open_database(":memory:"), None)
        db_path = paths.default_db_path(path)
        try:
            db = open_database(db_path, backup_dir=paths.backup_dir_for(db_path))
        except CorruptDatabaseError as exc:
            raise exc.with_backup(safety.newest_backup(db_path)) from exc
        svc = cls(db, db_path)
        if daily_backup:
            try:
                svc.data.daily_backup()
            except DamageFound as exc:
                raise svc.set_aside_damaged(exc.detail) from exc
        return svc

    def set_aside_damaged(self, detail: str) -> CorruptDatabaseError:
        """Close the damaged database and move it aside; the error names it and the newest backup."""
        self.close()
        moved = damage.move_aside(self.path)
        return CorruptDatabaseError(self.path, moved, detail, safety.newest_backup(self.path))

    def reopen(self) -> None:
        """Open the database file again in place (after a restore or setting it aside)."""
        db = open_database(self.path, backup_dir=paths.backup_dir_for(self.path))
        hooks = self._close_hooks
        self.__init__(db, self.path)
        self._close_hooks = hooks

    def restore(self, source: Path):
        """Replace this database by a checked copy of ``source`` and reopen it in place.

        The current file is backed up first (``before-restore``). Returns
        ``RestoreResult``; on a refusal the database stays open as it was.
        """
        if self.path is None:
            raise StoreError("an in-memory database has no file to restore into")
        # Not close(): a restore runs on the UI's worker, whose close hook would wait for itself.
        self.db.close()
        try:
            result = safety.restore_database(self.path, Path(source))
        finally:
            self.reopen()
        return result

    def location_warning(self):
        """``LocationWarning`` when the database is in a synced folder or on a network share."""
        return safety.location_warning(self.path)

    def add_close_hook(self, hook) -> None:
        """``hook()`` runs before the connection closes: a UI's background worker waits
        there, so no query of it is still running on a closed connection (a crash)."""
        self._close_hooks.append(hook)

    def close(self) -> None:
        for hook in getattr(self, "_close_hooks", []):
            hook()
        self.db.close()
