"""Primary keys: UUID version 7 as 32 hex characters, unique, and in the order they were made."""

from __future__ import annotations

import re
import threading
import uuid

from relbeheer.core import domain
from relbeheer.core.domain import new_id, new_ids


def test_ids_are_uuid7_hex():
    for value in [new_id(), *new_ids(3)]:
        assert re.fullmatch(r"[0-9a-f]{32}", value)
        parsed = uuid.UUID(value)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122


def test_ids_only_grow_within_a_process_even_past_a_full_millisecond():
    ids = [new_id() for _ in range(5000)] + new_ids(10_000) + [new_id() for _ in range(3)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_a_clock_that_steps_back_does_not_reorder(monkeypatch):
    first = new_id()
    monkeypatch.setattr(domain.time, "time_ns", lambda: 1_000_000_000)  # 1970
    assert new_id() > first


def test_threads_get_distinct_ids():
    out: list[str] = []

    def make():
        out.extend(new_ids(2000))
        out.extend(new_id() for _ in range(500))

    threads = [threading.Thread(target=make) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(out)) == len(out) == 10_000
