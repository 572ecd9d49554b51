"""Rule 6, open complaint: unresolved for more than 7 days is critical (seeds 000, 002)."""

from __future__ import annotations

from dataclasses import replace

from relbeheer.core.attention.model import Severity

from .conftest import Acc, fired, run


def test_fires_critical_after_seven_days():
    """A complaint open for 8 days makes the account critical."""
    result = run([Acc(touchpoints=[(3, "visit")], cases=[(8, None, "Levering te laat")])])
    assert fired(result, "open_complaint") == [True]
    assert result.severity[0] == Severity.CRITICAL


def test_near_miss_seven_days_is_still_in_time():
    """Open for exactly 7 days: not yet a flag."""
    acc = Acc(touchpoints=[(3, "visit")], cases=[(7, None, "Levering te laat")])
    assert fired(run([acc]), "open_complaint") == [False]


def test_near_miss_resolved_complaint():
    """Opened 40 days ago, resolved 30 days ago: nothing open."""
    acc = Acc(touchpoints=[(3, "visit")], cases=[(40, 30, "Factuur klopt niet")])
    assert fired(run([acc]), "open_complaint") == [False]


def test_the_oldest_open_complaint_speaks_and_all_are_counted():
    """Two open complaints: the reason names the oldest and the count."""
    acc = Acc(touchpoints=[(3, "visit")], cases=[(20, None, "Remmen piepen"), (9, None, "Accu")])
    reason = run([acc]).items()[0].reasons[0]
    assert reason.params["subject"] == "Remmen piepen" and reason.params["count"] == 2


def test_days_are_a_setting(settings):
    """complaint_days 14: a 10-day-old complaint is not flagged."""
    acc = Acc(touchpoints=[(3, "visit")], cases=[(10, None, "Accu")])
    assert fired(run([acc], replace(settings, complaint_days=14)), "open_complaint") == [False]
