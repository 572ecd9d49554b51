"""Rule 3, digital drift: only digital touchpoints within the cadence window (seed 000)."""

from __future__ import annotations

from dataclasses import replace

from .conftest import Acc, fired, run


def test_fires_when_only_mails_go_out():
    """Last visit 40 days ago, e-mails and a quote since: drifting to digital."""
    acc = Acc(tier="A", touchpoints=[(40, "visit"), (20, "email"), (5, "quote")])
    assert fired(run([acc]), "digital_drift") == [True]


def test_near_miss_with_a_personal_contact_in_the_window():
    """A call 10 days ago next to the e-mails: not drifting."""
    acc = Acc(tier="A", touchpoints=[(40, "visit"), (20, "email"), (10, "call")])
    assert fired(run([acc]), "digital_drift") == [False]


def test_near_miss_silence_without_mails_is_cadence_only():
    """No touchpoint at all in the window: the cadence rule, not drift."""
    result = run([Acc(tier="A", touchpoints=[(40, "visit"), (35, "email")])])
    assert fired(result, "digital_drift") == [False]
    assert fired(result, "cadence") == [True]


def test_minimum_number_of_digital_touchpoints_is_a_setting(settings):
    """With drift_min_digital 3, one e-mail is not yet drift."""
    acc = Acc(tier="A", touchpoints=[(40, "visit"), (5, "email")])
    assert fired(run([acc], replace(settings, drift_min_digital=3)), "digital_drift") == [False]
