"""The data of a director's account review: a portfolio summary, then the plans.

A sales director compares account managers and teams before deciding where to
invest attention (DESIGN.md §1). Per owner and per team: how many accounts, how
many are red / amber / green, the value at stake (twelve-month revenue of the
accounts that need attention), the neglected A-accounts by name, and the best
up-sell and cross-sell opportunities by expected value. Pure Python over the
plans already assembled, so the summary and the plans can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from relbeheer.core.plan import AccountPlan

SEVERITIES = ("ok", "low", "medium", "high", "critical")
# "Needs attention" (value at stake, neglected) starts here; low is a hint, not a problem.
FLAGGED_FROM = "medium"
TOP_SUGGESTIONS = 10
BANDS = ("red", "amber", "green")


def severity_rank(code: str) -> int:
    """0 (ok) … 4 (critical); -1 when the engine did not score the account."""
    return SEVERITIES.index(code) if code in SEVERITIES else -1


@dataclass(frozen=True)
class ReviewFilters:
    """Which accounts a review covers; empty fields do not filter.

    ``severity`` is a minimum: "high" selects high and critical accounts.
    Names compare case-insensitively, as a director types them.
    """

    owner: str = ""
    team: str = ""
    region: str = ""
    tier: str = ""
    severity: str = ""

    def __post_init__(self):
        if self.severity and self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")
        if self.tier and self.tier.upper() not in ("A", "B", "C"):
            raise ValueError("tier must be A, B or C")

    def matches(self, *, owner: str, team: str, region: str, tier: str,
                severity: str | None = None) -> bool:
        """Whether an account passes; ``severity`` None means "not known yet" (not checked),
        "" means "not scored" (fails any severity filter)."""
        def same(wanted: str, actual: str) -> bool:
            return not wanted or wanted.strip().casefold() == (actual or "").strip().casefold()

        if not (same(self.owner, owner) and same(self.team, team) and same(self.region, region)
                and same(self.tier, tier)):
            return False
        if not self.severity or severity is None:
            return True
        return severity_rank(severity) >= severity_rank(self.severity)

    def is_empty(self) -> bool:
        return not any((self.owner, self.team, self.region, self.tier, self.severity))

    def items(self) -> list[tuple[str, str]]:
        """(field, value) of the filters in use, for the cover page."""
        return [(k, v) for k, v in (("owner", self.owner), ("team", self.team),
                                    ("region", self.region), ("tier", self.tier.upper()),
                                    ("severity", self.severity)) if v]


@dataclass
class PortfolioLine:
    """One row of the summary: an owner, a team, or the total."""

    name: str
    team: str = ""
    accounts: int = 0
    red: int = 0
    amber: int = 0
    green: int = 0
    unscored: int = 0
    flagged: int = 0  # severity medium or worse
    value_at_stake: float = 0.0
    revenue_12m: float = 0.0
    neglected_a: int = 0
    suggestion_value: float = 0.0

    def add(self, plan: AccountPlan) -> None:
        att = plan.attention
        self.accounts += 1
        self.revenue_12m += plan.figures.revenue_12m
        band = att.band if att else ""
        if band in BANDS:
            setattr(self, band, getattr(self, band) + 1)
        else:
            self.unscored += 1
        if is_flagged(plan):
            self.flagged += 1
            self.value_at_stake += att.value_at_stake or plan.figures.revenue_12m
        if is_neglected_a(plan):
            self.neglected_a += 1
        self.suggestion_value += sum(s.expected_value for s in plan.suggestions)


@dataclass(frozen=True)
class NeglectedAccount:
    name: str
    owner: str
    severity: str
    health: int | None
    days_since_personal: int | None
    value_at_stake: float
    reason: str


@dataclass(frozen=True)
class TopSuggestion:
    account: str
    owner: str
    kind: str
    product: str
    expected_value: float
    because: str


@dataclass
class ReviewData:
    lang: str
    as_of: dt.date
    filters: ReviewFilters
    owners: list[PortfolioLine]
    teams: list[PortfolioLine]
    total: PortfolioLine
    neglected: list[NeglectedAccount]
    top_suggestions: list[TopSuggestion]
    plans: list[AccountPlan] = field(default_factory=list)


def is_flagged(plan: AccountPlan) -> bool:
    att = plan.attention
    return att is not None and severity_rank(att.severity) >= severity_rank(FLAGGED_FROM)


def is_neglected_a(plan: AccountPlan) -> bool:
    """An A-account the engine flags (medium or worse): the director's first question."""
    return plan.account.tier == "A" and is_flagged(plan)


def review_order(plans: Iterable[AccountPlan]) -> list[AccountPlan]:
    """Team, owner, then most urgent first (priority, then severity, then name)."""
    def key(p: AccountPlan):
        att = p.attention
        return (p.account.team.casefold(), p.account.owner.casefold(),
                -(att.priority if att else 0.0), -severity_rank(att.severity if att else ""),
                p.account.name.casefold())

    return sorted(plans, key=key)


def build_review(plans: Sequence[AccountPlan], *, as_of: dt.date, lang: str,
                 filters: ReviewFilters = ReviewFilters(), keep_plans: bool = True) -> ReviewData:
    """The summary of ``plans`` (already filtered), with the plans in review order."""
    ordered = review_order(plans)
    owners: dict[tuple[str, str], PortfolioLine] = {}
    teams: dict[str, PortfolioLine] = {}
    total = PortfolioLine(name="")
    for plan in ordered:
        a = plan.account
        owners.setdefault((a.owner, a.team), PortfolioLine(name=a.owner, team=a.team)).add(plan)
        teams.setdefault(a.team, PortfolioLine(name=a.team)).add(plan)
        total.add(plan)
    return ReviewData(
        lang=lang, as_of=as_of, filters=filters,
        owners=sorted(owners.values(), key=lambda l: (l.team.casefold(), l.name.casefold())),
        teams=sorted(teams.values(), key=lambda l: l.name.casefold()),
        total=total,
        neglected=_neglected(ordered),
        top_suggestions=_top_suggestions(ordered),
        plans=ordered if keep_plans else [],
    )


def _neglected(plans: Sequence[AccountPlan]) -> list[NeglectedAccount]:
    found = [p for p in plans if is_neglected_a(p)]
    found.sort(key=lambda p: (-severity_rank(p.attention.severity), -p.attention.value_at_stake,
                              p.account.name.casefold()))
    return [
        NeglectedAccount(
            name=p.account.name, owner=p.account.owner, severity=p.attention.severity,
            health=p.attention.health, days_since_personal=p.figures.days_since_personal,
            value_at_stake=p.attention.value_at_stake or p.figures.revenue_12m,
            reason=p.attention.reasons[0].text if p.attention.reasons else "",
        )
        for p in found
    ]


def _top_suggestions(plans: Sequence[AccountPlan], limit: int = TOP_SUGGESTIONS) -> list[TopSuggestion]:
    rows = [
        TopSuggestion(p.account.name, p.account.owner, s.kind, s.product, s.expected_value, s.because)
        for p in plans for s in p.suggestions
    ]
    rows.sort(key=lambda r: (-r.expected_value, r.account.casefold(), r.product))
    return rows[:limit]
