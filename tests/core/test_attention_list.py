"""The attention list as a screen uses it: filters, counts per severity, one account changing."""

from __future__ import annotations

import pytest

from relbeheer.core.attention.model import AttentionItem, HealthScore, NextAction, Severity
from relbeheer.core.attention_list import (
    AttentionFilter,
    filter_choices,
    remove,
    severity_counts,
    splice,
)
from relbeheer.core.domain import TouchpointKind


def item(aid: str, severity: Severity = Severity.MEDIUM, priority: float = 1.0, *,
         owner: str = "Anna", team: str = "Noord", region: str = "Noord", value: float = 0.0,
         name: str | None = None) -> AttentionItem:
    return AttentionItem(
        account_id=aid, account=name or f"Account {aid}", tier="B", owner=owner, team=team,
        region=region, severity=severity,
        health=HealthScore(60, "amber", {}), reasons=[],
        next_action=NextAction(TouchpointKind.VISIT, "cadence", None, name or aid),
        value_at_stake=value, priority=priority, days_since_personal_contact=70,
        cadence_days=60, usual_gap_days=None,
    )


@pytest.mark.parametrize(
    "flt, expected",
    [
        (AttentionFilter(), ["a", "b", "c"]),
        (AttentionFilter(owner="Bram"), ["b"]),
        (AttentionFilter(team="Zuid"), ["c"]),
        (AttentionFilter(region="Noord"), ["a", "b"]),
        (AttentionFilter(severity=Severity.CRITICAL), ["a"]),
        (AttentionFilter(owner="Anna", severity=Severity.HIGH), []),
    ],
)
def test_filter_matches_exactly(flt, expected):
    """Each filter narrows on its own field; empty fields mean "any"."""
    items = [
        item("a", Severity.CRITICAL, owner="Anna"),
        item("b", Severity.HIGH, owner="Bram"),
        item("c", Severity.LOW, owner="Anna", team="Zuid", region="Zuid"),
    ]
    assert [i.account_id for i in items if flt.matches(i)] == expected


def test_empty_filter_knows_it_is_empty():
    assert AttentionFilter().is_empty()
    assert not AttentionFilter(region="Zuid").is_empty()


def test_choices_are_distinct_sorted_and_skip_blanks():
    """The pickers list each owner, team and region once, alphabetically."""
    items = [item("a", owner="bram"), item("b", owner="Anna"), item("c", owner="", region="")]
    choices = filter_choices(items)
    assert choices.owners == ["Anna", "bram"]
    assert choices.regions == ["Noord"]


def test_counts_per_severity_include_zeros_in_order():
    counts = severity_counts([item("a", Severity.HIGH), item("b", Severity.HIGH), item("c", Severity.OK)])
    assert list(counts) == [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW]
    assert counts[Severity.HIGH] == 2 and counts[Severity.CRITICAL] == 0


def test_splice_removes_an_account_that_is_fine_now():
    """After a visit the account leaves the list."""
    items = [item("a", priority=9), item("b", priority=5), item("c", priority=1)]
    fixed = item("b", Severity.OK, priority=0)
    assert [i.account_id for i in splice(items, fixed)] == ["a", "c"]
    assert [i.account_id for i in items] == ["a", "b", "c"]  # the input is untouched


@pytest.mark.parametrize("priority, expected", [(10, ["b", "a", "c"]), (3, ["a", "b", "c"]),
                                                (0.5, ["a", "c", "b"])])
def test_splice_moves_a_changed_account_to_its_priority(priority, expected):
    items = [item("a", priority=9), item("b", priority=5), item("c", priority=1)]
    assert [i.account_id for i in splice(items, item("b", priority=priority))] == expected


def test_splice_adds_a_newly_flagged_account():
    items = [item("a", priority=9)]
    assert [i.account_id for i in splice(items, item("n", Severity.HIGH, priority=20))] == ["n", "a"]


def test_splice_breaks_priority_ties_like_the_engine():
    """Equal priority: the more severe first, then the higher value at stake."""
    items = [item("a", Severity.HIGH, priority=4, value=10), item("b", Severity.MEDIUM, priority=4)]
    new = item("n", Severity.MEDIUM, priority=4, value=50)
    assert [i.account_id for i in splice(items, new)] == ["a", "n", "b"]


def test_remove_drops_one_account():
    assert [i.account_id for i in remove([item("a"), item("b")], "a")] == ["b"]
