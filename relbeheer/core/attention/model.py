"""What the attention engine reads and what it returns, as plain dataclasses.

``PortfolioData`` is filled by the store (columns aligned by account position, so
the rules run over numpy arrays); ``DataRequest`` tells the store which windows to
sum, decided here from the settings so the store holds no business rule.
``AttentionItem`` is one line of the attention list: what the UI, the CLI and the
account plan show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np

from relbeheer.core.attention.history import TouchpointHistory
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import DecisionRole, TouchpointKind


class Severity(IntEnum):
    """Ordered so that max() of the rules' severities is the account's."""

    OK = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class DataRequest:
    """The dates the store needs to load (all windows are (start, end])."""

    as_of: dt.date
    prev: dt.date  # the trend compares with the health score of this day
    value_since: dt.date
    revenue_windows: tuple[tuple[dt.date, dt.date], ...]  # recent, prior, recent_prev, prior_prev
    contract_windows: tuple[tuple[dt.date, dt.date], ...]  # as of as_of, as of prev
    measurement_windows: tuple[tuple[dt.date, dt.date], ...]  # as of as_of, as of prev
    contact_since: dt.date  # start of the widest key-contact window

    @classmethod
    def build(cls, as_of: dt.date, settings: AttentionSettings, max_cadence: int) -> "DataRequest":
        """The windows for ``as_of`` under ``settings``; ``max_cadence`` is the
        longest cadence among the accounts (per-account cadences can exceed C's)."""
        days = dt.timedelta
        prev = as_of - days(settings.trend_days)
        w = days(settings.revenue_window_days)
        windows = tuple(
            (end - 2 * w, end - w) if prior else (end - w, end)
            for end in (as_of, prev)
            for prior in (False, True)
        )
        return cls(
            as_of=as_of,
            prev=prev,
            value_since=as_of - days(settings.value_window_days),
            revenue_windows=windows,
            contract_windows=tuple((end - days(settings.structural_lookback_days), end)
                                   for end in (as_of, prev)),
            measurement_windows=tuple((end - days(settings.measurement_lookback_days), end)
                                      for end in (as_of, prev)),
            contact_since=as_of - days(int(np.ceil(max_cadence * settings.key_contact_factor))),
        )


@dataclass(slots=True)
class KeyContact:
    """A person the next action can name; key = decision maker or ambassador."""

    id: str
    name: str
    role: DecisionRole = DecisionRole.USER
    is_ambassador: bool = False

    @property
    def is_key(self) -> bool:
        return self.is_ambassador or self.role is DecisionRole.DECISION_MAKER


@dataclass(slots=True)
class OpenCase:
    """The oldest complaint still open on the as-of day."""

    subject: str
    opened_on: dt.date
    contact: KeyContact | None = None


_ROLES = {r.value: r for r in DecisionRole}


@dataclass
class KeyContacts:
    """Decision makers and ambassadors of all accounts, as columns sorted by account.

    ``last_day`` is the ordinal day of the person's last personal touchpoint when
    known, 0 when they were not met inside the key-contact window (or never).
    """

    pos: np.ndarray  # account position, ascending
    ids: list[str]
    names: list[str]
    roles: list[str]
    ambassador: np.ndarray  # bool
    last_day: np.ndarray  # int64

    @classmethod
    def empty(cls) -> "KeyContacts":
        return cls(np.zeros(0, np.int64), [], [], [], np.zeros(0, bool), np.zeros(0, np.int64))

    @classmethod
    def from_rows(cls, rows: list[tuple[int, str, str, str, bool, int]]) -> "KeyContacts":
        """From (position, id, name, role, ambassador, last_day) tuples, any order."""
        rows = sorted(rows, key=lambda r: (r[0], r[2] or ""))
        if not rows:
            return cls.empty()
        pos, ids, names, roles, amb, last = zip(*rows)
        return cls(np.array(pos, np.int64), list(ids), list(names), list(roles),
                   np.array(amb, bool), np.array(last, np.int64))

    def range_of(self, i: int) -> range:
        """Row numbers of account position ``i``."""
        lo = int(np.searchsorted(self.pos, i, side="left"))
        hi = int(np.searchsorted(self.pos, i, side="right"))
        return range(lo, hi)

    def contact(self, k: int) -> KeyContact:
        """Row ``k`` as a KeyContact (an unknown role reads as 'user')."""
        role = _ROLES.get(self.roles[k], DecisionRole.USER)
        return KeyContact(self.ids[k], self.names[k] or "", role, bool(self.ambassador[k]))


@dataclass
class PortfolioData:
    """Everything the rules need for n accounts; arrays are indexed by position."""

    as_of: dt.date
    request: DataRequest
    account_ids: list[str]
    names: list[str]
    tiers: list[str]
    cadence: np.ndarray  # days, per account (override or tier default)
    owners: list[str]
    teams: list[str]
    regions: list[str]
    history: TouchpointHistory
    # revenue sums per window of request.revenue_windows, and of the value window
    value: np.ndarray
    revenue: np.ndarray  # (n, 4): recent, prior, recent_prev, prior_prev
    contract_day: np.ndarray  # ordinal of the last contract purchase <= as_of, 0 none
    contract_day_prev: np.ndarray
    # latest scores within the lookback, NaN when none: columns nps, csat, ces
    scores: np.ndarray  # (n, 3) as of as_of
    scores_prev: np.ndarray  # (n, 3) as of prev
    open_since: np.ndarray  # ordinal day the oldest open case was opened, 0 none
    open_since_prev: np.ndarray
    open_count: np.ndarray
    open_cases: dict[int, OpenCase] = field(default_factory=dict)
    key_contacts: KeyContacts = field(default_factory=KeyContacts.empty)
    # per account: the last day anyone there was met personally (linked to a
    # personal touchpoint) inside the key-contact window; 0 none
    people_met: np.ndarray | None = None
    # any contact per account without key contacts, for the next action: {position: contact}
    other_contacts: dict[int, KeyContact] = field(default_factory=dict)
    # whether revenue[:, 2:4] (the trend day's windows) holds every account's sums
    revenue_trend_loaded: bool = True

    def __len__(self) -> int:
        return len(self.account_ids)

    def contacts_of(self, i: int) -> list[KeyContact]:
        """The people the next action of account ``i`` can name."""
        people = [self.key_contacts.contact(k) for k in self.key_contacts.range_of(i)]
        if not people and i in self.other_contacts:
            people = [self.other_contacts[i]]
        return people


@dataclass(slots=True)
class Reason:
    """One rule that fired, with the numbers its sentence needs."""

    rule: str
    severity: Severity
    params: dict

    def text(self, lang: str = "nl") -> str:
        from relbeheer.core.attention.texts import reason_text

        return reason_text(self, lang)


@dataclass(slots=True)
class NextAction:
    """One concrete step: a kind of touchpoint with a named person."""

    kind: TouchpointKind
    rule: str  # the rule it answers ('' when the account is fine)
    contact: KeyContact | None
    account: str
    due: dt.date | None = None
    subject: str = ""

    def text(self, lang: str = "nl") -> str:
        from relbeheer.core.attention.texts import action_text

        return action_text(self, lang)


@dataclass(slots=True)
class HealthScore:
    """0-100 with its components (None = not measurable, weight re-spread)."""

    score: int
    band: str  # red / amber / green
    components: dict[str, float | None]
    previous: int | None = None  # the score trend_days earlier
    trend: int | None = None  # score - previous
    direction: str = "flat"  # up / down / flat


@dataclass(slots=True)
class AttentionItem:
    """One account on the attention list."""

    account_id: str
    account: str
    tier: str
    owner: str
    team: str
    region: str
    severity: Severity
    health: HealthScore
    reasons: list[Reason]
    next_action: NextAction
    value_at_stake: float
    priority: float
    days_since_personal_contact: int | None
    cadence_days: int
    usual_gap_days: float | None

    def to_dict(self, lang: str = "nl") -> dict:
        """The JSON shape of ``relbeheer attention --json`` (issue 3)."""
        action = self.next_action
        return {
            "account_id": self.account_id,
            "account": self.account,
            "tier": self.tier,
            "owner": self.owner,
            "team": self.team,
            "region": self.region,
            "severity": self.severity.label,
            "health": self.health.score,
            "health_band": self.health.band,
            "trend": self.health.trend,
            "trend_direction": self.health.direction,
            "reasons": [{"rule": r.rule, "text": r.text(lang)} for r in self.reasons],
            "next_action": action.text(lang),
            "next_action_kind": action.kind.value,
            "next_action_contact": action.contact.name if action.contact else None,
            "value_at_stake": round(self.value_at_stake, 2),
            "priority": round(self.priority, 2),
            "days_since_personal_contact": self.days_since_personal_contact,
            "cadence_days": self.cadence_days,
        }
