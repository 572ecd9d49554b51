"""The figures the rules and the health score read, for every account, as of one day.

Computed twice per run — for the as-of day and for the day the trend compares with —
from the same arrays, so the trend costs no second pass over the touchpoints.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from relbeheer.core.attention.history import PERSONAL, SOCIAL, STRUCTURAL, TouchpointHistory
from relbeheer.core.attention.settings import AttentionSettings

DIGITAL = 0  # TouchpointHistory.prefix(0): entries that are not personal


@dataclass
class Facts:
    """Per-account arrays as of ``day`` (an ordinal); NaN or 0 mean 'none'."""

    day: int
    any_count: np.ndarray  # touchpoints on or before day
    last_personal: np.ndarray  # ordinal, 0 none
    days_personal: np.ndarray  # float, NaN none
    days_social: np.ndarray  # float, NaN none
    last_structural: np.ndarray  # ordinal of the last structural touchpoint, 0 none
    digital_in_cadence: np.ndarray  # digital touchpoints in (day - cadence, day]
    personal_recent: np.ndarray  # personal in (day - W, day], W = attention window
    personal_before: np.ndarray  # personal in (day - 2W, day - W]
    personal_year: np.ndarray  # personal in the frequency window
    usual_gap: np.ndarray  # median recent gap between personal contacts, NaN unknown


def _days_since(day: int, last: np.ndarray) -> np.ndarray:
    out = (day - last).astype(np.float64)
    out[last == 0] = np.nan
    return out


def compute_facts(
    history: TouchpointHistory, day: int, cadence: np.ndarray, settings: AttentionSettings
) -> Facts:
    """All facts as of ordinal ``day``; touchpoints after it do not exist yet."""
    start = history.offsets[:-1]
    hi = history.bound(day)
    w = settings.attention_window_days
    in_cadence = history.bound(day - cadence)
    recent = history.bound(day - w)
    before = history.bound(day - 2 * w)
    year = history.bound(day - settings.frequency_window_days)
    last_personal = history.last_day(PERSONAL, hi)
    return Facts(
        day=day,
        any_count=hi - start,
        last_personal=last_personal,
        days_personal=_days_since(day, last_personal),
        days_social=_days_since(day, history.last_day(SOCIAL, hi)),
        last_structural=history.last_day(STRUCTURAL, hi),
        digital_in_cadence=history.count(DIGITAL, in_cadence, hi),
        personal_recent=history.count(PERSONAL, recent, hi),
        personal_before=history.count(PERSONAL, before, recent),
        personal_year=history.count(PERSONAL, year, hi),
        usual_gap=history.usual_gap(hi, settings.rhythm_gaps, settings.rhythm_min_gaps),
    )
