"""Reasons read as sentences in Dutch and English (issue 3's examples verbatim)."""

from __future__ import annotations

import pytest

from relbeheer.core.attention import texts
from relbeheer.core.attention.model import Reason, Severity

from .conftest import Acc, every, run


def test_the_issue_example_in_both_languages():
    """'Laatste persoonlijke contact 94 dagen geleden; normaal elke 28 dagen'."""
    r = Reason("own_rhythm", Severity.LOW, {"days": 94, "usual_gap": 28})
    assert r.text("nl") == "Laatste persoonlijke contact 94 dagen geleden; normaal elke 28 dagen"
    assert r.text("en") == "Last personal contact 94 days ago; usually every 28 days"


def test_singular_day():
    """One day is 'dag' / 'day'; a daily rhythm is 'elke dag' / 'every day'."""
    r = Reason("own_rhythm", Severity.LOW, {"days": 1, "usual_gap": 1})
    assert r.text("nl") == "Laatste persoonlijke contact 1 dag geleden; normaal elke dag"
    assert r.text("en") == "Last personal contact 1 day ago; usually every day"


def test_money_is_grouped_per_language():
    """€ 12.400 in Dutch, € 12,400 in English."""
    assert texts.money(12400, "nl") == "€ 12.400" and texts.money(12400, "en") == "€ 12,400"


def test_every_reason_of_a_busy_account_reads_in_both_languages():
    """Each rule that fires has a sentence in nl and en, without placeholders."""
    acc = Acc(tier="A", touchpoints=[(70, "visit"), (10, "email"), (60, "training")],
              scores=[(20, "nps", 8)], purchases=[(300, 10000.0), (60, 2000.0)],
              cases=[(12, None, "Accu defect")])
    reasons = run([acc]).item(0).reasons
    assert {r.rule for r in reasons} >= {"cadence", "digital_drift", "open_complaint",
                                         "revenue_trend", "binding_gap", "structural_binding"}
    for r in reasons:
        for lang in ("nl", "en"):
            text = r.text(lang)
            assert text and "{" not in text and "nan" not in text.lower()


def test_unknown_language_is_refused():
    """Only nl and en."""
    with pytest.raises(ValueError):
        Reason("own_rhythm", Severity.LOW, {"days": 3, "usual_gap": 1}).text("de")


def test_never_contacted_reads_naturally():
    """No personal contact at all: its own sentence."""
    reason = run([Acc(tier="A", touchpoints=every(10, 40, 5, "email"))]).item(0).reasons
    cadence = next(r for r in reason if r.rule == "cadence")
    assert cadence.text("nl") == "Nog geen persoonlijk contact vastgelegd"
