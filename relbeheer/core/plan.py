"""The data of one account plan: what the PDF prints, assembled from plain inputs.

A plan is the account page on paper, for a visit or an account review: who the
account is, how the relationship is doing (the attention engine's verdict), the
key figures, the people, the attention of the last twelve months by binding
level, the risks, the service cases, what to propose and what to do next.

Everything is decided here, in pure Python, so that ``reports/`` only draws and
the tests can check the numbers without reading a PDF. Enum values stay codes
(``decision_maker``, ``visit``); the renderer turns them into words through
``core.labels``. Sentences that come from engines (reasons, "because", actions)
are already in the plan's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from relbeheer.core.account_figures import last_personal_contact, latest, revenue_in_window
from relbeheer.core.domain import Account, DecisionRole, MeasurementKind, NpsBand
from relbeheer.core.plan_actions import PlanAction, action_plan
from relbeheer.core.plan_attention import PlanAttention, PlanReason, attention_from_item
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)
from relbeheer.core.timeline import BindingBalance, MonthBucket, binding_balance, touchpoints_per_month

# The tier cadences of DESIGN.md §3; the service passes the attention settings' values
# (or the account's own cadence) when it knows them, this is the fallback.
DEFAULT_CADENCE = {"A": 30, "B": 60, "C": 120}
MONTHS = 12
TOP_PRODUCTS = 5
MAX_SUGGESTIONS = 6
# Re-exported: a plan's callers get the whole plan vocabulary from one module.
__all__ = ["AccountPlan", "PlanAttention", "PlanReason", "attention_from_item", "build_plan",
           "PlanAction", "PlanContact", "PlanCase", "PlanProduct", "PlanSuggestion", "KeyFigures",
           "PlanAccountInfo", "MAX_SUGGESTIONS", "DEFAULT_CADENCE"]


@dataclass(frozen=True)
class PlanAccountInfo:
    id: str
    name: str
    tier: str
    kind: str
    owner: str
    team: str
    region: str
    sector: str
    city: str
    country: str
    external_ref: str
    cadence_days: int


@dataclass(frozen=True)
class KeyFigures:
    revenue_12m: float
    revenue_prev_12m: float
    last_personal_contact: dt.date | None
    days_since_personal: int | None
    nps: float | None
    nps_band: str  # promoter / passive / detractor / ""
    nps_date: dt.date | None
    ces: float | None
    ces_date: dt.date | None
    csat: float | None
    contacts: int
    ambassadors: int
    open_cases: int
    open_offers: int
    open_offer_value: float
    touchpoints_12m: int
    personal_12m: int

    @property
    def revenue_change(self) -> float | None:
        """Fraction against the 12 months before; None when there was nothing before."""
        if self.revenue_prev_12m <= 0:
            return None
        return self.revenue_12m / self.revenue_prev_12m - 1.0


@dataclass(frozen=True)
class PlanContact:
    id: str
    name: str
    role: str
    job_title: str
    is_ambassador: bool
    last_personal: dt.date | None  # seed 000: only personal contact counts for the cadence
    days_personal: int | None
    preferred_channel: str

    @property
    def is_key(self) -> bool:
        """Decision makers and ambassadors: the people the relationship hangs on (seed 004)."""
        return self.is_ambassador or self.role == DecisionRole.DECISION_MAKER.value


@dataclass(frozen=True)
class PlanCase:
    opened_on: dt.date | None
    subject: str
    contact: str
    resolved_on: dt.date | None
    outcome: str
    days_open: int | None  # open cases: days until as_of; closed: days it took


@dataclass(frozen=True)
class PlanProduct:
    product: str
    quantity: float
    amount: float


@dataclass(frozen=True)
class PlanSuggestion:
    kind: str  # cross-sell / up-sell / contract
    product: str
    because: str
    expected_value: float
    score: float


@dataclass
class AccountPlan:
    """Everything one account plan prints; ``lang`` is the language of its sentences."""

    lang: str
    as_of: dt.date
    account: PlanAccountInfo
    attention: PlanAttention | None
    figures: KeyFigures
    contacts: list[PlanContact]
    months: list[MonthBucket]
    balance: BindingBalance
    cases: list[PlanCase]
    top_products: list[PlanProduct]
    suggestions: list[PlanSuggestion]
    actions: list[PlanAction]
    goals: str = ""
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def risks(self) -> tuple[PlanReason, ...]:
        return self.attention.reasons if self.attention else ()


def build_plan(
    *,
    account: Account,
    as_of: dt.date,
    lang: str = "nl",
    contacts: Sequence[ContactSummary] = (),
    touchpoints: Sequence[TouchpointSummary] = (),
    purchases: Sequence[PurchaseSummary] = (),
    measurements: Sequence[MeasurementSummary] = (),
    cases: Sequence[CaseSummary] = (),
    offers: Sequence[OfferSummary] = (),
    suggestions: Sequence[Any] = (),
    attention: PlanAttention | None = None,
    cadence_days: int | None = None,
) -> AccountPlan:
    """Assemble the plan of ``account`` as of ``as_of`` from its history.

    ``suggestions`` are the suggestion engine's ``Suggestion`` objects (or anything
    with ``kind``, ``product_label(lang)``, ``because(lang)``, ``expected_value``,
    ``score``); ``cadence_days`` is the account's cadence (its own, else the tier's).
    """
    cadence = int(cadence_days or account.cadence_days or DEFAULT_CADENCE.get(account.tier.value, 60))
    info = PlanAccountInfo(
        id=account.id, name=account.name, tier=account.tier.value, kind=account.kind.value,
        owner=account.owner_name, team=account.team, region=account.region,
        sector=account.sector, city=account.city, country=account.country,
        external_ref=account.external_ref, cadence_days=cadence,
    )
    plan_contacts = _contacts(contacts, touchpoints, as_of)
    return AccountPlan(
        lang=lang,
        as_of=as_of,
        account=info,
        attention=attention,
        figures=_figures(as_of, contacts, touchpoints, purchases, measurements, cases, offers),
        contacts=plan_contacts,
        months=touchpoints_per_month(touchpoints, as_of, MONTHS),
        balance=binding_balance(touchpoints, as_of),
        cases=_cases(cases, as_of),
        top_products=_top_products(purchases, as_of),
        suggestions=[_suggestion(s, lang) for s in list(suggestions)[:MAX_SUGGESTIONS]],
        actions=action_plan(
            as_of=as_of, lang=lang, tier=info.tier, cadence_days=cadence, contacts=plan_contacts,
            touchpoints=touchpoints, attention=attention,
        ),
        goals=account.goals or "",
        notes=account.notes or "",
    )


def _figures(as_of, contacts, touchpoints, purchases, measurements, cases, offers) -> KeyFigures:
    last = last_personal_contact(touchpoints, as_of)
    nps, ces, csat = (latest(measurements, k) for k in
                      (MeasurementKind.NPS, MeasurementKind.CES, MeasurementKind.CSAT))
    since = as_of - dt.timedelta(days=365)
    recent_tps = [t for t in touchpoints if t.date and since < t.date <= as_of]
    open_offers = [o for o in offers if o.status == "open"]
    return KeyFigures(
        revenue_12m=revenue_in_window(purchases, as_of),
        revenue_prev_12m=revenue_in_window(purchases, since),
        last_personal_contact=last,
        days_since_personal=(as_of - last).days if last else None,
        nps=nps.score if nps else None,
        nps_band=NpsBand.of(nps.score).value if nps else "",
        nps_date=nps.date if nps else None,
        ces=ces.score if ces else None,
        ces_date=ces.date if ces else None,
        csat=csat.score if csat else None,
        contacts=len(contacts),
        ambassadors=sum(1 for c in contacts if c.is_ambassador),
        open_cases=sum(1 for c in cases if c.resolved_on is None),
        open_offers=len(open_offers),
        open_offer_value=float(sum(o.value or 0.0 for o in open_offers)),
        touchpoints_12m=len(recent_tps),
        personal_12m=sum(1 for t in recent_tps if t.channel == "personal"),
    )


def _contacts(contacts: Sequence[ContactSummary], touchpoints: Sequence[TouchpointSummary],
              as_of: dt.date) -> list[PlanContact]:
    """Key people first (decision makers, then ambassadors), then by name; each with the
    day we last spoke in person (an e-mail is not a conversation, seed 000)."""
    rank = {r.value: i for i, r in enumerate(DecisionRole)}
    personal: dict[str, dt.date] = {}
    for t in touchpoints:
        if t.channel == "personal" and t.date and t.date <= as_of:
            for cid in t.contact_ids:
                if cid not in personal or personal[cid] < t.date:
                    personal[cid] = t.date
    rows = [
        PlanContact(
            id=c.id, name=c.name, role=c.role, job_title=c.job_title, is_ambassador=c.is_ambassador,
            last_personal=personal.get(c.id),
            days_personal=(as_of - personal[c.id]).days if c.id in personal else None,
            preferred_channel=c.preferred_channel,
        )
        for c in contacts
    ]
    rows.sort(key=lambda c: (not c.is_key, rank.get(c.role, 9), not c.is_ambassador, c.name.lower()))
    return rows


def _cases(cases: Sequence[CaseSummary], as_of: dt.date) -> list[PlanCase]:
    """Open cases first (oldest first), then the latest closed ones of the last year."""
    since = as_of - dt.timedelta(days=365)
    open_ = sorted((c for c in cases if c.resolved_on is None and c.opened_on and c.opened_on <= as_of),
                   key=lambda c: c.opened_on)
    closed = sorted((c for c in cases if c.resolved_on is not None and c.resolved_on > since
                     and c.resolved_on <= as_of), key=lambda c: c.resolved_on, reverse=True)
    out = []
    for c in open_ + closed[:6]:
        end = c.resolved_on or as_of
        out.append(PlanCase(
            opened_on=c.opened_on, subject=c.subject, contact=c.contact, resolved_on=c.resolved_on,
            outcome=c.outcome if c.resolved_on else "",
            days_open=(end - c.opened_on).days if c.opened_on else None,
        ))
    return out


def _top_products(purchases: Sequence[PurchaseSummary], as_of: dt.date) -> list[PlanProduct]:
    since = as_of - dt.timedelta(days=365)
    totals: dict[str, list[float]] = {}
    for p in purchases:
        if p.date and since < p.date <= as_of:
            row = totals.setdefault(p.product or "?", [0.0, 0.0])
            row[0] += p.quantity or 0.0
            row[1] += p.amount or 0.0
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0]))[:TOP_PRODUCTS]
    return [PlanProduct(name, qty, amount) for name, (qty, amount) in ranked]


def _suggestion(s: Any, lang: str) -> PlanSuggestion:
    if isinstance(s, PlanSuggestion):
        return s
    if isinstance(s, dict):  # the ``suggest --json`` shape
        return PlanSuggestion(s.get("kind", ""), s.get("product", ""), s.get("because", ""),
                              float(s.get("expected_value") or 0.0), float(s.get("score") or 0.0))
    return PlanSuggestion(s.kind, s.product_label(lang), s.because(lang),
                          float(s.expected_value), float(s.score))
