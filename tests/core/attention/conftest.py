"""Hand-built accounts for the rule tests: plain data in, no database.

``Acc`` describes one account the way a reader thinks of it (touchpoints as
(days ago, kind), purchases as (days ago, amount)); ``portfolio`` turns a list of
them into the PortfolioData the engine reads, summing purchases over the windows
DataRequest asks for exactly as the store does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pytest

from relbeheer.core.attention.engine import cadences, evaluate
from relbeheer.core.attention.history import TouchpointHistory
from relbeheer.core.attention.model import (
    DataRequest,
    KeyContacts,
    OpenCase,
    PortfolioData,
)
from relbeheer.core.attention.settings import AttentionSettings

AS_OF = dt.date(2026, 6, 30)
SCORE_COLUMNS = {"nps": 0, "csat": 1, "ces": 2}


def ago(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


@dataclass
class Acc:
    """One hand-built account; every list is optional."""

    name: str = "Fietsen Jansen"
    tier: str = "A"
    cadence: int | None = None
    touchpoints: list = field(default_factory=list)  # (days ago, kind)
    purchases: list = field(default_factory=list)  # (days ago, amount[, is_contract])
    scores: list = field(default_factory=list)  # (days ago, kind, score)
    cases: list = field(default_factory=list)  # (opened days ago, resolved days ago | None, subject)
    # (id, name, role, ambassador, days ago of last personal touchpoint | None)
    people: list = field(default_factory=list)


def portfolio(accounts: list[Acc], settings: AttentionSettings | None = None,
              as_of: dt.date = AS_OF) -> PortfolioData:
    """The PortfolioData of hand-built accounts."""
    s = settings or AttentionSettings()
    n = len(accounts)
    tiers = [a.tier for a in accounts]
    cadence = cadences(tiers, [a.cadence for a in accounts], s)
    request = DataRequest.build(as_of, s, int(cadence.max()))
    history = TouchpointHistory.from_entries(
        [[(as_of - dt.timedelta(days=d), k) for d, k in a.touchpoints] for a in accounts])
    data = PortfolioData(
        as_of=as_of, request=request, account_ids=[f"acc-{i}" for i in range(n)],
        names=[a.name for a in accounts], tiers=tiers, cadence=cadence,
        owners=["Eva"] * n, teams=["Noord"] * n, regions=["Noord"] * n, history=history,
        value=np.zeros(n), revenue=np.zeros((n, 4)), contract_day=np.zeros(n, np.int64),
        contract_day_prev=np.zeros(n, np.int64), scores=np.full((n, 3), np.nan),
        scores_prev=np.full((n, 3), np.nan), open_since=np.zeros(n, np.int64),
        open_since_prev=np.zeros(n, np.int64), open_count=np.zeros(n, np.int64),
    )
    rows, met = [], np.zeros(n, np.int64)
    for i, a in enumerate(accounts):
        _purchases(data, i, a, request)
        _scores(data, i, a, request)
        _cases(data, i, a, request)
        for cid, name, role, amb, last in a.people:
            day = (as_of - dt.timedelta(days=last)).toordinal() if last is not None else 0
            if role == "decision_maker" or amb:
                rows.append((i, cid, name, role, amb, day))
            if day > request.contact_since.toordinal():  # met inside the widest window
                met[i] = max(met[i], day)
    data.key_contacts = KeyContacts.from_rows(rows)
    data.people_met = met
    return data


def _in(day: dt.date, window) -> bool:
    return window[0] < day <= window[1]


def _purchases(data, i, a, r):
    for entry in a.purchases:
        d, amount = data.as_of - dt.timedelta(days=entry[0]), entry[1]
        contract = len(entry) > 2 and entry[2]
        if _in(d, (r.value_since, r.as_of)):
            data.value[i] += amount
        for k, w in enumerate(r.revenue_windows):
            if _in(d, w):
                data.revenue[i, k] += amount
        if contract and _in(d, r.contract_windows[0]):
            data.contract_day[i] = max(data.contract_day[i], d.toordinal())
        if contract and _in(d, r.contract_windows[1]):
            data.contract_day_prev[i] = max(data.contract_day_prev[i], d.toordinal())


def _scores(data, i, a, r):
    for target, window in ((data.scores, r.measurement_windows[0]),
                           (data.scores_prev, r.measurement_windows[1])):
        latest = {}
        for d, kind, score in a.scores:
            day = data.as_of - dt.timedelta(days=d)
            if _in(day, window) and (kind not in latest or day >= latest[kind][0]):
                latest[kind] = (day, score)
        for kind, (_, score) in latest.items():
            target[i, SCORE_COLUMNS[kind]] = score


def _cases(data, i, a, r):
    for opened, resolved, subject in a.cases:
        o = data.as_of - dt.timedelta(days=opened)
        res = None if resolved is None else data.as_of - dt.timedelta(days=resolved)
        if o <= r.prev and (res is None or res > r.prev):
            old = data.open_since_prev[i]
            data.open_since_prev[i] = o.toordinal() if not old else min(old, o.toordinal())
        if o <= r.as_of and (res is None or res > r.as_of):
            data.open_count[i] += 1
            if not data.open_since[i] or o.toordinal() < data.open_since[i]:
                data.open_since[i] = o.toordinal()
                data.open_cases[i] = OpenCase(subject, o, None)


def every(days: int, start: int, end: int = 0, kind: str = "visit") -> list:
    """Touchpoints of ``kind`` every ``days``, the last one ``end`` days ago, none
    longer ago than ``start``."""
    return [(d, kind) for d in range(end, start + 1, days)]


def run(accounts: list[Acc], settings: AttentionSettings | None = None, as_of: dt.date = AS_OF):
    """Evaluate hand-built accounts; returns the PortfolioResult."""
    s = settings or AttentionSettings()
    return evaluate(portfolio(accounts, s, as_of), s)


def fired(result, rule: str) -> list[bool]:
    """Per account: did ``rule`` fire?"""
    hit = next(h for h in result.hits if h.rule == rule)
    return hit.fired.tolist()


@pytest.fixture
def settings() -> AttentionSettings:
    return AttentionSettings()
