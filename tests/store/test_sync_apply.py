"""Applying pulled row states: written whole, idempotent, local unpushed edits kept."""

from __future__ import annotations

from relbeheer.core.sync.hlc import Hlc
from relbeheer.core.sync.merge import PURGE, RowState
from relbeheer.store import records, sync_capture
from relbeheer.store.sync_apply import apply_page

NOW = 1_800_000_000_000


def stamp(ms: int, node: str = "other") -> str:
    return Hlc(ms, 0, node).encode()


def account_state(row_id="acc-9", ms=NOW, **values) -> RowState:
    data = {"name": "Bakker", "tier": "B", "created_at": "2026-01-01", "updated_at": "2026-01-01",
            "deleted_at": None, **values}
    return RowState("accounts", row_id, data, {k: stamp(ms) for k in data})


def test_pulled_rows_are_written_quietly_with_position_and_clock(fresh_db):
    """A pulled row lands, is not logged for pushing back, and the clock moves past it."""
    sync_capture.enable(fresh_db, NOW - 10)
    result = apply_page(fresh_db, [account_state(ms=NOW + 3_600_000)], position=42, now_ms=NOW)
    assert result.written == 1 and result.accounts == {"acc-9"}
    assert fresh_db.execute("SELECT name, tier FROM accounts WHERE id = 'acc-9'").fetchone() == ("Bakker", "B")
    assert fresh_db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert sync_capture.get_state(fresh_db, "pulled_seq") == "42"
    assert sync_capture.clock(fresh_db).ms == NOW + 3_600_000


def test_applying_twice_changes_nothing(fresh_db):
    """The same page applied again leaves the same rows (a retried pull is harmless)."""
    sync_capture.enable(fresh_db, NOW)
    page = [account_state(), account_state("acc-10", name="Visser")]
    apply_page(fresh_db, page, position=2, now_ms=NOW)
    before = list(fresh_db.query("SELECT * FROM accounts ORDER BY id"))
    apply_page(fresh_db, page, position=2, now_ms=NOW)
    assert list(fresh_db.query("SELECT * FROM accounts ORDER BY id")) == before


def test_unpushed_local_edit_survives_an_older_pulled_value(fresh_db):
    """A local edit not yet pushed is newer than the pulled state: it stays."""
    sync_capture.enable(fresh_db, NOW)
    apply_page(fresh_db, [account_state(ms=NOW)], position=1, now_ms=NOW)
    records.update(fresh_db, "accounts", "acc-9", {"tier": "A"})  # stamped after NOW
    apply_page(fresh_db, [account_state(ms=NOW, notes="seen")], position=2, now_ms=NOW)
    assert fresh_db.execute("SELECT tier, notes FROM accounts WHERE id = 'acc-9'").fetchone() == ("A", "seen")


def test_purge_removes_and_tombstone_marks(fresh_db):
    """A purged row is deleted here; a tombstoned one is kept with deleted_at."""
    sync_capture.enable(fresh_db, NOW)
    apply_page(fresh_db, [account_state(), account_state("acc-10")], position=1, now_ms=NOW)
    purge = RowState("accounts", "acc-9", {PURGE: 1}, {PURGE: stamp(NOW + 5)})
    tomb = account_state("acc-10", deleted_at="2026-02-02")
    tomb.versions["deleted_at"] = stamp(NOW + 5)
    result = apply_page(fresh_db, [purge, tomb], position=2, now_ms=NOW)
    assert result.removed == 1
    assert fresh_db.execute("SELECT id, deleted_at FROM accounts").fetchall() == [("acc-10", "2026-02-02")]


def test_a_row_missing_required_values_is_skipped_not_fatal(fresh_db):
    """A partial state (no name) cannot be inserted: skipped and named, the rest applied."""
    sync_capture.enable(fresh_db, NOW)
    partial = RowState("accounts", "acc-x", {"notes": "only this"}, {"notes": stamp(NOW)})
    result = apply_page(fresh_db, [partial, account_state()], position=3, now_ms=NOW)
    assert [s[:2] for s in result.skipped] == [("accounts", "acc-x")]
    assert result.written == 1
