"""The next action: one kind of touchpoint with a named person, answering the top reason."""

from __future__ import annotations

from dataclasses import replace

from relbeheer.core.domain import TouchpointKind

from .conftest import Acc, every, run

DM = ("dm", "Jan de Vries", "decision_maker", False, 60)
AMB = ("amb", "Sanne Bakker", "user", True, 60)
USER = ("u", "Piet Smit", "user", False, 5)


def action(acc, settings=None):
    return run([acc], settings).item(0).next_action


def test_cadence_plans_a_visit_with_the_decision_maker():
    """A-account overdue: a visit with the decision maker."""
    a = action(Acc(tier="A", touchpoints=[(60, "visit")], people=[DM, AMB]))
    assert a.kind is TouchpointKind.VISIT and a.contact.name == "Jan de Vries"
    assert a.text("nl") == "Plan een bezoek met Jan de Vries (beslisser)"
    assert a.text("en") == "Plan a visit with Jan de Vries (decision maker)"


def test_c_accounts_get_a_call_by_default(settings):
    """The kind per tier is a setting: C-accounts are called."""
    a = action(Acc(tier="C", touchpoints=[(200, "visit")], people=[DM]))
    assert a.kind is TouchpointKind.CALL
    a = action(Acc(tier="C", touchpoints=[(200, "visit")], people=[DM]),
               replace(settings, action_kind_c="video_call"))
    assert a.kind is TouchpointKind.VIDEO_CALL


def test_a_complaint_is_answered_with_a_call_about_it():
    """The open complaint outranks the rest: service recovery, naming the subject."""
    a = action(Acc(tier="A", touchpoints=[(60, "visit")], people=[DM],
                   cases=[(20, None, "Levering te laat")]))
    assert a.kind is TouchpointKind.SERVICE_RECOVERY and "Levering te laat" in a.text("nl")


def test_a_forgotten_key_contact_is_the_person_to_see():
    """Rule 4's action names the forgotten person, not the usual one."""
    a = action(Acc(tier="A", touchpoints=[(5, "visit"), (90, "visit")],
                   people=[("dm", "Jan de Vries", "decision_maker", False, 90), USER]))
    assert a.contact.name == "Jan de Vries" and a.kind is TouchpointKind.VISIT


def test_a_binding_gap_invites_the_ambassador_to_lunch():
    """Only training and mail for months: a lunch, with the ambassador first."""
    a = action(Acc(tier="A", touchpoints=[(70, "visit"), (10, "training")],
                   people=[("dm", "Jan de Vries", "decision_maker", False, 10),
                           ("amb", "Sanne Bakker", "user", True, 10)]))
    assert a.kind is TouchpointKind.LUNCH and a.contact.name == "Sanne Bakker"
    assert a.text("nl") == "Nodig Sanne Bakker (ambassadeur) uit voor een lunch"


def test_a_healthy_account_gets_its_next_regular_contact_with_a_due_date():
    """Nothing fired: the regular visit before the cadence runs out."""
    a = action(Acc(tier="A", touchpoints=every(14, 200, 10), people=[DM],
                   purchases=[(100, 1000.0, True)]))
    assert a.rule == "" and a.due is not None
    assert a.text("nl").startswith("Plan een bezoek met Jan de Vries (beslisser) vóór ")


def test_without_contacts_the_action_names_the_account():
    """No people known: 'de contactpersoon bij …'."""
    a = action(Acc(name="Fietsen Jansen", tier="A", touchpoints=[(60, "visit")]))
    assert a.text("nl") == "Plan een bezoek met de contactpersoon bij Fietsen Jansen"
