"""Everything the account page shows, read in one background task.

One task instead of one per tab: the page appears complete (no tab filling in
later) and the single worker thread does the reads back to back.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from relbeheer.core.account_figures import AccountFigures, account_figures
from relbeheer.core.domain import Account
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)

log = logging.getLogger(__name__)


@dataclass
class AttentionState:
    """What the attention engine says about one account, ready to show."""

    health: int | None = None
    severity: str = ""
    reasons: list[str] = field(default_factory=list)
    next_action: str = ""


@dataclass
class AccountBundle:
    account: Account
    contacts: list[ContactSummary]
    touchpoints: list[TouchpointSummary]
    purchases: list[PurchaseSummary]
    measurements: list[MeasurementSummary]
    cases: list[CaseSummary]
    offers: list[OfferSummary]
    owners: list[dict]
    figures: AccountFigures
    as_of: dt.date
    attention: AttentionState | None = None


def load_bundle(services, account_id: str, as_of: dt.date, lang: str) -> AccountBundle:
    """Runs on the worker thread: every read of the page through the services facade."""
    records = services.records
    account = records.account(account_id)
    contacts = records.contacts(account_id)
    touchpoints = records.touchpoints(account_id)
    purchases = records.purchases(account_id)
    measurements = records.measurements(account_id)
    cases = records.cases(account_id)
    offers = records.offers(account_id)
    figures = account_figures(
        as_of=as_of, contacts=contacts, touchpoints=touchpoints, purchases=purchases,
        measurements=measurements, cases=cases, offers=offers,
    )
    return AccountBundle(
        account=account, contacts=contacts, touchpoints=touchpoints, purchases=purchases,
        measurements=measurements, cases=cases, offers=offers, owners=records.owners(),
        figures=figures, as_of=as_of, attention=attention_of(services, account_id, as_of, lang),
    )


def attention_of(services, account_id: str, as_of: dt.date, lang: str) -> AttentionState | None:
    """The attention engine's verdict, when the engine is there; None otherwise."""
    engine = getattr(services, "attention", None)
    finder = getattr(engine, "for_account", None)
    if finder is None:
        return None
    try:
        item = finder(account_id)
    except Exception:  # the verdict is an extra: the account's own records must still show
        log.exception("attention for account %s failed", account_id)
        return None
    return None if item is None else attention_state(item, lang)


def attention_state(item: Any, lang: str) -> AttentionState:
    """Adapt the engine's item (dataclass or dict) to what the header renders."""
    get = item.get if isinstance(item, dict) else lambda k, d=None: getattr(item, k, d)
    severity = get("severity", "")
    # The engine's Severity is an IntEnum: its word is ``label`` ('critical'), not its value.
    severity = getattr(severity, "label", None) or getattr(severity, "value", severity) or ""
    health = get("health", None)
    health = getattr(health, "score", health)  # a HealthScore carries the 0-100 in ``score``
    reasons = [_text(r, lang) for r in (get("reasons", None) or [])]
    return AttentionState(
        health=health,
        severity=str(severity),
        reasons=[r for r in reasons if r],
        next_action=_text(get("next_action", ""), lang),
    )


def _text(value: Any, lang: str) -> str:
    """Reasons may come as plain text, {lang: text} or an object with ``text(lang)``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    for name in ("text", "message"):
        attr = getattr(value, name, None)
        if callable(attr):
            return str(attr(lang))
        if isinstance(attr, (str, dict)):
            return _text(attr, lang)
    return str(value)
