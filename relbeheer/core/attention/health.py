"""The 0-100 health score: Gainsight-style weighted measures, each scored 0-100.

A measure that cannot be measured for an account (no NPS, CSAT or CES asked; no
purchases in a year) is left out and its weight spread over the others, rather
than counted as zero: an account nobody surveyed is not thereby unhappy. Seed 004
splits the binding measure: social contact 70 points, structural binding 30. Bands:
red below ``health_red_below``, green above ``health_green_above``, amber between.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from relbeheer.core.attention.facts import Facts
from relbeheer.core.attention.model import HealthScore
from relbeheer.core.attention.rules import CES, CSAT, NPS
from relbeheer.core.attention.settings import AttentionSettings
from relbeheer.core.domain import MEASUREMENT_RANGES, MeasurementKind

COMPONENTS = ("recency", "frequency", "binding", "satisfaction", "revenue", "service")


@dataclass
class HealthInputs:
    """What health needs beyond the touchpoint facts, as of the same day."""

    cadence: np.ndarray
    revenue_recent: np.ndarray
    revenue_prior: np.ndarray
    scores: np.ndarray  # (n, 3) nps, csat, ces; NaN unknown
    open_since: np.ndarray  # ordinal, 0 none
    contract_day: np.ndarray  # ordinal, 0 none


def _recency(days: np.ndarray, cadence: np.ndarray, s: AttentionSettings) -> np.ndarray:
    """100 up to a fraction of the cadence, 50 at one cadence, 0 at the critical
    ratio, straight lines between; never contacted personally: 0."""
    full = min(s.health_recency_full_ratio, 0.99)
    zero = max(s.cadence_critical_ratio, 1.01)
    score = np.interp(days / cadence, [full, 1.0, zero], [100.0, 50.0, 0.0])
    return np.where(np.isnan(days), 0.0, score)


def _scaled(values: np.ndarray, kind: MeasurementKind, lower_is_better: bool = False) -> np.ndarray:
    lo, hi = MEASUREMENT_RANGES[kind]
    part = (values - lo) / (hi - lo)
    return 100.0 * np.clip(1.0 - part if lower_is_better else part, 0.0, 1.0)


def components(f: Facts, x: HealthInputs, s: AttentionSettings) -> np.ndarray:
    """(n, 6) component scores in COMPONENTS order; NaN where not measurable."""
    n = len(x.cadence)
    out = np.empty((n, len(COMPONENTS)))
    with np.errstate(invalid="ignore", divide="ignore"):
        out[:, 0] = _recency(f.days_personal, x.cadence, s)
        expected = s.frequency_window_days / x.cadence
        out[:, 1] = 100.0 * np.minimum(1.0, f.personal_year / expected)
        social_ok = f.days_social <= s.binding_gap_cadences * x.cadence
        since = f.day - s.structural_lookback_days
        structural = (x.contract_day > since) | (f.last_structural > since)
        share = s.health_social_share
        out[:, 2] = share * social_ok + (100.0 - share) * structural
        sat = np.column_stack([
            _scaled(x.scores[:, NPS], MeasurementKind.NPS),
            _scaled(x.scores[:, CSAT], MeasurementKind.CSAT),
            _scaled(x.scores[:, CES], MeasurementKind.CES, lower_is_better=True),
        ])
        known = np.isfinite(sat).sum(axis=1)
        out[:, 3] = np.where(known > 0, np.nansum(sat, axis=1) / np.maximum(known, 1), np.nan)
        recent, prior = x.revenue_recent, x.revenue_prior
        floor = s.revenue_high_ratio
        ratio = recent / np.where(prior > 0, prior, 1.0)
        rev = 100.0 * np.clip((ratio - floor) / max(1.0 - floor, 1e-9), 0.0, 1.0)
        rev = np.where(prior < s.revenue_min_prior, 100.0, rev)
        no_trade = (prior < s.revenue_min_prior) & (recent < s.revenue_min_prior)
        out[:, 4] = np.where(no_trade, np.nan, rev)
        days_open = f.day - x.open_since
        out[:, 5] = np.where(x.open_since == 0, 100.0,
                             np.where(days_open > s.complaint_days, 0.0, 50.0))
    return out


def weights(s: AttentionSettings) -> np.ndarray:
    """Component weights in COMPONENTS order."""
    return np.array([s.health_w_recency, s.health_w_frequency, s.health_w_binding,
                     s.health_w_satisfaction, s.health_w_revenue, s.health_w_service])


def combine(parts: np.ndarray, s: AttentionSettings) -> np.ndarray:
    """Weighted mean over the measurable components, rounded to whole points."""
    w = weights(s)
    present = np.isfinite(parts)
    total = (np.where(present, parts, 0.0) * w).sum(axis=1)
    weight = (present * w).sum(axis=1)
    return np.rint(np.where(weight > 0, total / np.maximum(weight, 1e-9), 0.0)).astype(np.int64)


def band(score: float, s: AttentionSettings) -> str:
    """red / amber / green."""
    if score < s.health_red_below:
        return "red"
    if score > s.health_green_above:
        return "green"
    return "amber"


def health_score(parts_row, score: int, previous: int | None,
                 s: AttentionSettings) -> HealthScore:
    """One account's HealthScore from its component row (NaN: not measurable)
    and the two totals."""
    comp = {name: (None if v != v else v) for name, v in zip(COMPONENTS, parts_row)}
    trend = None if previous is None else score - previous
    direction = "flat"
    if trend is not None and abs(trend) >= s.trend_flat_points:
        direction = "up" if trend > 0 else "down"
    return HealthScore(score=score, band=band(score, s), components=comp,
                       previous=previous, trend=trend, direction=direction)


class ScoreMaker:
    """``health_score`` for many rows under one settings object: the thresholds
    are read once instead of per account (the attention list makes tens of
    thousands)."""

    def __init__(self, s: AttentionSettings):
        self._red, self._green, self._flat = s.health_red_below, s.health_green_above, s.trend_flat_points

    def __call__(self, parts_row, score: int, previous: int | None) -> HealthScore:
        comp = {name: (None if v != v else v) for name, v in zip(COMPONENTS, parts_row)}
        trend = None if previous is None else score - previous
        direction = "flat"
        if trend is not None and abs(trend) >= self._flat:
            direction = "up" if trend > 0 else "down"
        band = "red" if score < self._red else "green" if score > self._green else "amber"
        return HealthScore(score=score, band=band, components=comp,
                           previous=previous, trend=trend, direction=direction)
