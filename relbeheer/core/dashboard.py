"""The dashboard's figures: health, value at stake, attention per week, open complaints.

The store hands over rows already grouped by SQL (a few thousand at most, whatever
the portfolio size); this module turns them into what a director reads: the
red / amber / green split and a histogram, value at stake per account manager,
touchpoints per week by channel and by binding level, and the open complaints
oldest first. Pure Python, so the numbers are tested without a database or Qt,
and a report could print the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from relbeheer.core.domain import Binding, Channel

BANDS = ("red", "amber", "green")
UNSCORED = ""  # accounts the attention engine has not assessed yet
SEVERITIES = ("critical", "high", "medium", "low")  # "ok" is not at stake
CHANNELS = tuple(c.value for c in Channel)
BINDINGS = tuple(b.value for b in Binding)
DEFAULT_WEEKS = 26
DEFAULT_BIN = 10  # histogram bin width in health points


@dataclass(frozen=True)
class DashboardFilter:
    """Which accounts the dashboard covers; empty fields mean 'all' (case-insensitive)."""

    owner: str = ""
    team: str = ""
    region: str = ""

    @property
    def everything(self) -> bool:
        return not (self.owner or self.team or self.region)


@dataclass(frozen=True)
class FilterOptions:
    """What the filter pickers offer: names as the data spells them, sorted."""

    owners: list[str]
    teams: list[str]
    regions: list[str]


# --- what the store returns ---------------------------------------------------------------
@dataclass(frozen=True)
class HealthCell:
    """Accounts of one owner sharing one health score, band and severity (a GROUP BY row)."""

    owner: str
    team: str
    health: int | None
    band: str  # red / amber / green, "" when not assessed
    severity: str  # critical … ok, "" when not assessed
    accounts: int
    value: float  # summed value at stake (12-month revenue) of these accounts


@dataclass(frozen=True)
class TouchpointCell:
    """Touchpoints of one day with one channel and binding level (a GROUP BY row)."""

    day: dt.date
    channel: str
    binding: str
    count: int


@dataclass(frozen=True)
class OpenComplaint:
    """A service case that is still open, with the account it belongs to."""

    id: str
    account_id: str
    account: str
    owner: str
    subject: str
    contact: str
    opened_on: dt.date

    def days_open(self, as_of: dt.date) -> int:
        return max(0, (as_of - self.opened_on).days)


# --- what the screen shows ------------------------------------------------------------------
@dataclass(frozen=True)
class HistogramBin:
    low: int  # inclusive
    high: int  # inclusive
    counts: dict[str, int]  # per band: a bin can straddle a band threshold

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class HealthDistribution:
    bands: dict[str, int]  # red / amber / green / "" (not assessed)
    bins: list[HistogramBin]
    mean: float | None

    @property
    def assessed(self) -> int:
        return sum(self.bands.get(b, 0) for b in BANDS)


@dataclass
class OwnerStake:
    """One account manager's portfolio: how much revenue sits with flagged accounts."""

    owner: str
    team: str
    accounts: int = 0
    flagged: int = 0
    critical: int = 0
    red: int = 0
    value_at_stake: float = 0.0
    by_severity: dict[str, float] = field(default_factory=dict)
    _health_sum: float = 0.0
    _health_n: int = 0

    @property
    def mean_health(self) -> float | None:
        return self._health_sum / self._health_n if self._health_n else None


@dataclass(frozen=True)
class WeekBucket:
    """Touchpoints in the week starting on Monday ``week``."""

    week: dt.date
    by_channel: dict[str, int]
    by_binding: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_channel.values())


@dataclass
class Dashboard:
    as_of: dt.date
    scope: DashboardFilter
    accounts: int
    flagged: int
    critical: int
    value_at_stake: float
    health: HealthDistribution
    owners: list[OwnerStake]
    weeks: list[WeekBucket]
    complaints: list[OpenComplaint]
    # False when health and severity come from an attention summary of an earlier state
    current: bool = True
    complaint_days: int | None = None  # open longer than this is overdue (attention setting)

    @property
    def oldest_complaint_days(self) -> int | None:
        return self.complaints[0].days_open(self.as_of) if self.complaints else None

    def personal_share(self) -> float | None:
        """Share of personal touchpoints over the whole window (seed 000: digital drifts)."""
        total = sum(w.total for w in self.weeks)
        if not total:
            return None
        return sum(w.by_channel.get(Channel.PERSONAL.value, 0) for w in self.weeks) / total


# --- the computations -------------------------------------------------------------------------
def health_distribution(cells: Iterable[HealthCell], bin_width: int = DEFAULT_BIN) -> HealthDistribution:
    """Band counts and a histogram of health 0–100 whose bars are split by band.

    The band comes from the engine (its thresholds are settings), not from the bin,
    so a bin across a threshold shows both colours instead of guessing one.
    """
    bands = dict.fromkeys((*BANDS, UNSCORED), 0)
    edges = list(range(0, 100, bin_width))
    bins = {low: dict.fromkeys(BANDS, 0) for low in edges}
    total = n = 0
    for cell in cells:
        band = cell.band if cell.band in BANDS and cell.health is not None else UNSCORED
        bands[band] += cell.accounts
        if band == UNSCORED:
            continue
        # 100 belongs to the last bin, so that it is not a bar of its own
        low = min(int(cell.health) // bin_width * bin_width, edges[-1])
        bins[max(low, 0)][band] += cell.accounts
        total += cell.health * cell.accounts
        n += cell.accounts
    histogram = [HistogramBin(low, 100 if low == edges[-1] else low + bin_width - 1, bins[low])
                 for low in edges]
    return HealthDistribution(bands, histogram, total / n if n else None)


def stake_by_owner(cells: Iterable[HealthCell]) -> list[OwnerStake]:
    """Per owner: accounts, flagged (any severity but ok), value at stake; largest first.

    Value at stake counts only flagged accounts: the revenue of an account that is
    fine is not at stake. Accounts without owner are grouped under an empty name.
    """
    owners: dict[str, OwnerStake] = {}
    for cell in cells:
        stake = owners.get(cell.owner)
        if stake is None:
            stake = owners[cell.owner] = OwnerStake(cell.owner, cell.team)
        stake.accounts += cell.accounts
        if cell.health is not None:
            stake._health_sum += cell.health * cell.accounts
            stake._health_n += cell.accounts
        if cell.band == "red":
            stake.red += cell.accounts
        if cell.severity in SEVERITIES:
            stake.flagged += cell.accounts
            stake.value_at_stake += cell.value
            stake.by_severity[cell.severity] = stake.by_severity.get(cell.severity, 0.0) + cell.value
            if cell.severity == "critical":
                stake.critical += cell.accounts
    return sorted(owners.values(), key=lambda o: (-o.value_at_stake, o.owner.casefold()))


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (ISO weeks, as Dutch calendars count them)."""
    return day - dt.timedelta(days=day.weekday())


def week_window(as_of: dt.date, weeks: int = DEFAULT_WEEKS) -> tuple[dt.date, dt.date]:
    """(first day, last day) of the ``weeks`` weeks ending with as_of's week (inclusive)."""
    last = week_start(as_of)
    return last - dt.timedelta(weeks=weeks - 1), as_of


def touchpoints_per_week(cells: Iterable[TouchpointCell], as_of: dt.date,
                         weeks: int = DEFAULT_WEEKS) -> list[WeekBucket]:
    """One bucket per week, oldest first, empty weeks included (a gap is information).

    The current week is counted up to as_of only, so it may look short.
    """
    first, last = week_window(as_of, weeks)
    starts = [first + dt.timedelta(weeks=i) for i in range(weeks)]
    channels = {w: dict.fromkeys(CHANNELS, 0) for w in starts}
    bindings = {w: dict.fromkeys(BINDINGS, 0) for w in starts}
    for cell in cells:
        if not first <= cell.day <= last:
            continue
        week = week_start(cell.day)
        channels[week][cell.channel] = channels[week].get(cell.channel, 0) + cell.count
        bindings[week][cell.binding] = bindings[week].get(cell.binding, 0) + cell.count
    return [WeekBucket(w, channels[w], bindings[w]) for w in starts]


def oldest_first(complaints: Iterable[OpenComplaint]) -> list[OpenComplaint]:
    """Open complaints, the longest waiting first (seed 002: recovery is a race)."""
    return sorted(complaints, key=lambda c: (c.opened_on, c.account.casefold(), c.id))


def build_dashboard(as_of: dt.date, scope: DashboardFilter, health: Sequence[HealthCell],
                    touchpoints: Iterable[TouchpointCell], complaints: Iterable[OpenComplaint],
                    weeks: int = DEFAULT_WEEKS, bin_width: int = DEFAULT_BIN) -> Dashboard:
    """Everything the dashboard shows, from the store's grouped rows."""
    owners = stake_by_owner(health)
    return Dashboard(
        as_of=as_of,
        scope=scope,
        accounts=sum(c.accounts for c in health),
        flagged=sum(o.flagged for o in owners),
        critical=sum(o.critical for o in owners),
        value_at_stake=sum(o.value_at_stake for o in owners),
        health=health_distribution(health, bin_width),
        owners=owners,
        weeks=touchpoints_per_week(touchpoints, as_of, weeks),
        complaints=oldest_first(c for c in complaints if c.opened_on <= as_of),
    )
