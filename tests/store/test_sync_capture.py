"""The outbox: every change to a synced row is logged in its own transaction, once enabled."""

from __future__ import annotations

import time

import pytest

from relbeheer.core.domain import new_id
from relbeheer.core.sync.hlc import parse
from relbeheer.core.sync.merge import PURGE
from relbeheer.store import bulk, records, sync_capture

NOW = 1_800_000_000_000


def outbox(db):
    return [(t, c) for t, c in db.execute("SELECT tbl, columns FROM sync_outbox ORDER BY seq")]


def test_nothing_is_logged_before_sync_is_enabled(fresh_db):
    """A laptop that never syncs writes no outbox entries."""
    records.insert(fresh_db, "accounts", {"name": "Jansen", "tier": "A"})
    assert outbox(fresh_db) == []


def test_insert_update_delete_are_logged_with_changed_columns(fresh_db):
    """Insert logs the whole row, update only the changed columns, a hard delete a purge."""
    sync_capture.enable(fresh_db, NOW)
    acc = records.insert(fresh_db, "accounts", {"name": "Jansen", "tier": "A"})
    records.update(fresh_db, "accounts", acc, {"tier": "B", "name": "Jansen"})
    tp = records.insert(fresh_db, "touchpoints", {"account_id": acc, "date": "2026-01-02", "kind": "visit"})
    contact = records.insert(fresh_db, "contacts", {"account_id": acc, "name": "Piet"})
    records.set_touchpoint_contacts(fresh_db, tp, [contact])
    records.set_touchpoint_contacts(fresh_db, tp, [])
    assert outbox(fresh_db) == [("accounts", None), ("accounts", "tier"), ("touchpoints", None),
                                ("contacts", None), ("touchpoint_contacts", None),
                                ("touchpoint_contacts", PURGE)]


def test_stamps_grow_even_when_the_clock_row_is_ahead(fresh_db):
    """The SQL tick never goes back: with the clock an hour ahead, stamps still grow."""
    sync_capture.enable(fresh_db, NOW)
    ahead = int(time.time() * 1000) + 3_600_000
    fresh_db.execute("UPDATE sync_clock SET ms = ?", [ahead])
    for i in range(3):
        records.insert(fresh_db, "owners", {"name": f"o{i}"})
    stamps = [parse(h) for (h,) in fresh_db.execute("SELECT hlc FROM sync_outbox ORDER BY seq")]
    assert [s.ms for s in stamps] == [ahead] * 3
    assert [s.counter for s in stamps] == [1, 2, 3]


def test_enable_queues_existing_rows_once(fresh_db):
    """Rows from before sync was switched on go out with the first push; re-enable adds none."""
    records.insert(fresh_db, "accounts", {"name": "Old", "tier": "C"})
    assert sync_capture.enable(fresh_db, NOW) is True
    assert sync_capture.enable(fresh_db, NOW) is False
    assert outbox(fresh_db) == [("accounts", None)]
    assert sync_capture.pending_count(fresh_db) == 1


def test_outbox_page_folds_a_row_and_acknowledge_drops_it(fresh_db):
    """Three edits of one row go out as one state; acknowledged entries leave."""
    sync_capture.enable(fresh_db, NOW)
    acc = records.insert(fresh_db, "accounts", {"name": "Jansen", "tier": "A"})
    records.update(fresh_db, "accounts", acc, {"tier": "B"})
    records.update(fresh_db, "accounts", acc, {"city": "Delft"})
    last, states = sync_capture.outbox_page(fresh_db, 100)
    assert [(s.table, s.row_id) for s in states] == [("accounts", acc)]
    assert states[0].data["tier"] == "B" and states[0].data["city"] == "Delft"
    assert states[0].versions["city"] > states[0].versions["tier"] > states[0].versions["name"]
    sync_capture.acknowledge(fresh_db, last)
    assert sync_capture.outbox_page(fresh_db, 100) == (0, [])


@pytest.mark.parametrize("enabled", [False, True])
def test_bulk_import_cost(fresh_db, enabled, record_property):
    """20,000 touchpoints through bulk.insert_rows, with and without capture (time recorded)."""
    if enabled:
        sync_capture.enable(fresh_db, NOW)
    acc = records.insert(fresh_db, "accounts", {"name": "Jansen", "tier": "A"})
    rows = [(new_id(), acc, "2026-01-02", "visit", "personal", "social") for _ in range(20_000)]
    start = time.perf_counter()
    with fresh_db.atomic():
        bulk.insert_rows(fresh_db, "touchpoints",
                         ["id", "account_id", "date", "kind", "channel", "binding"], rows)
    record_property("seconds", round(time.perf_counter() - start, 3))
    logged = fresh_db.execute("SELECT count(*) FROM sync_outbox WHERE tbl = 'touchpoints'").fetchone()[0]
    assert logged == (20_000 if enabled else 0)
