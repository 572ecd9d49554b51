"""Rule 8, revenue trend: purchases of the last 6 months well below the 6 before."""

from __future__ import annotations

from dataclasses import replace

from relbeheer.core.attention.model import Severity

from .conftest import Acc, fired, run


def test_fires_when_the_half_year_falls_below_sixty_percent():
    """€ 10,000 then € 5,000: 50 % of before."""
    acc = Acc(touchpoints=[(3, "visit")], purchases=[(300, 10000.0), (60, 5000.0)])
    result = run([acc])
    assert fired(result, "revenue_trend") == [True]
    assert result.severity[0] == Severity.MEDIUM


def test_near_miss_at_seventy_percent():
    """€ 10,000 then € 7,000 is a dip, not a trend."""
    acc = Acc(touchpoints=[(3, "visit")], purchases=[(300, 10000.0), (60, 7000.0)])
    assert fired(run([acc]), "revenue_trend") == [False]


def test_a_collapse_is_high():
    """Below 30 % of before: high."""
    acc = Acc(touchpoints=[(3, "visit")], purchases=[(300, 10000.0), (60, 2000.0)])
    assert run([acc]).severity[0] == Severity.HIGH


def test_near_miss_tiny_amounts_are_no_trend():
    """€ 300 then € 0 is below revenue_min_prior: no flag."""
    acc = Acc(touchpoints=[(3, "visit")], purchases=[(300, 300.0)])
    assert fired(run([acc]), "revenue_trend") == [False]


def test_ratio_is_a_setting(settings):
    """revenue_drop_ratio 0.4: 50 % is no longer flagged."""
    acc = Acc(touchpoints=[(3, "visit")], purchases=[(300, 10000.0), (60, 5000.0)])
    assert fired(run([acc], replace(settings, revenue_drop_ratio=0.4)), "revenue_trend") == [False]


def test_value_at_stake_is_twelve_months_of_revenue():
    """Value at stake: purchases of the last 365 days only."""
    acc = Acc(touchpoints=[(3, "visit")],
              purchases=[(400, 99999.0), (300, 10000.0), (60, 5000.0)])
    assert run([acc]).data.value[0] == 15000.0
