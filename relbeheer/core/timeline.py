"""An account's history over time: touchpoints per month by binding level, score trends.

The account page charts these and the account plan PDF will print them, so the
bucketing lives here, free of Qt: a month is a calendar month, the window ends with
the month of the as-of date, and a touchpoint counts under the binding level its
kind implies (seed 004: rational, social-emotional, structural).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from relbeheer.core.domain import Binding, MeasurementKind

BINDINGS = tuple(b.value for b in Binding)


class _Dated(Protocol):
    date: dt.date


class _TouchpointLike(_Dated, Protocol):
    binding: str
    channel: str


class _MeasurementLike(_Dated, Protocol):
    kind: str
    score: float


@dataclass(frozen=True)
class MonthBucket:
    """Touchpoints in one calendar month, counted per binding level."""

    month: dt.date  # the first day of the month
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, binding: str | Binding) -> int:
        key = binding.value if isinstance(binding, Binding) else binding
        return self.counts.get(key, 0)


@dataclass(frozen=True)
class BindingBalance:
    """How the attention of a period divides over the three binding levels."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, binding: str | Binding) -> int:
        key = binding.value if isinstance(binding, Binding) else binding
        return self.counts.get(key, 0)

    def share(self, binding: str | Binding) -> float:
        """0..1; 0 when there was no touchpoint at all (nothing to divide)."""
        return self.count(binding) / self.total if self.total else 0.0


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after (or before) ``month``."""
    index = month.year * 12 + (month.month - 1) + n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_starts(as_of: dt.date, months: int = 12) -> list[dt.date]:
    """The first days of the last ``months`` months, oldest first, ending with as_of's month."""
    last = month_start(as_of)
    return [add_months(last, -i) for i in range(months - 1, -1, -1)]


def touchpoints_per_month(
    touchpoints: Iterable[_TouchpointLike], as_of: dt.date, months: int = 12
) -> list[MonthBucket]:
    """One bucket per month of the window, empty months included (a gap is information)."""
    starts = month_starts(as_of, months)
    counts: dict[dt.date, dict[str, int]] = {m: dict.fromkeys(BINDINGS, 0) for m in starts}
    for tp in touchpoints:
        if tp.date is None or tp.date > as_of:
            continue
        bucket = counts.get(month_start(tp.date))
        if bucket is not None:
            bucket[tp.binding] = bucket.get(tp.binding, 0) + 1
    return [MonthBucket(m, counts[m]) for m in starts]


def binding_balance(
    touchpoints: Iterable[_TouchpointLike], as_of: dt.date, days: int = 365
) -> BindingBalance:
    """Counts per binding level of the touchpoints in the ``days`` up to and including as_of."""
    since = as_of - dt.timedelta(days=days)
    counts = dict.fromkeys(BINDINGS, 0)
    for tp in touchpoints:
        if tp.date is not None and since < tp.date <= as_of:
            counts[tp.binding] = counts.get(tp.binding, 0) + 1
    return BindingBalance(counts)


def measurement_series(
    measurements: Iterable[_MeasurementLike],
) -> dict[str, list[tuple[dt.date, float]]]:
    """Scores per measurement kind, oldest first, for a trend line per kind."""
    series: dict[str, list[tuple[dt.date, float]]] = {k.value: [] for k in MeasurementKind}
    for m in measurements:
        if m.date is not None:
            series.setdefault(m.kind, []).append((m.date, float(m.score)))
    for points in series.values():
        points.sort(key=lambda p: p[0])
    return series


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarterly_means(points: Iterable[tuple[dt.date, float]]) -> list[tuple[dt.date, float, int]]:
    """``(quarter start, mean score, number of scores)`` per quarter that has scores, oldest first.

    Several contacts answer an NPS survey within days of each other; a line through
    every single answer zigzags, the mean per quarter shows where the account is going.
    """
    groups: dict[dt.date, list[float]] = {}
    for day, score in points:
        groups.setdefault(quarter_start(day), []).append(float(score))
    return [(q, sum(v) / len(v), len(v)) for q, v in sorted(groups.items())]
