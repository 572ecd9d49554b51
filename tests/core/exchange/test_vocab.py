"""Picklist words from other systems and from Dutch users read as our codes."""

from __future__ import annotations

import pytest

from relbeheer.core.exchange import vocab


@pytest.mark.parametrize(("text", "kind"), [
    ("Bezoek", "visit"), ("Meeting", "visit"), ("Call - Outbound", "call"),
    ("Telefoongesprek", "call"), ("Email - sent", "email"), ("Teams", "video_call"),
    ("Videogesprek", "video_call"), ("Lunch of diner", "lunch"), ("Klacht", "service_recovery"),
    ("Quote or order", "quote"), ("NOTE", None), ("Task", None), ("taak: bellen", None),
])
def test_touchpoint_kinds(text, kind):
    assert vocab.touchpoint_kind(text) == kind


def test_unknown_kind_lists_ours():
    with pytest.raises(ValueError, match="a kind of touchpoint .*visit, call"):
        vocab.touchpoint_kind("Fax")


def test_kind_from_a_subject():
    assert vocab.guess_kind("Bezoek showroom") == "visit"
    assert vocab.guess_kind("Lunch met Jan") == "lunch"
    assert vocab.guess_kind("Prijzen") is None


@pytest.mark.parametrize(("fn", "text", "code"), [
    (vocab.tier, "Hot", "A"), (vocab.tier, "zilver", "B"), (vocab.tier, "c", "C"),
    (vocab.decision_role, "Beslisser", "decision_maker"),
    (vocab.decision_role, "Beïnvloeder", "influencer"),
    (vocab.account_kind, "Groothandel", "wholesaler"),
    (vocab.account_kind, "Zakelijke klant", "business"),
    (vocab.channel, "Digitaal", "digital"),
])
def test_picklists(fn, text, code):
    assert fn(text) == code


def test_sentiment_words_and_signs():
    assert [vocab.sentiment(t) for t in ("Positief", "neutral", "-")] == [1, 0, -1]
    with pytest.raises(ValueError, match="a sentiment"):
        vocab.sentiment("meh")
