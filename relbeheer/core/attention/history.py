"""Every account's touchpoints as flat arrays, and the questions the rules ask of them.

The attention list must read millions of touchpoints in about the time it takes to
read their (account_id, date) pairs (issue 3). Python objects per touchpoint would
cost more than the reading, so the store hands over one packed text per account —
``YYYY-MM-DD`` plus one code letter for channel and binding per touchpoint, in date
order — and this module turns all of them into numpy arrays at once. Every
question ("last personal contact before day T", "personal contacts between two
days", "median of the last six gaps") is then answered for all accounts together
with prefix sums and ``searchsorted`` over a (segment, day) key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from relbeheer.core.domain import Binding, Channel, TouchpointKind

ENTRY_WIDTH = 11  # "YYYY-MM-DD" + one code letter

# One letter per (channel, binding): the store builds its SQL from this table, the
# arrays decode it with FLAG_OF_CODE. Bit flags make "personal" or "social" a mask.
PERSONAL, SOCIAL, STRUCTURAL = 1, 2, 4
CODES: dict[tuple[Channel, Binding], str] = {}
FLAG_OF_CODE = np.zeros(256, dtype=np.uint8)
for _i, (_ch, _bi) in enumerate((c, b) for c in Channel for b in Binding):
    _code = chr(ord("a") + _i)
    CODES[(_ch, _bi)] = _code
    FLAG_OF_CODE[ord(_code)] = (
        (PERSONAL if _ch is Channel.PERSONAL else 0)
        | (SOCIAL if _bi is Binding.SOCIAL else 0)
        | (STRUCTURAL if _bi is Binding.STRUCTURAL else 0)
    )

_DAY_SHIFT = 20  # segment index << 20 | ordinal day: ordinals stay below 2**20 until 2870


def code_of(kind: TouchpointKind) -> str:
    """The code letter of a touchpoint kind (its channel and binding)."""
    return CODES[(kind.channel, kind.binding)]


def pack(entries: Iterable[tuple[dt.date | str, TouchpointKind | str]]) -> str:
    """One account's packed text from (date, kind) pairs, sorted by date (for tests)."""
    items = sorted(
        (d if isinstance(d, str) else d.isoformat(), code_of(TouchpointKind(k))) for d, k in entries
    )
    return "".join(d + c for d, c in items)


def iso_to_ordinals(raw: np.ndarray) -> np.ndarray:
    """Ordinal days (as ``date.toordinal()``) of an (n, 10+) uint8 array of ISO dates.

    Year and month give an index into a small table of month starts (a history
    spans a few hundred months at most), so each date costs a handful of small
    integer operations and no Python.
    """
    def digits(*cols: int) -> np.ndarray:
        out = raw[:, cols[0]].astype(np.int32) - 48
        for c in cols[1:]:
            out *= 10
            out += raw[:, c]
            out -= 48
        return out

    month, day = digits(5, 6), digits(8, 9)
    months = digits(0, 1, 2, 3) * 12 + month - 1
    if not len(months):
        return months
    lo, hi = int(months.min()), int(months.max())
    if (lo < 12 or hi >= 12 * 10000 or month.min() < 1 or month.max() > 12
            or day.min() < 1 or day.max() > 31):
        raise ValueError("packed touchpoints hold a date that is not YYYY-MM-DD")
    return _month_starts(lo, hi)[months - lo] + day


_MONTHS_FROM, _MONTHS_TO = 1900 * 12, 2200 * 12
_MONTH_TABLE: list[np.ndarray] = []


def _month_starts(lo: int, hi: int) -> np.ndarray:
    """Ordinal of the day before the first of each month in [lo, hi] (year*12 + month-1);
    1900-2199 from a table built once, other years computed."""
    if _MONTHS_FROM <= lo and hi < _MONTHS_TO:
        if not _MONTH_TABLE:
            _MONTH_TABLE.append(np.array(
                [dt.date(m // 12, m % 12 + 1, 1).toordinal() - 1
                 for m in range(_MONTHS_FROM, _MONTHS_TO)], dtype=np.int32))
        return _MONTH_TABLE[0][lo - _MONTHS_FROM:hi + 1 - _MONTHS_FROM]
    return np.array([dt.date(m // 12, m % 12 + 1, 1).toordinal() - 1
                     for m in range(lo, hi + 1)], dtype=np.int32)


def ordinals_of(dates: Sequence[str | None]) -> np.ndarray:
    """Ordinal days of ISO date texts (longer texts: their first 10 characters);
    0 for None or ''. Vectorised like the packed history."""
    # a missing date stands in as a day inside the month table (a year-1 stand-in
    # made every call build 24,000 month starts in Python: 2 ms per save)
    texts = [(d or _STAND_IN)[:10] for d in dates]
    if not texts:
        return np.zeros(0, dtype=np.int64)
    missing = np.fromiter((not d for d in dates), bool, len(texts))
    try:
        raw = np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8).reshape(-1, 10)
        out = iso_to_ordinals(raw).astype(np.int64)
    except (ValueError, UnicodeEncodeError):  # a malformed date: the slow way, 0 for it
        out = np.array([_ordinal_or_zero(t) for t in texts], dtype=np.int64)
    out[missing] = 0
    return out


_STAND_IN = "2000-01-01"


def _ordinal_or_zero(text: str) -> int:
    try:
        return dt.date.fromisoformat(text).toordinal()
    except ValueError:
        return 0


@dataclass
class TouchpointHistory:
    """Touchpoints of n accounts: segment i is ``day[offsets[i]:offsets[i+1]]``."""

    offsets: np.ndarray  # int64, n + 1
    day: np.ndarray  # int32 ordinal day, sorted within each segment
    flags: np.ndarray  # uint8 PERSONAL | SOCIAL | STRUCTURAL

    @classmethod
    def from_packed(cls, segments: Sequence[str]) -> "TouchpointHistory":
        """Decode one packed text per account (``pack`` format; '' for none).

        Raises ValueError when a segment is not a whole number of entries or holds
        a date that is not ``YYYY-MM-DD``; the store repairs such accounts first.
        """
        lengths = np.fromiter(map(len, segments), dtype=np.int64, count=len(segments))
        if np.any(lengths % ENTRY_WIDTH):
            raise ValueError("packed touchpoints are not whole entries")
        return cls.from_blob("".join(segments), lengths // ENTRY_WIDTH)

    @classmethod
    def from_blob(cls, blob: str, counts: np.ndarray) -> "TouchpointHistory":
        """Decode the packed texts of all accounts joined into one, with the number
        of entries of each account (the store's fast path: no text per account).

        Raises ValueError like ``from_packed`` (and when the counts do not add up
        to the text)."""
        counts = np.asarray(counts, dtype=np.int64)
        if len(blob) != ENTRY_WIDTH * int(counts.sum()):
            raise ValueError("packed touchpoints are not whole entries")
        offsets = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        raw = np.frombuffer(blob.encode("ascii"), dtype=np.uint8).reshape(-1, ENTRY_WIDTH)
        if len(raw) and not (np.all(raw[:, 4] == 45) and np.all(raw[:, 7] == 45)):
            raise ValueError("packed touchpoints hold a date that is not YYYY-MM-DD")
        day = iso_to_ordinals(raw) if len(raw) else np.zeros(0, dtype=np.int32)
        flags = FLAG_OF_CODE[raw[:, 10]] if len(raw) else np.zeros(0, dtype=np.uint8)
        history = cls(offsets, day, flags)
        history._sort_if_needed()
        return history

    @classmethod
    def from_entries(cls, accounts: Sequence[Iterable]) -> "TouchpointHistory":
        """From (date, kind) pairs per account; for tests and single accounts."""
        return cls.from_packed([pack(entries) for entries in accounts])

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def _sort_if_needed(self) -> None:
        keys = self.keys()
        if len(keys) > 1 and np.any(keys[1:] < keys[:-1]):
            order = np.argsort(keys, kind="stable")
            self.day, self.flags = self.day[order], self.flags[order]
            self.__dict__.pop("_keys", None)

    def keys(self) -> np.ndarray:
        """(segment << 20 | day) per entry: globally sorted, so one searchsorted
        answers a per-account date bound for every account at once."""
        if "_keys" not in self.__dict__:
            keys = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.offsets))
            keys <<= _DAY_SHIFT  # in place: at 5M touchpoints every fresh 40 MB array costs
            keys |= self.day
            self._keys = keys
        return self._keys

    def bound(self, day_limit) -> np.ndarray:
        """Per account: index of the first entry later than ``day_limit`` (a day or
        one per account): entries ``offsets[i]:bound[i]`` are on or before it."""
        limit = np.clip(np.asarray(day_limit, dtype=np.int64), 0, (1 << _DAY_SHIFT) - 1)
        if limit.ndim == 0 and len(self.day):  # one day for all: maybe no search at all
            if "_day_range" not in self.__dict__:
                self._day_range = (int(self.day.min()), int(self.day.max()))
            if limit >= self._day_range[1]:  # e.g. as of today: every entry counts
                return self.offsets[1:].copy()
            if limit < self._day_range[0]:
                return self.offsets[:-1].copy()
        seg = np.arange(len(self), dtype=np.int64) << _DAY_SHIFT
        return np.searchsorted(self.keys(), seg | limit, side="right")

    def prefix(self, mask_bits: int) -> np.ndarray:
        """Prefix count of entries carrying any of ``mask_bits`` (0: digital ones)."""
        cache = self.__dict__.setdefault("_prefix", {})
        if mask_bits not in cache:
            hit = (self.flags & mask_bits) != 0 if mask_bits else (self.flags & PERSONAL) == 0
            out = np.zeros(len(hit) + 1, dtype=np.int32)  # int32: half the memory traffic
            np.cumsum(hit, out=out[1:], dtype=np.int32)
            cache[mask_bits] = out
        return cache[mask_bits]

    def _where(self, mask_bits: int) -> np.ndarray:
        """Entry indexes of the class (int32), once per class."""
        cache = self.__dict__.setdefault("_class_indexes", {})
        if mask_bits not in cache:
            cache[mask_bits] = np.flatnonzero(self.flags & mask_bits).astype(np.int32)
        return cache[mask_bits]

    def count(self, mask_bits: int, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Entries of the class in ``[lo, hi)`` (entry indexes, per account)."""
        cs = self.prefix(mask_bits)
        return cs[hi] - cs[np.minimum(lo, hi)]

    def last_day(self, mask_bits: int, hi: np.ndarray) -> np.ndarray:
        """Day of the last entry of the class before index ``hi``, within each
        account's segment; 0 when there is none. The class's c-th entry is read
        directly (c = its prefix count at ``hi``), no search."""
        cs, where = self.prefix(mask_bits), self._where(mask_bits)
        c = cs[hi]
        has = c > cs[self.offsets[:-1]]
        out = np.zeros(len(self), dtype=np.int64)
        out[has] = self.day[where[c[has] - 1]]
        return out

    def usual_gap(self, hi: np.ndarray, gaps: int, min_gaps: int) -> np.ndarray:
        """Median of the last ``gaps`` gaps between distinct days with personal
        contact before index ``hi``; NaN with fewer than ``min_gaps`` gaps."""
        pidx = self.__dict__.get("_pidx")
        if pidx is None:
            pidx = np.flatnonzero(self.flags & PERSONAL)
            pk = self.keys()[pidx]
            distinct = np.ones(len(pidx), dtype=bool)
            distinct[1:] = pk[1:] != pk[:-1]
            pidx = self._pidx = pidx[distinct]
        n = len(self)
        before = self.__dict__.get("_pidx_prefix")  # distinct personal days before an index
        if before is None:
            mark = np.zeros(len(self.day), dtype=bool)
            mark[pidx] = True
            before = self._pidx_prefix = np.zeros(len(mark) + 1, dtype=np.int32)
            np.cumsum(mark, out=before[1:], dtype=np.int32)
        pos = before[self.offsets[:-1]]
        end = before[hi]
        pday = self.day[pidx].astype(np.float64)
        table = np.full((n, gaps), np.inf)
        for j in range(gaps):
            k = end - 1 - j
            ok = k - 1 >= pos
            table[ok, j] = pday[k[ok]] - pday[k[ok] - 1]
        known = np.clip(end - pos - 1, 0, gaps)
        table.sort(axis=1)  # known gaps first, inf after
        rows = np.arange(n)
        lo = table[rows, np.maximum((known - 1) // 2, 0)]
        hi_ = table[rows, np.maximum(known // 2, 0)]
        median = np.where(known % 2 == 1, lo, (lo + hi_) / 2)
        return np.where(known >= max(min_gaps, 1), median, np.nan)
