"""The figures the rules and the health score read, for every account, as of one day.

Computed for the as-of day, and (only what the health score reads, ``health_facts``)
for the day the trend compares with — from the same arrays, so the trend costs no
second pass over the touchpoints.
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


_ARRAYS = ("any_count", "last_personal", "days_personal", "days_social", "last_structural",
           "digital_in_cadence", "personal_recent", "personal_before", "personal_year",
           "usual_gap")


def _days_since(day: int, last: np.ndarray) -> np.ndarray:
    out = (day - last).astype(np.float64)
    out[last == 0] = np.nan
    return out


def health_facts(
    history: TouchpointHistory, day: int, settings: AttentionSettings
) -> Facts:
    """Only the facts the health score reads (for the trend's earlier day): the
    rules' counts and the median gap are not computed; those fields are None."""
    hi = history.bound(day)
    year = history.bound(day - settings.frequency_window_days)
    last_personal = history.last_day(PERSONAL, hi)
    return Facts(
        day=day, any_count=None, last_personal=last_personal,
        days_personal=_days_since(day, last_personal),
        days_social=_days_since(day, history.last_day(SOCIAL, hi)),
        last_structural=history.last_day(STRUCTURAL, hi),
        digital_in_cadence=None, personal_recent=None, personal_before=None,
        personal_year=history.count(PERSONAL, year, hi), usual_gap=None,
    )


def take(f: Facts, idx: np.ndarray) -> Facts:
    """The facts of the accounts at positions ``idx`` (fields left None stay None)."""
    return Facts(f.day, *(None if getattr(f, name) is None else getattr(f, name)[idx]
                          for name in _ARRAYS))


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
