"""Merge rules: per-field last writer wins, tombstones, purges, order independence."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from relbeheer.core.sync.hlc import Hlc
from relbeheer.core.sync.merge import (
    PURGE,
    RowState,
    effective,
    is_deleted,
    local_fragment,
    merge,
    merge_all,
)


def s(ms: int, node: str = "a") -> str:
    return Hlc(ms, 0, node).encode()


def acc(**fields) -> RowState:
    """An accounts state from ``name=(value, ms)`` pairs."""
    return RowState("accounts", "acc-1", {k: v for k, (v, _) in fields.items()},
                    {k: s(ms) for k, (_, ms) in fields.items()})


def test_different_fields_both_survive():
    """Two laptops edit different fields of one account: both edits are kept."""
    a = acc(name=("Jansen", 1), tier=("A", 5))
    b = acc(name=("Jansen", 1), city=("Delft", 4))
    got = merge(a, b)
    assert got.data == {"name": "Jansen", "tier": "A", "city": "Delft"}


def test_same_field_later_stamp_wins_either_way():
    """Same field: the later stamp wins, whichever state arrives first."""
    a = acc(tier=("A", 5))
    b = acc(tier=("B", 9))
    assert merge(a, b).data["tier"] == merge(b, a).data["tier"] == "B"


def test_tombstone_beats_older_edit_and_loses_to_newer():
    """A delete wins over an edit made before it, and a newer edit brings the row back."""
    base = acc(name=("Jansen", 1), deleted_at=(None, 1))
    deleted = merge(base, acc(deleted_at=("2026-01-02", 10), updated_at=("x", 10)))
    older_edit = acc(notes=("call back", 7))
    newer_edit = acc(notes=("call back", 12))
    assert is_deleted(merge(deleted, older_edit))
    assert effective(merge(deleted, older_edit))["deleted_at"] == "2026-01-02"
    revived = merge(deleted, newer_edit)
    assert not is_deleted(revived)
    assert effective(revived)["deleted_at"] is None
    assert effective(revived)["notes"] == "call back"


def test_purge_is_final_and_forgets_values():
    """A hard delete stays a delete, even against a later edit, and drops the values."""
    row = acc(name=("Piet", 1), email=("piet@x.nl", 1))
    purge = RowState("accounts", "acc-1", {PURGE: 1}, {PURGE: s(5)})
    got = merge(merge(row, purge), acc(email=("p@y.nl", 9)))
    assert effective(got) is None
    assert "piet@x.nl" not in got.data.values() and "p@y.nl" not in got.data.values()


def test_merge_of_different_rows_is_refused():
    """Merging two different rows is a programming error, never silent."""
    import pytest

    with pytest.raises(ValueError):
        merge(acc(name=("a", 1)), RowState("accounts", "other", {}, {}))


fields = st.sampled_from(["name", "tier", "notes", "deleted_at", PURGE])
edits = st.lists(
    st.tuples(fields, st.one_of(st.none(), st.text(max_size=3)), st.integers(1, 50),
              st.sampled_from("abc")),
    min_size=1, max_size=8,
)


def as_state(edit_list) -> RowState:
    states = [RowState("accounts", "r", {f: (1 if f == PURGE else v)}, {f: s(ms, node)})
              for f, v, ms, node in edit_list]
    return merge_all(states)


@given(edits, edits, edits)
def test_merge_is_a_join(x, y, z):
    """Commutative, associative, idempotent: arrival order and repeats never matter."""
    a, b, c = as_state(x), as_state(y), as_state(z)
    assert merge(a, b) == merge(b, a)
    assert merge(merge(a, b), c) == merge(a, merge(b, c))
    assert merge(a, a) == a
    assert merge(merge(a, b), b) == merge(a, b)


@given(edits)
def test_every_arrival_order_gives_the_same_row(edit_list):
    """Three laptops' changes in any order produce one effective row."""
    states = [as_state([e]) for e in edit_list[:4]]
    results = {repr(sorted((effective(merge_all(p)) or {}).items(), key=repr))
               for p in itertools.permutations(states)}
    assert len(results) == 1


def test_local_fragment_takes_newest_stamp_per_field_and_current_values():
    """Outbox entries fold into one state: each field with its newest stamp."""
    row = {"id": "acc-1", "name": "Jansen BV", "tier": "A", "city": "Delft"}
    got = local_fragment("accounts", "acc-1", row,
                         [(None, s(1)), (("name",), s(5)), (("name", "tier"), s(3))])
    assert got.versions == {"name": s(5), "tier": s(3), "city": s(1)}
    assert got.data == {"name": "Jansen BV", "tier": "A", "city": "Delft"}


def test_local_fragment_of_a_row_deleted_for_good():
    """A hard-deleted row goes out as a purge."""
    got = local_fragment("touchpoint_contacts", "l-1", None, [(None, s(1)), ((PURGE,), s(2))])
    assert got.purged and effective(got) is None
