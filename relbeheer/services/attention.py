"""The attention list, health and next actions, for the UI and the CLI.

``AttentionService(db)`` runs the engine of core.attention over data loaded by
store.attention_data, and keeps store.attention_summary current: logging a
touchpoint saves it and refreshes that one account in the same transaction, so
every screen sees the new state at once without recomputing the portfolio.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from relbeheer.core import validation
from relbeheer.core.attention.actions import ContactCadence, contact_cadences
from relbeheer.core.attention.engine import PortfolioResult, evaluate, gc_paused
from relbeheer.core.attention.model import AttentionItem, HealthScore
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import TouchpointKind
from relbeheer.store import attention_data, attention_people, attention_summary, records
from relbeheer.store import accounts as store_accounts
from relbeheer.store.database import guard


class UnknownFilter(LookupError):
    """An owner, team or region name that matches nobody."""


@dataclass
class AttentionList:
    """The list plus what a header needs: how many accounts, how many flagged."""

    items: list[AttentionItem]
    as_of: dt.date
    accounts: int
    flagged: int
    severities: dict[str, int]
    rules: dict[str, int]


@dataclass
class HealthReport:
    """``relbeheer health ACCOUNT``: the item plus the person-level view."""

    item: AttentionItem
    health: HealthScore
    contacts: list[ContactCadence]
    as_of: dt.date
    trend_days: int


class AttentionService:
    def __init__(self, db: Database):
        self._db = db

    def settings(self) -> AttentionSettings:
        """Defaults overridden by the ``attention.*`` rows of the settings table."""
        return attention_data.load_settings(self._db)

    def evaluate(self, as_of: dt.date | None = None, *, owner: str | None = None,
                 team: str | None = None, region: str | None = None,
                 account_ids: list[str] | None = None, trend: bool = True) -> PortfolioResult:
        """The engine's result for a scope (default: every account), as of a day.
        ``trend=False``: no earlier health score yet, see ``with_trend``."""
        self._check_filters(owner, team, region)
        scope = attention_data.Scope(owner=owner, team=team, region=region,
                                     account_ids=account_ids)
        settings = self.settings()
        data = attention_data.load_portfolio(self._db, as_of or dt.date.today(), settings, scope,
                                             trend=trend)
        return evaluate(data, settings, trend=trend)

    def with_trend(self, result: PortfolioResult, positions) -> None:
        """Add the health trend for the accounts at ``positions`` of a result made
        with ``trend=False``: their earlier revenue and scores are read now."""
        attention_data.load_trend(self._db, result.data, positions)
        result.add_trend(positions)

    def listing(self, as_of: dt.date | None = None, owner: str | None = None,
                team: str | None = None, region: str | None = None,
                limit: int | None = None) -> AttentionList:
        """The attention list with the counts around it (for headers and reports)."""
        day = as_of or dt.date.today()
        with gc_paused():
            # the trend is read only for the accounts listed (a third, or --limit)
            result = self.evaluate(day, owner=owner, team=team, region=region, trend=False)
            order = result.order()
            flagged = len(order)
            if limit is not None:
                order = order[: max(limit, 0)]
            self.with_trend(result, order)
            attention_people.load_other_contacts(self._db, result.data, order)
            return AttentionList(result.items_at(order), day, len(result.data), flagged,
                                 result.severity_counts(), result.rule_counts())

    def list(self, as_of: dt.date | None = None, owner: str | None = None,
             team: str | None = None, region: str | None = None, limit: int | None = None,
             lang: str = "nl") -> list[AttentionItem]:
        """Accounts that need attention, highest priority first.

        ``lang`` is checked here so a wrong value fails before the work; items
        render their sentences in either language (``item.to_dict(lang)``).
        """
        if lang not in ("nl", "en"):
            raise ValueError(f"language must be nl or en, not {lang!r}")
        return self.listing(as_of, owner, team, region, limit).items

    def for_account(self, account_id: str, as_of: dt.date | None = None) -> AttentionItem:
        """One account's item (flagged or not), computed from its own rows only."""
        result = self.evaluate(as_of, account_ids=[account_id])
        if not len(result.data):
            raise store_accounts.AccountNotFound(f"No account with id '{account_id}'")
        attention_people.load_other_contacts(self._db, result.data, [0])
        return result.item(0)

    def health(self, account_key: str, as_of: dt.date | None = None) -> HealthReport:
        """Health, reasons, next action and the cadence per person of one account,
        found by id, external reference or exact name."""
        account = store_accounts.find_account(self._db, account_key)
        day = as_of or dt.date.today()
        item = self.for_account(account.id, day)
        rows = attention_people.contact_rows(self._db, account.id, day)
        settings = self.settings()
        people = contact_cadences(rows, day, item.cadence_days, settings)
        return HealthReport(item, item.health, people, day, settings.trend_days)

    def before_write(self) -> None:
        """Note whether the summary is current before a form saves (records service hook):
        a save that ``refresh_account`` then accounts for keeps it current, so the next
        dashboard or accounts list needs no full recomputation."""
        self._was_current = attention_summary.is_current(self._db, dt.date.today())

    def refresh_account(self, account_id: str) -> AttentionItem | None:
        """Recompute one account as of today and rewrite its summary row (the
        records service calls this after every save); a deleted account loses its
        row and gets None."""
        was_current, self._was_current = getattr(self, "_was_current", False), False
        today = dt.date.today()
        with self._db.atomic():
            try:
                item = self.for_account(account_id)
            except store_accounts.AccountNotFound:
                attention_summary.forget(self._db, account_id)
                item = None
            else:
                attention_summary.write(self._db, [item], today)
            if was_current:
                attention_summary.mark_current(self._db, today)
        return item

    def refresh(self, as_of: dt.date | None = None) -> int:
        """Recompute every account and rewrite the whole summary; returns the count."""
        day = as_of or dt.date.today()
        with gc_paused():
            result = self.evaluate(day)
            attention_people.load_other_contacts(self._db, result.data, result.order(False))
            items = result.items(flagged_only=False)
        return attention_summary.replace_all(self._db, items, day)

    def summary(self, account_ids: list[str] | None = None) -> list[dict]:
        """The stored per-account state (see store.attention_summary)."""
        return attention_summary.read(self._db, account_ids)

    def summary_is_current(self) -> bool:
        """Whether the stored summary still describes today's data."""
        return attention_summary.is_current(self._db, dt.date.today())

    def log_touchpoint(self, account_id: str, kind: TouchpointKind | str,
                       date: dt.date | None = None, contact_ids: list[str] | None = None,
                       owner_id: str | None = None, note: str = "",
                       sentiment: int | None = None, follow_up_on: dt.date | None = None,
                       lang: str = "nl") -> tuple[str, AttentionItem]:
        """Save a touchpoint with who was present and refresh that account's state,
        all in one transaction; returns (touchpoint id, the account's new item)."""
        today = dt.date.today()
        values = {"account_id": account_id, "kind": TouchpointKind(kind).value,
                  "date": (date or today).isoformat(), "owner_id": owner_id, "note": note,
                  "sentiment": sentiment,
                  "follow_up_on": follow_up_on.isoformat() if follow_up_on else None}
        errors = validation.check_touchpoint(values, lang, today)
        if errors:
            raise validation.ValidationError(errors)
        db = self._db
        # guard: a full disk or I/O error rolls everything back and reads as a
        # plain message (DiskTrouble), the same as a form save or an import
        with guard(db, "saving the touchpoint"), db.atomic():
            was_current = attention_summary.is_current(db, today)
            touchpoint_id = attention_summary.insert_touchpoint(db, values)
            if contact_ids:
                records.set_touchpoint_contacts(db, touchpoint_id, list(contact_ids))
            item = self.for_account(account_id, today)
            attention_summary.write(db, [item], today)
            if was_current:  # this save is accounted for: the summary stays current
                attention_summary.mark_current(db, today)
        return touchpoint_id, item

    def _check_filters(self, owner, team, region) -> None:
        """An owner/team/region that nobody has is a typo, not an empty list."""
        for column, value, what in (("o.name", owner, "owner"), ("o.team", team, "team"),
                                    ("coalesce(nullif(a.region, ''), o.region)", region,
                                     "region")):
            if value and not self._db.execute(
                f"SELECT 1 FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id "
                f"WHERE a.deleted_at IS NULL AND lower({column}) = lower(?) LIMIT 1", [value]
            ).fetchone():
                raise UnknownFilter(f"no accounts with {what} '{value}'")
