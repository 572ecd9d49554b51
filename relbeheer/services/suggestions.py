"""Up-sell and cross-sell suggestions for the account page, the plan and the CLI.

Fitting the engine reads every purchase and inverts an item × item matrix, so it
happens once per data change: the fitted engine is kept with the data version
it was built from (``store.suggest_data.data_version``) and rebuilt only when
purchases, products or accounts change. After that, an account's suggestions
are a few array look-ups. The UI can call ``prepare()`` on its background
worker at start so the first account page opens without waiting.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from sqlite_utils import Database

from relbeheer.core.suggest.settings import DEFAULT_SETTINGS, SuggestSettings
from relbeheer.core.suggest.suggestion import Suggestion
from relbeheer.store import suggest_data
from relbeheer.store.accounts import find_account

if TYPE_CHECKING:  # the engine pulls in scipy (half a second): imported when first fitted
    from relbeheer.core.suggest.engine import SuggestionEngine


class SuggestionService:
    def __init__(self, db: Database, settings: SuggestSettings = DEFAULT_SETTINGS):
        self._db = db
        self._settings = settings
        self._engine: SuggestionEngine | None = None
        self._version: tuple | None = None
        self._writes: tuple | None = None
        self._lock = threading.Lock()
        self.fits = 0  # how many times the engine was fitted (the cache is observable)

    def prepare(self) -> SuggestionEngine:
        """The engine for the current data, fitted now if the data changed since."""
        from relbeheer.core.suggest.engine import SuggestionEngine

        with self._lock:
            # Nothing written through any connection since the last look: skip even
            # the version query (a scan of the purchases on a large database).
            writes = suggest_data.write_counter(self._db)
            if self._engine is not None and writes == self._writes:
                return self._engine
            self._writes = writes
            version = suggest_data.data_version(self._db)
            if self._engine is None or version != self._version:
                self._engine = SuggestionEngine(
                    products=suggest_data.load_products(self._db),
                    accounts=suggest_data.load_accounts(self._db),
                    purchases=suggest_data.load_purchases(self._db),
                    settings=self._settings,
                )
                self._version = version
                self.fits += 1
            return self._engine

    def suggestions(self, account_key_or_id: str, limit: int = 10) -> list[Suggestion]:
        """The suggestion objects for an account named by id, external reference or name."""
        account = find_account(self._db, account_key_or_id)
        engine = self.prepare()
        offers = suggest_data.load_offers(self._db, account.id)
        return engine.for_account(account.id, offers, limit=limit)

    def for_account(self, account_key_or_id: str, limit: int = 10, lang: str = "nl") -> list[dict]:
        """Suggestions as dicts (product_id, product, kind, score, expected_value, because)."""
        return [s.as_dict(lang) for s in self.suggestions(account_key_or_id, limit)]
