"""Creating, editing and soft-deleting the records of one account, validated first.

Every write validates with core.validation (raising ``ValidationError`` with all
field messages at once), runs in one transaction, and then tells the listeners
which account changed so the attention state can be refreshed at once.
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

AccountListener = Callable[[str], None]


class RecordsService:
    def __init__(self, db: Database):
        self._db = db
        self._listeners: list[AccountListener] = []
        self._before: list[Callable[[], None]] = []

    def on_account_changed(self, listener: AccountListener) -> None:
        """Called with the account id after every committed write to that account."""
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
    def save_account(self, values: dict, account_id: str | None = None, lang: str = "nl") -> str:
        merged = dict(values)
        if account_id:
            current = self.account(account_id)
            merged = {"name": current.name, "tier": current.tier.value, **values}
        _raise_if(validation.check_account(merged, lang))
        self._before_write()
        with self._db.atomic():
            if account_id:
                records.update(self._db, "accounts", account_id, values)
            else:
                account_id = records.insert(self._db, "accounts", values)
        self._changed(account_id)
        return account_id

    def save_contact(self, values: dict, contact_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_contact(values, lang))
        values = {**values, "is_ambassador": int(bool(values.get("is_ambassador")))}
        self._before_write()
        with self._db.atomic():
            if contact_id:
                records.update(self._db, "contacts", contact_id, values)
            else:
                contact_id = records.insert(self._db, "contacts", values)
        self._changed(values["account_id"])
        return contact_id

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
        self._before_write()
        with self._db.atomic():
            if touchpoint_id:
                records.update(self._db, "touchpoints", touchpoint_id, values)
            else:
                touchpoint_id = records.insert(self._db, "touchpoints", values)
            if contact_ids is not None:
                records.set_touchpoint_contacts(self._db, touchpoint_id, contact_ids)
        self._changed(values["account_id"])
        return touchpoint_id

    def save_measurement(self, values: dict, measurement_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_measurement(values, lang))
        self._before_write()
        with self._db.atomic():
            if measurement_id:
                records.update(self._db, "measurements", measurement_id, values)
            else:
                measurement_id = records.insert(self._db, "measurements", values)
        self._changed(values["account_id"])
        return measurement_id

    def save_case(self, values: dict, case_id: str | None = None, lang: str = "nl") -> str:
        _raise_if(validation.check_case(values, lang))
        self._before_write()
        with self._db.atomic():
            if case_id:
                records.update(self._db, "service_cases", case_id, values)
            else:
                case_id = records.insert(self._db, "service_cases", values)
        self._changed(values["account_id"])
        return case_id

    def delete(self, table: str, record_id: str) -> None:
        """Soft-delete (kept for merging across laptops, hidden everywhere)."""
        if table not in records.WRITABLE:
            raise ValueError(f"cannot delete from {table}")
        self._before_write()
        with self._db.atomic():
            records.soft_delete(self._db, table, record_id)
        if table == "accounts":
            self._changed(record_id)
        elif table != "owners":
            found = self._db.execute(
                f"SELECT account_id FROM [{table}] WHERE id = ?", [record_id]
            ).fetchone()
            self._changed(found[0])


def _raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise validation.ValidationError(errors)
