"""The packed touchpoints (store.attention_packs) stay exactly what a direct grouping
gives, whatever path wrote the touchpoints: insert, edit of date / channel /
binding, a move to another account, a soft delete, a hard delete, a bulk insert."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from relbeheer.core.domain import TouchpointKind, new_id, utc_now
from relbeheer.services import Services
from relbeheer.store import attention_data, attention_packs
from relbeheer.store.attention_scope import Positions, Scope
from relbeheer.store.demo import generate_demo

DAY = dt.date(2026, 3, 2)
TP = attention_packs.TOUCHPOINTS


@pytest.fixture
def demo(tmp_path):
    svc = Services.open(tmp_path / "demo.db", daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=7, as_of=DAY)
    yield svc.db
    svc.close()


def direct(db) -> list[tuple]:
    return db.execute(TP.select()
                      + " ORDER BY account_id").fetchall()


def packed(db) -> list[tuple]:
    return [row[:3] for row in attention_packs.read(db, TP)]


def _touchpoint(account_id: str, date: str, kind: str = "visit") -> dict:
    k = TouchpointKind(kind)
    now = utc_now()
    return {"id": new_id(), "account_id": account_id, "date": date, "kind": k.value,
            "channel": k.channel.value, "binding": k.binding.value, "created_at": now,
            "updated_at": now}


def test_first_read_builds_then_stays_current(demo):
    assert attention_packs.refresh(demo, TP) == "rebuilt"
    assert attention_packs.refresh(demo, TP) == "current"
    assert packed(demo) == direct(demo)


def test_every_kind_of_write_is_repacked(demo):
    db = demo
    packed(db)
    rng = random.Random(5)
    accounts = [r[0] for r in db.execute("SELECT id FROM accounts ORDER BY id")]
    tps = [r[0] for r in db.execute("SELECT id FROM touchpoints ORDER BY rowid")]
    a, b = rng.sample(accounts, 2)
    with db.atomic():
        db["touchpoints"].insert(_touchpoint(a, "2026-02-27", "lunch"))
        db.execute("UPDATE touchpoints SET date = '2020-01-01' WHERE id = ?", [tps[0]])
        db.execute("UPDATE touchpoints SET channel = 'digital', binding = 'rational' "
                   "WHERE id = ?", [tps[1]])
        db.execute("UPDATE touchpoints SET account_id = ? WHERE id = ?", [b, tps[2]])
        db.execute("UPDATE touchpoints SET deleted_at = ? WHERE id = ?", [utc_now(), tps[3]])
        db.execute("DELETE FROM touchpoint_contacts WHERE touchpoint_id = ?", [tps[4]])
        db.execute("DELETE FROM touchpoints WHERE id = ?", [tps[4]])
        db.execute("UPDATE touchpoints SET note = 'only a note' WHERE id = ?", [tps[5]])
    dirty = db.execute("SELECT count(*) FROM attention_packs_dirty").fetchone()[0]
    assert 1 <= dirty <= 7  # the new one is found by rowid; the note alone marks nothing
    assert attention_packs.refresh(db, TP) == "repacked"
    assert packed(db) == direct(db)


def test_a_reused_top_rowid_is_still_seen_as_new(demo):
    """Deleting the newest touchpoints frees their rowids; a new one may take one."""
    db = demo
    accounts = [r[0] for r in db.execute("SELECT id FROM accounts ORDER BY id LIMIT 2")]
    db["touchpoints"].insert(_touchpoint(accounts[0], "2026-02-20"))
    packed(db)
    top = db.execute("SELECT max(rowid) FROM touchpoints").fetchone()[0]
    db.execute("DELETE FROM touchpoints WHERE rowid = ?", [top])
    db["touchpoints"].insert(_touchpoint(accounts[1], "2026-02-21", "lunch"))
    assert db.execute("SELECT max(rowid) FROM touchpoints").fetchone()[0] == top
    assert packed(db) == direct(db)


def test_a_forgotten_mark_rebuilds(demo):
    packed(demo)
    attention_packs.forget_marks(demo)
    assert attention_packs.refresh(demo, TP) == "rebuilt"


def test_an_account_losing_its_last_touchpoint_loses_its_pack(demo):
    db = demo
    packed(db)
    lonely = new_id()
    now = utc_now()
    db["accounts"].insert({"id": lonely, "name": "Eenling BV", "tier": "C",
                           "created_at": now, "updated_at": now})
    tp = _touchpoint(lonely, "2026-01-02")
    db["touchpoints"].insert(tp)
    assert lonely in [r[0] for r in packed(db)]
    db.execute("DELETE FROM touchpoints WHERE id = ?", [tp["id"]])
    assert lonely not in [r[0] for r in packed(db)]
    assert packed(db) == direct(db)


def test_a_bulk_insert_rebuilds_everything(demo, monkeypatch):
    db = demo
    packed(db)
    monkeypatch.setattr(attention_packs, "REBUILD_MIN", 10)
    accounts = [r[0] for r in db.execute("SELECT id FROM accounts ORDER BY id")]
    with db.atomic():
        db["touchpoints"].insert_all(_touchpoint(a, "2026-02-28", "call") for a in accounts)
    assert attention_packs.refresh(db, TP) == "rebuilt"
    assert packed(db) == direct(db)


def test_portfolio_history_same_through_packs_and_direct(demo, monkeypatch):
    """load_history gives the same arrays whichever way it reads, also for a scope."""
    db = demo
    ids = [r[0] for r in db.execute(
        "SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id")]
    owner = db.execute("SELECT name FROM owners ORDER BY name LIMIT 1").fetchone()[0]
    for scope in (Scope(), Scope(owner=owner)):
        rows = db.execute(f"SELECT a.id FROM accounts a WHERE {scope.where} ORDER BY a.id",
                          scope.params).fetchall()
        at = Positions([r[0] for r in rows] if not scope.everything else ids)
        monkeypatch.setattr(attention_data, "PACKS_FROM", 10**9)
        plain = attention_data.load_history(db, at, scope)
        monkeypatch.setattr(attention_data, "PACKS_FROM", 0)
        fast = attention_data.load_history(db, at, scope)
        assert np.array_equal(plain.offsets, fast.offsets)
        assert np.array_equal(plain.day, fast.day) and np.array_equal(plain.flags, fast.flags)
        assert plain.day.size > 100


def test_a_read_only_database_groups_directly(tmp_path):
    path = tmp_path / "ro.db"
    svc = Services.open(path, daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=3, as_of=DAY)
    expected = direct(svc.db)
    svc.close()
    import sqlite3

    from sqlite_utils import Database

    db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    assert attention_packs.read(db, TP) is None
    assert direct(db) == expected
    db.close()


PU = attention_packs.PURCHASES


def test_purchase_packs_follow_every_kind_of_write(demo):
    db = demo
    assert [r[:3] for r in attention_packs.read(db, PU)] == db.execute(
        PU.select() + " ORDER BY account_id").fetchall()
    accounts = [r[0] for r in db.execute("SELECT id FROM accounts ORDER BY id")]
    rows = [r[0] for r in db.execute("SELECT id FROM purchases ORDER BY rowid")]
    product = db.execute("SELECT id FROM products LIMIT 1").fetchone()[0]
    now = utc_now()
    with db.atomic():
        db["purchases"].insert({"id": new_id(), "account_id": accounts[3], "date": "2026-02-27",
                                "product_id": product, "amount": 1234.5678, "created_at": now,
                                "updated_at": now})
        db.execute("UPDATE purchases SET amount = -99.5 WHERE id = ?", [rows[0]])
        db.execute("UPDATE purchases SET account_id = ? WHERE id = ?", [accounts[5], rows[1]])
        db.execute("UPDATE purchases SET deleted_at = ? WHERE id = ?", [now, rows[2]])
        db.execute("DELETE FROM purchases WHERE id = ?", [rows[3]])
    assert attention_packs.refresh(db, PU) == "repacked"
    assert [r[:3] for r in attention_packs.read(db, PU)] == db.execute(
        PU.select() + " ORDER BY account_id").fetchall()


@pytest.mark.parametrize("day", [DAY, DAY - dt.timedelta(days=400)])
def test_revenue_windows_from_packs_equal_the_sql_sums(demo, monkeypatch, day):
    """Value, recent/prior and the trend day's windows, every account, both ways."""
    settings = attention_data.load_settings(demo)
    monkeypatch.setattr(attention_data, "PACKS_FROM", 10**9)
    plain = attention_data.load_portfolio(demo, day, settings)
    monkeypatch.setattr(attention_data, "PACKS_FROM", 0)
    fast = attention_data.load_portfolio(demo, day, settings, trend=False)
    assert fast.revenue_trend_loaded  # the trend day's windows came with the packs
    assert plain.value.sum() > 0 and np.abs(plain.revenue[:, 2]).sum() > 0
    # amounts are packed in 1/10,000 units: a window may differ by that per purchase
    assert np.allclose(fast.value, plain.value, rtol=0, atol=0.01)
    assert np.allclose(fast.revenue, plain.revenue, rtol=0, atol=0.01)
    assert np.array_equal(fast.contract_day, plain.contract_day)
    assert np.array_equal(fast.contract_day_prev, plain.contract_day_prev)
