"""Which records look like one account or person: pairs, the one with more history kept."""

from __future__ import annotations

from relbeheer.core.exchange.duplicates import (
    Candidate,
    account_pairs,
    contact_pairs,
    reason_text,
)


def test_accounts_by_name_with_case_spacing_and_legal_form_ignored():
    pairs = account_pairs([
        Candidate("a", "Fietsen Jansen B.V.", 5, "2024"),
        Candidate("b", "fietsen  jansen", 9, "2025"),
        Candidate("c", "FIETSEN JANSEN BV", 0, "2023"),
        Candidate("d", "Van Dam", 0, "2023"),
    ])
    assert {(p.keep_id, p.drop_id, p.reason) for p in pairs} == {
        ("b", "a", "legal_form"), ("b", "c", "legal_form")}


def test_same_name_reason_when_only_case_differs():
    [pair] = account_pairs([Candidate("a", "Jansen", 0, "2024"),
                            Candidate("b", "JANSEN", 0, "2025")])
    assert (pair.keep_id, pair.reason) == ("a", "same_name")  # tie: the older one stays


def test_contacts_by_email_and_by_name_at_one_account():
    pairs = contact_pairs([
        Candidate("p", "Jan", 1, "1", name="Jan", email="JAN@x.nl", account_id="A"),
        Candidate("q", "Jan B", 0, "2", name="Jan B", email="jan@x.nl", account_id="B"),
        Candidate("r", "jan", 0, "3", name="jan", email="", account_id="A"),
        Candidate("s", "Jan", 0, "4", name="Jan", email="", account_id="C"),
    ])
    assert {(p.keep_id, p.drop_id, p.reason) for p in pairs} == {
        ("p", "q", "same_email"), ("p", "r", "same_person")}
    assert reason_text("same_email", "nl") == "Zelfde e-mailadres"
