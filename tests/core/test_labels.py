"""Enum codes read as Dutch or English words, the same for the app and the PDFs."""

from __future__ import annotations

from enum import Enum

import pytest

from relbeheer.core import labels
from relbeheer.core.domain import (
    AccountKind,
    Binding,
    CaseOutcome,
    Channel,
    DecisionRole,
    MeasurementKind,
    NpsBand,
    OfferStatus,
    Tier,
    TouchpointKind,
)

ENUMS = [TouchpointKind, DecisionRole, MeasurementKind, CaseOutcome, Tier, AccountKind, Channel,
         Binding, OfferStatus, NpsBand]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_member_has_a_word(enum, lang):
    """No member falls back to its raw code in either language."""
    for member in enum:
        word = labels.label(member, lang)
        assert word and "_" not in word


@pytest.mark.parametrize(
    "value, nl, en",
    [
        (TouchpointKind.VIDEO_CALL, "Videogesprek", "Video call"),
        (DecisionRole.DECISION_MAKER, "Beslisser", "Decision maker"),
        (Binding.SOCIAL, "Sociaal-emotioneel", "Social-emotional"),
        (CaseOutcome.RECOVERED, "Hersteld", "Recovered"),
        (NpsBand.DETRACTOR, "Criticaster", "Detractor"),
    ],
)
def test_known_words(value, nl, en):
    assert (labels.label(value, "nl"), labels.label(value, "en")) == (nl, en)


def test_label_of_a_stored_code():
    """Summaries carry plain strings; the enum class or its name finds the table."""
    assert labels.label_of(Binding, "structural", "nl") == "Structureel"
    assert labels.label_of("TouchpointKind", "gift", "en") == "Gift"


def test_unknown_code_is_shown_as_is_and_empty_stays_empty():
    assert labels.label_of(TouchpointKind, "carrier_pigeon", "nl") == "carrier_pigeon"
    assert labels.label_of(TouchpointKind, "", "nl") == ""
    assert labels.label_of(TouchpointKind, None, "nl") == ""


def test_enum_defined_elsewhere_with_the_same_name_gets_words():
    """The attention engine's own Severity enum is labelled without importing it here."""

    class Severity(str, Enum):
        CRITICAL = "critical"
        OK = "ok"

    assert labels.label(Severity.CRITICAL, "nl") == "Kritiek"
    assert labels.label(Severity.OK, "en") == "OK"


def test_choices_keep_declaration_order():
    codes = [code for code, _ in labels.choices(DecisionRole, "nl")]
    assert codes == [r.value for r in DecisionRole]


@pytest.mark.parametrize("value, word", [(1, "Positief"), (0, "Neutraal"), (-1, "Negatief"), (None, "")])
def test_sentiment(value, word):
    assert labels.sentiment_label(value, "nl") == word
