"""Hybrid logical clock (Kulkarni et al. 2014), encoded as sortable text.

Why not wall-clock time: one laptop an hour behind would lose every edit it makes
after seeing a colleague's. A hybrid clock never runs backwards and jumps forward
past every stamp it has *seen* (``receive``), so an edit made after another one
always carries a larger stamp, whatever the wall clocks say; concurrent edits are
ordered by wall time (then counter, then node id, so no two stamps are equal).

A stamp is ``"{ms:013d}-{counter:06d}-{node}"``: comparing the strings compares
the clocks, which lets SQLite and PostgreSQL order stamps without parsing them. The
SQLite triggers of store/sync_capture.py compute ``tick`` in SQL with the same text.
"""

from __future__ import annotations

from dataclasses import dataclass

# Text that sorts below every real stamp: "no version yet".
ZERO = ""


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.ms:013d}-{self.counter:06d}-{self.node}"


def parse(text: str) -> Hlc:
    """The clock of an encoded stamp; ``ValueError`` for anything else."""
    ms, counter, node = text.split("-", 2)
    if len(ms) != 13 or len(counter) != 6 or not node:
        raise ValueError(f"not a clock stamp: {text!r}")
    return Hlc(int(ms), int(counter), node)


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The stamp of a local event: later than ``last`` even if the wall clock went back."""
    if now_ms > last.ms:
        return Hlc(now_ms, 0, last.node)
    return Hlc(last.ms, last.counter + 1, last.node)


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """The clock after seeing ``remote``: past both, so the next local edit wins over it."""
    ms = max(last.ms, remote.ms, now_ms)
    if ms == last.ms == remote.ms:
        counter = max(last.counter, remote.counter) + 1
    elif ms == last.ms:
        counter = last.counter + 1
    elif ms == remote.ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(ms, counter, last.node)


def latest(stamps) -> str:
    """The largest encoded stamp of an iterable, ``ZERO`` when empty."""
    return max(stamps, default=ZERO)
