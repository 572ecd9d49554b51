"""Hybrid logical clock: never backwards, past everything seen, sortable as text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relbeheer.core.sync.hlc import ZERO, Hlc, latest, parse, receive, tick

HOUR = 3_600_000


def test_tick_follows_the_wall_clock_when_it_moves_on():
    """A later wall clock starts a new millisecond with counter 0."""
    assert tick(Hlc(1000, 5, "a"), 2000) == Hlc(2000, 0, "a")


def test_tick_never_goes_back_when_the_wall_clock_does():
    """The wall clock set back an hour: the stamp still grows (counter)."""
    last = Hlc(10 * HOUR, 3, "a")
    assert tick(last, 9 * HOUR) == Hlc(10 * HOUR, 4, "a")
    assert tick(last, 9 * HOUR) > last


def test_receive_moves_past_a_stamp_from_a_clock_an_hour_ahead():
    """After seeing a stamp from the future, the next local edit is still later than it."""
    mine = Hlc(5 * HOUR, 0, "slow")
    theirs = Hlc(6 * HOUR, 7, "fast")
    after = receive(mine, theirs, 5 * HOUR + 10)
    assert after > theirs
    assert tick(after, 5 * HOUR + 20).encode() > theirs.encode()


@pytest.mark.parametrize(
    ("last", "remote", "now", "expected"),
    [
        (Hlc(10, 1, "a"), Hlc(5, 9, "b"), 20, Hlc(20, 0, "a")),  # wall clock ahead of both
        (Hlc(10, 1, "a"), Hlc(10, 4, "b"), 3, Hlc(10, 5, "a")),  # same ms: past both counters
        (Hlc(10, 1, "a"), Hlc(8, 4, "b"), 3, Hlc(10, 2, "a")),  # own clock the latest
        (Hlc(8, 1, "a"), Hlc(10, 4, "b"), 3, Hlc(10, 5, "a")),  # remote the latest
    ],
)
def test_receive_cases(last, remote, now, expected):
    """Each branch of the receive rule, as in the paper."""
    assert receive(last, remote, now) == expected


@given(st.integers(0, 10**12), st.integers(0, 999), st.integers(0, 10**12), st.integers(0, 999),
       st.integers(0, 10**12))
def test_text_order_is_clock_order(ms1, c1, ms2, c2, now):
    """Encoded stamps compare as strings exactly as the clocks do; receive passes both."""
    a, b = Hlc(ms1, c1, "node-a"), Hlc(ms2, c2, "node-b")
    assert (a.encode() < b.encode()) == (a < b)
    got = receive(a, b, now)
    assert got > a and (got.ms, got.counter) > (b.ms, b.counter)


def test_parse_roundtrip_and_refusal():
    """A stamp parses back to its clock; garbage is refused."""
    stamp = Hlc(1_700_000_000_000, 12, "3f2a-uuid-node")
    assert parse(stamp.encode()) == stamp
    with pytest.raises(ValueError):
        parse("yesterday")


def test_latest_of_nothing_is_zero():
    """ZERO sorts below any stamp and stands for "never written"."""
    assert latest([]) == ZERO
    assert latest(["0000000000001-000000-a", ZERO]) == "0000000000001-000000-a"
