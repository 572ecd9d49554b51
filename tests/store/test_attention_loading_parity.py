"""The fast loading paths give exactly what the plain ones give, on the demo portfolio.

``load_portfolio`` reads accounts without joining owners, decodes all touchpoints
from one joined text, sums purchase windows with aggregate FILTERs and maps rows
to positions without a dict when they come in id order. Each is checked here
against the straightforward queries it replaced (written out below), on the
test-size demo plus rows that force the careful paths: touchpoints of a deleted
account, a date that is not YYYY-MM-DD, an account with its own region.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from relbeheer.core.attention.history import TouchpointHistory
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services
from relbeheer.store import attention_data
from relbeheer.store.demo import generate_demo

DAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("parity") / "demo.db"
    svc = Services.open(path, daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=42, as_of=DAY)
    yield svc.db
    svc.close()


def reference_accounts(db):
    rows = db.execute(
        "SELECT a.id, a.name, a.tier, coalesce(o.name, ''), coalesce(o.team, ''), "
        "coalesce(nullif(a.region, ''), o.region, '') FROM accounts a "
        "LEFT JOIN owners o ON o.id = a.owner_id WHERE a.deleted_at IS NULL ORDER BY a.id"
    ).fetchall()
    return [list(c) for c in zip(*rows)]


def reference_history(db, ids):
    """One packed text per account, built row by row in Python (in the index's
    order: same-day touchpoints by channel and binding)."""
    code = attention_data._code_sql()
    texts = {i: [] for i in ids}
    for aid, date, c in db.execute(
        f"SELECT account_id, date, {code} FROM touchpoints WHERE deleted_at IS NULL "
        "ORDER BY account_id, date, channel, binding"
    ):
        if aid in texts and len(date) == 10:
            texts[aid].append(date + c)
    return TouchpointHistory.from_packed(["".join(texts[i]) for i in ids])


def same_day_sorted(h):
    """(day, flags) per entry with same-day entries in one order: the repair path
    orders them by code letter, the index by channel and binding; no rule can tell."""
    keys = h.keys()
    order = np.lexsort((h.flags, keys))
    return np.stack([keys[order], h.flags[order]])


def reference_purchases(db, data):
    """Each window summed with a two-sided CASE; contracts through a subquery."""
    r = data.request
    windows = [(r.value_since, r.as_of), *r.revenue_windows]
    sums = ", ".join("total(CASE WHEN date > ? AND date <= ? THEN amount END)" for _ in windows)
    contract = "product_id IN (SELECT id FROM products WHERE is_contract = 1)"
    sql = (f"SELECT account_id, {sums}, "
           f"max(CASE WHEN {contract} AND date > ? AND date <= ? THEN date END), "
           f"max(CASE WHEN {contract} AND date > ? AND date <= ? THEN date END) "
           "FROM purchases WHERE deleted_at IS NULL GROUP BY account_id")
    params = [d.isoformat() for w in (*windows, *r.contract_windows) for d in w]
    value, revenue = np.zeros(len(data)), np.zeros((len(data), 4))
    contract_days = np.zeros((len(data), 2), np.int64)
    index = {a: i for i, a in enumerate(data.account_ids)}
    for row in db.execute(sql, params):
        i = index.get(row[0])
        if i is None:
            continue
        value[i], revenue[i] = row[1], row[2:6]
        contract_days[i] = [dt.date.fromisoformat(d).toordinal() if d else 0 for d in row[6:8]]
    return value, revenue, contract_days


def check_day(db, day):
    data = attention_data.load_portfolio(db, day, attention_data.load_settings(db))
    ids, names, tiers, owners, teams, regions = reference_accounts(db)
    assert data.account_ids == ids and data.names == names
    assert (data.owners, data.teams, data.regions) == (owners, teams, regions)
    ref = reference_history(db, ids)
    assert np.array_equal(data.history.offsets, ref.offsets)
    assert np.array_equal(same_day_sorted(data.history), same_day_sorted(ref))
    value, revenue, contract_days = reference_purchases(db, data)
    assert np.allclose(data.value, value, rtol=0, atol=1e-6)
    assert np.allclose(data.revenue, revenue, rtol=0, atol=1e-6)
    assert np.array_equal(data.contract_day, contract_days[:, 0])
    assert np.array_equal(data.contract_day_prev, contract_days[:, 1])
    return data


@pytest.mark.parametrize("day", [DAY, DAY - dt.timedelta(days=400)])
def test_fast_loading_equals_plain_queries(demo, day):
    data = check_day(demo, day)
    assert data.history.day.size > 1000 and data.value.sum() > 0
    assert data.contract_day.any() and np.isfinite(data.scores).any()


def _add(db, table, **values):
    now = utc_now()
    values.setdefault("id", new_id())
    db[table].insert({**values, "created_at": now, "updated_at": now})
    return values["id"]


def test_careful_paths_equal_plain_queries(demo):
    """Rows that the fast paths must hand to the careful ones (or ignore)."""
    db = demo
    gone = _add(db, "accounts", name="Weg BV", tier="B", deleted_at=utc_now())
    _add(db, "touchpoints", account_id=gone, kind="visit", channel="personal",
         binding="social", date="2026-02-01")
    some = db.execute("SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY id "
                      "LIMIT 1 OFFSET 7").fetchone()[0]
    db.execute("UPDATE accounts SET region = 'Zeeland' WHERE id = ?", [some])
    _add(db, "touchpoints", account_id=some, kind="call", channel="personal",
         binding="rational", date="2026-1-5")  # not YYYY-MM-DD: left out, as before
    db.conn.commit()
    data = check_day(db, DAY)
    assert gone not in data.account_ids
    assert data.regions[data.account_ids.index(some)] == "Zeeland"
