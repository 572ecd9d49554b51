"""What the quick log dialog proposes: kind order, contact order, the engine's advice, account names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from relbeheer.core.attention.model import KeyContact, NextAction
from relbeheer.core.domain import DecisionRole, TouchpointKind
from relbeheer.core.quick_log import (
    DEFAULT_KIND,
    Proposal,
    account_labels,
    is_key_contact,
    label_index,
    logging_kinds,
    match_account,
    order_contacts,
    propose,
)


@dataclass
class Person:
    name: str
    role: str = "user"
    is_ambassador: bool = False


@dataclass
class Acc:
    id: str
    name: str
    city: str = ""
    external_ref: str = ""


def test_kinds_personal_first_and_complete():
    """Every kind is offered once; all personal kinds come before the digital ones."""
    kinds = logging_kinds()
    assert sorted(kinds) == sorted(TouchpointKind)
    assert kinds[0] is DEFAULT_KIND is TouchpointKind.VISIT
    personal = [k.is_personal for k in kinds]
    assert personal == sorted(personal, reverse=True)


def test_contacts_decision_makers_then_ambassadors_then_by_name():
    people = [Person("Anna"), Person("Zoë", "decision_maker"), Person("Bram", "influencer", True),
              Person("Cor", "decision_maker")]
    assert [p.name for p in order_contacts(people)] == ["Cor", "Zoë", "Bram", "Anna"]


@pytest.mark.parametrize("role, ambassador, key", [("decision_maker", False, True),
                                                   ("user", True, True), ("influencer", False, False),
                                                   (None, False, False)])
def test_key_contact(role, ambassador, key):
    assert is_key_contact(role, ambassador) is key


def test_propose_follows_the_next_action():
    """The engine said "call Manon": the dialog starts as a call with Manon ticked."""
    action = NextAction(TouchpointKind.CALL, "cadence",
                        KeyContact("c1", "Manon", DecisionRole.DECISION_MAKER), "Rutten")
    assert propose(action) == Proposal(TouchpointKind.CALL, ("c1",), True)


def test_propose_without_advice_is_a_visit_with_nobody():
    assert propose(None) == Proposal(TouchpointKind.VISIT, (), False)
    fine = NextAction(TouchpointKind.CALL, "", None, "Rutten")
    assert propose(fine) == Proposal()


def test_labels_tell_equal_names_apart():
    """Two shops of the same name get their city; same city too: their reference."""
    accounts = [Acc("1", "De Vries", "Gouda"), Acc("2", "De Vries", "Ede"), Acc("3", "Bakker"),
                Acc("4", "Smit", "Ede", "K-1"), Acc("5", "Smit", "Ede", "K-2")]
    labels = account_labels(accounts)
    assert [label for label, _ in labels] == ["Bakker", "De Vries (Ede)", "De Vries (Gouda)",
                                              "Smit (Ede) · K-1", "Smit (Ede) · K-2"]
    assert len({label for label, _ in labels}) == len(labels)


@pytest.mark.parametrize("typed, expected", [("bakker", "3"), ("  De  vries (ede) ", "2"),
                                             ("De Vries", None), ("", None), ("Bak", None)])
def test_match_account_only_on_a_whole_label(typed, expected):
    labels = account_labels([Acc("1", "De Vries", "Gouda"), Acc("2", "De Vries", "Ede"), Acc("3", "Bakker")])
    assert match_account(typed, labels) == expected


def test_index_marks_shared_labels_ambiguous():
    """Two accounts that still share a label never match (the user must pick)."""
    index = label_index([("Smit", "1"), ("Smit", "2"), ("Bakker", "3")])
    assert match_account("smit", index) is None
    assert match_account("BAKKER", index) == "3"
