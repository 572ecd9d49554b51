"""Creating, editing and soft-deleting the records of one account, validated first.

Every write validates with core.validation (raising ``ValidationError`` with all
field messages at once), then runs through ``_write``: one transaction inside
``store.database.guard``, the same guard imports use. The listeners are told
which account changed inside that transaction, so the record and its account's
attention summary row are written together or not at all; a full disk or an
I/O error rolls everything back (also when SQLite already did) and becomes a
``StorageError`` the forms show in the user's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlite_utils import Database

from relbeheer.core import validation
from relbeheer.core.domain import Account
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)
from relbeheer.store import accounts as store_accounts
from relbeheer.store import records
from relbeheer.store.database import guard

AccountListener = Callable[[str], None]


class RecordsService:
    def __init__(self, db: Database):
        self._db = db
        self._listeners: list[AccountListener] = []
        self._before: list[Callable[[], None]] = []

    def on_account_changed(self, listener: AccountListener) -> None:
        """Called with the account id after every write to that account, inside its
        transaction (what the listener writes commits or rolls back with the record)."""
        self._listeners.append(listener)

    def on_before_write(self, hook: Callable[[], None]) -> None:
        """Called before every write (the attention summary notes whether it was current)."""
        self._before.append(hook)

    def _before_write(self) -> None:
        for hook in self._before:
            hook()

    def _changed(self, account_id: str) -> None:
        for listener in self._listeners:
            listener(account_id)

    # --- reads -------------------------------------------------------------------
    def account(self, account_id: str) -> Account:
        return store_accounts.find_account(self._db, account_id)

    def contacts(self, account_id: str) -> list[ContactSummary]:
        return records.contacts_of(self._db, account_id)

    def touchpoints(self, account_id: str) -> list[TouchpointSummary]:
        return records.touchpoints_of(self._db, account_id)

    def purchases(self, account_id: str) -> list[PurchaseSummary]:
        return records.purchases_of(self._db, account_id)

    def measurements(self, account_id: str) -> list[MeasurementSummary]:
        return records.measurements_of(self._db, account_id)

    def cases(self, account_id: str) -> list[CaseSummary]:
        return records.cases_of(self._db, account_id)

    def offers(self, account_id: str) -> list[OfferSummary]:
        return records.offers_of(self._db, account_id)

    def owners(self) -> list[dict]:
        return records.owners(self._db)

    # --- writes --------------------------------------------------------------------
    def _write(self, what: str, work: Callable[[], str], account_of: Callable[[str], str | None]
               ) -> str:
        """Run ``work`` (returns the record id) and tell the listeners about the account
        ``account_of(id)``, all in one guarded transaction."""
        self._before_write()
        with guard(self._db, what), self._db.atomic():
            record_id = work()
            account_id = account_of(record_id)
            if account_id is not None:
                self._changed(account_id)
        return record_id

    def save_account(self, values: dict, account_id: str | None = None, lang: str = "nl") -> str:
        merged = dict(values)
        if account_id:
            current = self.account(account_id)
            merged = {"name": current.name, "tier": current.tier.value, **values}
        _raise_if(validation.check_account(merged, lang))
        return self._write("saving the account",
                           lambda: self._save("accounts", values, account_id),
                           lambda saved: saved)

    def save_contact(self, values: dict, contact_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_contact(values, lang))
        values = {**values, "is_ambassador": int(bool(values.get("is_ambassador")))}
        return self._write("saving the contact",
                           lambda: self._save("contacts", values, contact_id),
                           lambda _saved: values["account_id"])

    def save_touchpoint(
        self,
        values: dict,
        contact_ids: list[str] | None = None,
        touchpoint_id: str | None = None,
        lang: str = "nl",
        today: dt.date | None = None,
    ) -> str:
        """Create or edit a touchpoint and who was present, in one transaction."""
        _raise_if(validation.check_touchpoint(values, lang, today))

        def work() -> str:
            saved = self._save("touchpoints", values, touchpoint_id)
            if contact_ids is not None:
                records.set_touchpoint_contacts(self._db, saved, contact_ids)
            return saved

        return self._write("saving the touchpoint", work, lambda _saved: values["account_id"])

    def save_measurement(self, values: dict, measurement_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_measurement(values, lang))
        return self._write("saving the measurement",
                           lambda: self._save("measurements", values, measurement_id),
                           lambda _saved: values["account_id"])

    def save_case(self, values: dict, case_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_case(values, lang))
        return self._write("saving the service case",
                           lambda: self._save("service_cases", values, case_id),
                           lambda _saved: values["account_id"])

    def delete(self, table: str, record_id: str) -> None:
        """Soft-delete (kept for merging across laptops, hidden everywhere)."""
        if table not in records.WRITABLE:
            raise ValueError(f"cannot delete from {table}")

        def account_of(_deleted: str) -> str | None:
            if table == "accounts":
                return record_id
            if table == "owners":
                return None
            found = self._db.execute(
                f"SELECT account_id FROM [{table}] WHERE id = ?", [record_id]
            ).fetchone()
            return found[0] if found else None

        def work() -> str:
            records.soft_delete(self._db, table, record_id)
            return record_id

        self._write("deleting the record", work, account_of)

    def _save(self, table: str, values: dict, record_id: str | None) -> str:
        if record_id:
            records.update(self._db, table, record_id, values)
            return record_id
        return records.insert(self._db, table, values)


def _raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise validation.ValidationError(errors)
