"""Rule 4, key contact forgotten: decision maker or ambassador left out while others are seen."""

from __future__ import annotations

from dataclasses import replace

from .conftest import Acc, fired, run

DM = ("dm", "Jan de Vries", "decision_maker", False)
AMB = ("amb", "Sanne Bakker", "user", True)
USER = ("u", "Piet Smit", "user", False)


def test_fires_for_a_forgotten_decision_maker():
    """Colleague met 5 days ago, decision maker last met 90 days ago (A cadence 30)."""
    acc = Acc(tier="A", touchpoints=[(5, "visit"), (90, "visit")],
              people=[(*DM, 90), (*USER, 5)])
    result = run([acc])
    assert fired(result, "key_contact") == [True]
    reason = next(r for r in result.items()[0].reasons if r.rule == "key_contact")
    assert reason.params["contact"].name == "Jan de Vries" and reason.params["days"] == 90


def test_fires_for_a_forgotten_ambassador_too():
    """An ambassador (seed 004) counts as a key contact."""
    acc = Acc(tier="B", touchpoints=[(5, "visit")], people=[(*AMB, 200), (*USER, 5)])
    assert fired(run([acc]), "key_contact") == [True]


def test_near_miss_when_the_decision_maker_was_in_the_window():
    """Decision maker met 25 days ago, inside the 30-day cadence."""
    acc = Acc(tier="A", touchpoints=[(5, "visit"), (25, "visit")],
              people=[(*DM, 25), (*USER, 5)])
    assert fired(run([acc]), "key_contact") == [False]


def test_near_miss_when_nobody_was_met():
    """Nobody met in the window: that is the cadence rule's story, not this one."""
    acc = Acc(tier="A", touchpoints=[(90, "visit")], people=[(*DM, 90), (*USER, 90)])
    result = run([acc])
    assert fired(result, "key_contact") == [False]
    assert fired(result, "cadence") == [True]


def test_a_user_who_is_not_key_is_never_flagged():
    """Plain users are not tracked per person."""
    acc = Acc(tier="A", touchpoints=[(5, "visit")], people=[(*USER, 5), ("u2", "Kees", "user",
                                                                          False, 300)])
    assert fired(run([acc]), "key_contact") == [False]


def test_the_window_factor_is_a_setting(settings):
    """With key_contact_factor 4 (120 days) a 90-day-old meeting is recent enough."""
    acc = Acc(tier="A", touchpoints=[(5, "visit")], people=[(*DM, 90), (*USER, 5)])
    assert fired(run([acc], replace(settings, key_contact_factor=4.0)), "key_contact") == [False]
