"""Rule 5, binding: social/emotional contact within two cadences; A-accounts need a contract."""

from __future__ import annotations

from dataclasses import replace

from .conftest import Acc, fired, run


def test_fires_when_only_training_and_mail_for_two_cadences():
    """A-account: trainings and e-mails, last visit 70 days ago (> 2 × 30)."""
    acc = Acc(tier="A", touchpoints=[(70, "visit"), (20, "training"), (5, "email")])
    assert fired(run([acc]), "binding_gap") == [True]


def test_near_miss_with_a_lunch_inside_two_cadences():
    """A lunch 55 days ago binds: inside 60 days."""
    acc = Acc(tier="A", touchpoints=[(55, "lunch"), (20, "training")])
    assert fired(run([acc]), "binding_gap") == [False]


def test_an_account_without_history_is_left_to_the_cadence_rule():
    """No touchpoints at all: cadence says it, binding stays quiet."""
    result = run([Acc(tier="A")])
    assert fired(result, "binding_gap") == [False]
    assert fired(result, "cadence") == [True]


def test_number_of_cadences_is_a_setting(settings):
    """binding_gap_cadences 3: 70 days is still fine for an A-account."""
    acc = Acc(tier="A", touchpoints=[(70, "visit"), (20, "training")])
    assert fired(run([acc], replace(settings, binding_gap_cadences=3.0)), "binding_gap") == [False]


def test_a_account_without_contract_lacks_structural_binding():
    """A-account buying without a contract in the last year: flagged (low)."""
    acc = Acc(tier="A", touchpoints=[(5, "visit")], purchases=[(30, 5000.0)])
    assert fired(run([acc]), "structural_binding") == [True]


def test_near_miss_a_account_with_a_recent_contract():
    """A contract bought 200 days ago binds structurally."""
    acc = Acc(tier="A", touchpoints=[(5, "visit")], purchases=[(200, 1200.0, True)])
    assert fired(run([acc]), "structural_binding") == [False]


def test_near_miss_b_account_needs_no_contract(settings):
    """Only the tiers in structural_tiers (A) are asked for a contract."""
    acc = Acc(tier="B", touchpoints=[(5, "visit")])
    assert fired(run([acc]), "structural_binding") == [False]
    assert fired(run([acc], replace(settings, structural_tiers="AB")), "structural_binding") == [
        True]
