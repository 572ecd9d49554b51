"""Every reason reads as a sentence in Dutch and English, with numbers in local form."""

from __future__ import annotations

import pytest

from relbeheer.core.suggest.because import PeerGroup, Reason, sentence

DEALERS = PeerGroup("dealer", "")
CASES = {
    "also_bought": {"given": "GTX Basic", "item": "GTX Pro", "share": 0.724, "group": DEALERS},
    "similar": {"given": "Helm City", "item": "Helm Urban", "share": 0.3, "group": DEALERS},
    "trending": {"item": "Helm Urban", "recent": 1234, "days": 28, "share": 0.3, "group": DEALERS},
    "popular": {"item": "Helm Urban", "share": 0.3, "group": PeerGroup()},
    "series_step": {"series": "GTX", "current": "GTX Basic", "target": "GTX Pro", "since": 2016,
                    "peers_with_current": 10, "peers_with_target": 4},
    "series_mix": {"series": "GTX", "current": "GTX Basic", "target": "GTX Pro", "since": 2017,
                   "current_count": 8, "series_count": 10, "own_share": 0.2,
                   "peer_share": 0.5, "group": DEALERS},
    "volume": {"item": "Ringslot", "own": 1234.0, "median": 5600.0, "peers": 9, "low": 25,
               "high": 100, "by_employees": True},
    "contract": {"months": 9, "revenue": 12345.0, "item": "Onderhoud", "share": 0.6,
                 "group": DEALERS},
    "service_contract": {"months": 9, "revenue": 12345.0, "fee_share": 0.08},
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_reason_has_two_different_sentences(code):
    nl, en = (sentence(Reason(code, CASES[code]), lang) for lang in ("nl", "en"))
    assert nl.endswith(".") and en.endswith(".")
    assert nl != en


def test_the_issue_example_reads_as_promised():
    reason = Reason("also_bought", CASES["also_bought"])
    assert sentence(reason, "nl") == "72% van de dealers die GTX Basic kopen, kopen ook GTX Pro."
    assert sentence(reason, "en") == "72% of dealers that buy GTX Basic also buy GTX Pro."


def test_classic_step_states_since_and_adoption():
    text = sentence(Reason("series_step", CASES["series_step"]), "nl")
    assert text == ("Koopt GTX Basic sinds 2016; GTX Pro is de volgende stap in de serie GTX. "
                    "40% van de klanten met GTX Basic kocht ook GTX Pro.")


def test_money_and_numbers_follow_the_language():
    nl = sentence(Reason("volume", CASES["volume"]), "nl")
    en = sentence(Reason("volume", CASES["volume"]), "en")
    assert "€ 1.234" in nl and "€ 5.600" in nl and "25–100 medewerkers" in nl
    assert "€1,234" in en and "€5,600" in en and "25–100 employees" in en


@pytest.mark.parametrize(
    ("group", "nl", "en"),
    [
        (PeerGroup("dealer", "Zorg"), "dealers in de sector Zorg", "dealers in Zorg"),
        (PeerGroup("business", ""), "zakelijke klanten", "business customers"),
        (PeerGroup(), "klanten", "customers"),
    ],
)
def test_peer_group_labels(group, nl, en):
    assert group.label("nl") == nl and group.label("en") == en


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        sentence(Reason("popular", CASES["popular"]), "de")
