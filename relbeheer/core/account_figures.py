"""The key figures of one account, computed from its history.

What an account manager wants to see first when preparing a visit: revenue of the
last twelve months, when we last spoke in person, how many contacts (and
ambassadors) we know, open complaints, the latest NPS, and the state of offers.
Pure Python over the read models of ``core.summaries`` so the account page and the
account plan PDF compute the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from relbeheer.core.domain import Channel, MeasurementKind, NpsBand, OfferStatus
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)

REVENUE_WINDOW_DAYS = 365  # "12-month revenue", the same window as the accounts table


@dataclass(frozen=True)
class OfferTotals:
    count: int = 0
    value: float = 0.0


@dataclass(frozen=True)
class AccountFigures:
    revenue_12m: float
    last_personal_contact: dt.date | None
    days_since_personal: int | None
    contacts: int
    ambassadors: int
    open_cases: int
    oldest_open_case_days: int | None
    latest_nps: MeasurementSummary | None
    offers: dict[str, OfferTotals] = field(default_factory=dict)

    @property
    def nps_band(self) -> NpsBand | None:
        return NpsBand.of(self.latest_nps.score) if self.latest_nps else None


def revenue_in_window(purchases: Sequence[PurchaseSummary], as_of: dt.date,
                      days: int = REVENUE_WINDOW_DAYS) -> float:
    """Sum of amounts with ``as_of - days < date <= as_of`` (as the accounts table counts)."""
    since = as_of - dt.timedelta(days=days)
    return float(sum(p.amount for p in purchases if p.date and since < p.date <= as_of))


def last_personal_contact(touchpoints: Sequence[TouchpointSummary], as_of: dt.date) -> dt.date | None:
    """The latest personal touchpoint on or before as_of; digital ones do not count (seed 000)."""
    dates = [t.date for t in touchpoints
             if t.channel == Channel.PERSONAL.value and t.date and t.date <= as_of]
    return max(dates, default=None)


def latest(measurements: Sequence[MeasurementSummary], kind: MeasurementKind) -> MeasurementSummary | None:
    of_kind = [m for m in measurements if m.kind == kind.value and m.date]
    return max(of_kind, key=lambda m: m.date, default=None)


def offer_totals(offers: Sequence[OfferSummary]) -> dict[str, OfferTotals]:
    """Count and value per status (open, won, lost), every status present."""
    totals = {s.value: OfferTotals() for s in OfferStatus}
    for offer in offers:
        now = totals.get(offer.status, OfferTotals())
        totals[offer.status] = OfferTotals(now.count + 1, now.value + (offer.value or 0.0))
    return totals


def account_figures(
    *,
    as_of: dt.date,
    contacts: Sequence[ContactSummary] = (),
    touchpoints: Sequence[TouchpointSummary] = (),
    purchases: Sequence[PurchaseSummary] = (),
    measurements: Sequence[MeasurementSummary] = (),
    cases: Sequence[CaseSummary] = (),
    offers: Sequence[OfferSummary] = (),
) -> AccountFigures:
    last = last_personal_contact(touchpoints, as_of)
    open_cases = [c for c in cases if c.resolved_on is None]
    oldest = min((c.opened_on for c in open_cases if c.opened_on), default=None)
    return AccountFigures(
        revenue_12m=revenue_in_window(purchases, as_of),
        last_personal_contact=last,
        days_since_personal=(as_of - last).days if last else None,
        contacts=len(contacts),
        ambassadors=sum(1 for c in contacts if c.is_ambassador),
        open_cases=len(open_cases),
        oldest_open_case_days=(as_of - oldest).days if oldest else None,
        latest_nps=latest(measurements, MeasurementKind.NPS),
        offers=offer_totals(offers),
    )
