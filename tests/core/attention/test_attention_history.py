"""The packed touchpoint history and its vectorised questions, against plain Python."""

from __future__ import annotations

import datetime as dt
import random
import statistics

import numpy as np
import pytest

from relbeheer.core.attention.history import (
    PERSONAL,
    SOCIAL,
    TouchpointHistory,
    iso_to_ordinals,
    ordinals_of,
    pack,
)
from relbeheer.core.domain import TouchpointKind

KINDS = list(TouchpointKind)


def test_pack_sorts_and_codes_each_touchpoint():
    """One 11-character entry per touchpoint, in date order."""
    text = pack([(dt.date(2024, 3, 2), "email"), (dt.date(2024, 1, 5), "visit")])
    assert len(text) == 22 and text[:10] == "2024-01-05" and text[11:21] == "2024-03-02"


def test_dates_decode_to_ordinals_including_leap_days():
    """The vectorised civil-date arithmetic agrees with datetime."""
    days = [dt.date(1999, 12, 31), dt.date(2024, 2, 29), dt.date(2024, 3, 1), dt.date(2100, 3, 1)]
    raw = np.frombuffer("".join(d.isoformat() + "a" for d in days).encode(), np.uint8)
    assert iso_to_ordinals(raw.reshape(-1, 11)).tolist() == [d.toordinal() for d in days]


def test_ordinals_of_handles_missing_and_bad_dates():
    """None and '' are 0; a malformed date is 0 instead of an error."""
    assert ordinals_of(["2024-01-05", None, "", "2024-13-45"]).tolist() == [
        dt.date(2024, 1, 5).toordinal(), 0, 0, 0]


def test_a_malformed_segment_is_refused():
    """A date that is not YYYY-MM-DD is reported, so the store can repair it."""
    with pytest.raises(ValueError):
        TouchpointHistory.from_packed(["2024/01/05a"])


def _brute(entries, day, cadence):
    """The facts of one account the slow, obvious way."""
    seen = sorted(e for e in entries if e[0] <= day)
    personal = [d for d, k in seen if k.is_personal]
    social = [d for d, k in seen if k.binding.value == "social"]
    distinct = sorted(set(personal))
    gaps = [b - a for a, b in zip(distinct, distinct[1:])][-6:]
    return {
        "last_personal": personal[-1] if personal else 0,
        "last_social": social[-1] if social else 0,
        "digital": sum(1 for d, k in seen if not k.is_personal and d > day - cadence),
        "gap": statistics.median(gaps) if len(gaps) >= 3 else None,
    }


def test_vectorised_answers_match_plain_python():
    """Random histories of 300 accounts: every answer equals the obvious loop."""
    rng = random.Random(7)
    base = dt.date(2024, 1, 1).toordinal()
    accounts = [[(base + rng.randrange(900), rng.choice(KINDS)) for _ in range(rng.randrange(12))]
                for _ in range(300)]
    history = TouchpointHistory.from_entries(
        [[(dt.date.fromordinal(d), k) for d, k in acc] for acc in accounts])
    day, cadence = base + 700, np.full(300, 60)
    hi = history.bound(day)
    last_p = history.last_day(PERSONAL, hi)
    last_s = history.last_day(SOCIAL, hi)
    digital = history.count(0, history.bound(day - cadence), hi)
    gap = history.usual_gap(hi, 6, 3)
    for i, acc in enumerate(accounts):
        want = _brute(acc, day, 60)
        assert last_p[i] == want["last_personal"]
        assert last_s[i] == want["last_social"]
        assert digital[i] == want["digital"]
        assert (np.isnan(gap[i]) and want["gap"] is None) or gap[i] == want["gap"]


def test_from_blob_is_from_packed_joined():
    """The store's fast path decodes exactly what one text per account decodes."""
    import numpy as np

    segments = [pack([("2024-03-01", "visit"), ("2024-01-05", "email")]), "",
                pack([("2023-12-31", "lunch")])]
    a = TouchpointHistory.from_packed(segments)
    b = TouchpointHistory.from_blob("".join(segments), np.array([2, 0, 1]))
    for name in ("offsets", "day", "flags"):
        assert np.array_equal(getattr(a, name), getattr(b, name))
    with pytest.raises(ValueError):
        TouchpointHistory.from_blob("".join(segments), np.array([2, 0, 2]))


def test_last_day_and_usual_gap_read_without_search():
    """last_day and usual_gap per account, also with an account in between that
    has no entries of the class and bounds that cut a segment."""
    import numpy as np

    h = TouchpointHistory.from_entries([
        [("2024-01-01", "visit"), ("2024-01-11", "visit"), ("2024-01-31", "visit"),
         ("2024-02-10", "email"), ("2024-03-01", "visit")],
        [("2024-01-01", "email")],
        [("2024-01-01", "visit"), ("2024-01-01", "lunch"), ("2024-01-04", "visit")],
    ])
    hi = h.bound(dt.date(2024, 2, 15).toordinal())
    assert h.last_day(PERSONAL, hi).tolist() == [dt.date(2024, 1, 31).toordinal(), 0,
                                                 dt.date(2024, 1, 4).toordinal()]
    gaps = h.usual_gap(hi, 6, 1)
    assert gaps[0] == 15.0 and np.isnan(gaps[1]) and gaps[2] == 3.0
