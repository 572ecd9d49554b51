"""Rule 2, own rhythm: a silence long for this account's usual gap, inside the cadence."""

from __future__ import annotations

from dataclasses import replace

from .conftest import Acc, every, fired, run


def test_fires_when_a_tight_rhythm_breaks_inside_the_cadence():
    """Visited every 7 days for months, now 25 days silent (C cadence 120): flagged."""
    acc = Acc(tier="C", touchpoints=every(7, 200, 25))
    result = run([acc])
    assert fired(result, "own_rhythm") == [True]
    assert fired(result, "cadence") == [False]
    assert result.facts.usual_gap[0] == 7


def test_near_miss_inside_the_usual_rhythm():
    """Same account, 12 days silent: 12 < 2.5 × 7, not flagged."""
    acc = Acc(tier="C", touchpoints=every(7, 200, 12))
    assert fired(run([acc]), "own_rhythm") == [False]


def test_too_few_gaps_is_no_rhythm():
    """Two visits make one gap: no rhythm to break."""
    acc = Acc(tier="C", touchpoints=[(60, "visit"), (53, "visit")])
    result = run([acc])
    assert fired(result, "own_rhythm") == [False]
    assert result.facts.usual_gap[0] != result.facts.usual_gap[0]  # NaN


def test_the_median_ignores_one_long_holiday_gap():
    """Gaps 7,7,7,60,7,7 have median 7: the holiday does not stretch the rhythm."""
    days = [150, 143, 136, 129, 69, 62, 55]
    result = run([Acc(tier="C", touchpoints=[(d, "visit") for d in days])])
    assert result.facts.usual_gap[0] == 7


def test_same_day_contacts_are_one_gap(settings):
    """A visit and a call on the same day do not make a zero-day gap."""
    tps = every(10, 100, 40) + [(d, "call") for d in range(100, 39, -10)]
    assert run([Acc(tier="C", touchpoints=tps)]).facts.usual_gap[0] == 10


def test_minimum_silence_and_factor_come_from_settings(settings):
    """Daily contact broken for 10 days: below the 14-day floor unless it is lowered."""
    acc = Acc(tier="C", touchpoints=every(1, 40, 10))
    assert fired(run([acc], settings), "own_rhythm") == [False]
    assert fired(run([acc], replace(settings, rhythm_min_silence_days=5)), "own_rhythm") == [True]


def test_cadence_reason_takes_over_when_past_the_cadence():
    """Past the cadence only the cadence rule speaks (its sentence names the rhythm)."""
    acc = Acc(tier="A", touchpoints=every(7, 200, 40))
    result = run([acc])
    assert fired(result, "cadence") == [True]
    assert fired(result, "own_rhythm") == [False]
