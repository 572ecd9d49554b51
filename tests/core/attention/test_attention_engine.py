"""The engine over a portfolio: severity per account, priority order, items and JSON."""

from __future__ import annotations

from relbeheer.core.attention.model import Severity

from .conftest import Acc, every, run

OK = Acc(name="Goed", tier="A", touchpoints=every(14, 200, 3),
         purchases=[(100, 5000.0, True), (250, 5000.0)])


def test_only_flagged_accounts_are_listed():
    """A healthy account is not on the list; a neglected one is."""
    result = run([OK, Acc(name="Stil", tier="A", touchpoints=[(50, "visit")])])
    assert [i.account for i in result.items()] == ["Stil"]
    assert result.severity[0] == Severity.OK


def test_severity_is_the_worst_reason():
    """Overdue (medium) plus an old complaint (critical): critical."""
    acc = Acc(touchpoints=[(40, "visit")], cases=[(10, None, "Accu")])
    assert run([acc]).items()[0].severity is Severity.CRITICAL


def test_priority_weighs_severity_by_value_at_stake():
    """A medium account worth € 100k ranks above a critical one worth € 5k."""
    big = Acc(name="Groot", touchpoints=[(35, "visit")],
              purchases=[(100, 50000.0, True), (250, 50000.0)])
    small = Acc(name="Klein", touchpoints=[(3, "visit")], cases=[(10, None, "Accu")],
                purchases=[(100, 2500.0, True), (250, 2500.0)])
    items = run([small, big]).items()
    assert [i.account for i in items] == ["Groot", "Klein"]
    assert items[0].priority == 2 * 100000.0 and items[1].priority == 8 * 5000.0


def test_accounts_without_revenue_still_rank_by_severity():
    """value_floor: two accounts without purchases order by severity."""
    items = run([Acc(name="Laat", touchpoints=[(35, "visit")]),
                 Acc(name="Klacht", touchpoints=[(3, "visit")], cases=[(10, None, "x")])]).items()
    assert [i.account for i in items] == ["Klacht", "Laat"]


def test_limit_and_json_shape():
    """to_dict carries every field the CLI's --json promises."""
    result = run([Acc(name=f"A{i}", touchpoints=[(40 + i, "visit")]) for i in range(5)])
    items = result.items(limit=2)
    assert len(items) == 2
    data = items[0].to_dict("en")
    for key in ("account_id", "account", "owner", "severity", "health", "trend", "reasons",
                "next_action", "value_at_stake", "days_since_personal_contact"):
        assert key in data
    assert data["reasons"][0].keys() == {"rule", "text"}


def test_counts_per_rule_and_severity():
    """rule_counts and severity_counts add up to the portfolio."""
    result = run([OK, Acc(touchpoints=[(50, "visit")])])
    assert result.rule_counts()["cadence"] == 1
    assert sum(result.severity_counts().values()) == 2


def test_gc_paused_restores_the_collector():
    """The collector is off inside, back on after (also after an error), and a
    nested pause does not switch it on early."""
    import gc

    import pytest

    from relbeheer.core.attention.engine import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError
    assert gc.isenabled()
