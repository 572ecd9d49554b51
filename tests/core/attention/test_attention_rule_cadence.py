"""Rule 1, cadence: days since the last personal touchpoint against the tier's cadence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from relbeheer.core.attention.model import Severity

from .conftest import Acc, fired, run


def test_fires_when_silence_exceeds_the_tier_cadence():
    """An A-account last visited 31 days ago (cadence 30) is flagged."""
    result = run([Acc(tier="A", touchpoints=[(31, "visit")])])
    assert fired(result, "cadence") == [True]
    assert result.severity[0] == Severity.MEDIUM


def test_near_miss_on_the_cadence_day_is_fine():
    """30 days on a 30-day cadence is on time."""
    assert fired(run([Acc(tier="A", touchpoints=[(30, "visit")])]), "cadence") == [False]


def test_digital_touchpoints_do_not_count_as_personal():
    """E-mails yesterday do not make up for a visit 40 days ago."""
    acc = Acc(tier="A", touchpoints=[(40, "visit"), (1, "email"), (2, "newsletter")])
    assert fired(run([acc]), "cadence") == [True]


@pytest.mark.parametrize("tier, days, expected", [
    ("B", 61, True), ("B", 59, False), ("C", 121, True), ("C", 100, False),
])
def test_each_tier_has_its_own_cadence(tier, days, expected):
    """B 60 days, C 120 days (DESIGN §3 defaults)."""
    assert fired(run([Acc(tier=tier, touchpoints=[(days, "call")])]), "cadence") == [expected]


def test_a_per_account_cadence_overrides_the_tier():
    """A C-account with its own 45-day cadence is late after 46 days."""
    acc = Acc(tier="C", cadence=45, touchpoints=[(46, "visit")])
    assert fired(run([acc]), "cadence") == [True]
    assert fired(run([replace(acc, touchpoints=[(44, "visit")])]), "cadence") == [False]


def test_the_threshold_comes_from_settings(settings):
    """Raising cadence_a to 45 makes a 40-day silence acceptable."""
    acc = Acc(tier="A", touchpoints=[(40, "visit")])
    assert fired(run([acc], settings), "cadence") == [True]
    assert fired(run([acc], replace(settings, cadence_a=45)), "cadence") == [False]


def test_severity_grows_with_the_silence():
    """1.5 cadences is high, 3 cadences critical; never contacted is high."""
    result = run([Acc(touchpoints=[(46, "visit")]), Acc(touchpoints=[(95, "visit")]),
                  Acc(touchpoints=[(3, "email")])])
    assert result.severity.tolist() == [Severity.HIGH, Severity.CRITICAL, Severity.HIGH]


def test_a_future_touchpoint_does_not_count_yet():
    """A visit dated after the as-of day is not contact yet."""
    acc = Acc(tier="A", touchpoints=[(40, "visit"), (-5, "visit")])
    assert fired(run([acc]), "cadence") == [True]
