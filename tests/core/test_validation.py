"""Form validation: every field problem reported at once, in the user's language."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core import validation as v

TODAY = dt.date(2026, 11, 26)


def test_account_needs_a_name_and_a_known_tier():
    errors = v.check_account({"name": "  ", "tier": "Z"}, "nl")
    assert errors == {"name": "Verplicht veld.", "tier": "Kies een van: A, B, C."}


def test_valid_account_has_no_errors():
    assert v.check_account({"name": "Fietsen Jansen", "tier": "A", "cadence_days": "45"}) == {}


@pytest.mark.parametrize("cadence, key", [("0", "positive"), ("vaak", "number")])
def test_cadence_override_must_be_a_positive_number(cadence, key):
    errors = v.check_account({"name": "X", "tier": "B", "cadence_days": cadence}, "en")
    assert errors["cadence_days"] == v.message(key, "en")


def test_contact_email_is_checked_only_when_given():
    base = {"account_id": "a", "name": "Jan de Vries", "role": "decision_maker"}
    assert v.check_contact(base) == {}
    assert "email" in v.check_contact({**base, "email": "jan@"})


def test_touchpoint_may_not_lie_in_the_future():
    values = {"account_id": "a", "kind": "visit", "date": TODAY + dt.timedelta(days=1)}
    assert v.check_touchpoint(values, "en", TODAY) == {"date": "Lies in the future."}


def test_follow_up_may_not_precede_the_touchpoint():
    values = {"account_id": "a", "kind": "call", "date": "2026-11-20", "follow_up_on": "2026-11-01"}
    assert "follow_up_on" in v.check_touchpoint(values, "nl", TODAY)


def test_impossible_date_is_reported_not_raised():
    values = {"account_id": "a", "kind": "call", "date": "2026-02-30"}
    assert v.check_touchpoint(values, "nl", TODAY) == {"date": "Geen geldige datum."}


@pytest.mark.parametrize("kind, score, ok", [
    ("nps", 10, True), ("nps", 11, False), ("ces", 0, False), ("ces", 7, True), ("csat", 1, True),
])
def test_measurement_scores_stay_in_their_scale(kind, score, ok):
    values = {"account_id": "a", "kind": kind, "date": "2026-11-01", "score": score}
    assert (v.check_measurement(values, "en", TODAY) == {}) is ok


def test_case_resolution_not_before_opening():
    values = {"account_id": "a", "subject": "Levering te laat", "opened_on": "2026-10-01",
              "resolved_on": "2026-09-01"}
    assert "resolved_on" in v.check_case(values, "nl", TODAY)
