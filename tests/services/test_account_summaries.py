"""The accounts table's rows: from the attention summary when current, else computed."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.services import Services
from relbeheer.store.accounts import account_summaries
from relbeheer.store.demo.generator import generate_demo

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def svc():
    s = Services.open(":memory:")
    generate_demo(s.db, scale="XS", seed=11)  # as of today
    s.attention.refresh()
    yield s
    s.close()


def _key(row):
    return (row.id, row.name, row.tier, row.owner, row.team, row.region, row.sector, row.city,
            row.last_personal_contact, round(row.revenue_12m, 2))


def test_current_summary_gives_the_computed_figures(svc):
    """Last personal contact and 12-month revenue read from the summary are exact."""
    assert svc.attention.summary_is_current()
    fast = sorted(map(_key, svc.accounts.summaries(TODAY)))
    slow = sorted(map(_key, account_summaries(svc.db, as_of=TODAY.isoformat())))
    assert fast == slow and len(fast) == 200


def test_rows_carry_health_and_severity(svc):
    rows = svc.accounts.summaries(TODAY)
    assert all(row.health is not None and row.severity for row in rows)
    by_id = {item["account_id"]: item for item in svc.attention.summary()}
    row = rows[0]
    assert (row.health, row.severity) == (by_id[row.id]["health"], by_id[row.id]["severity"])


def test_first_screen_is_the_highest_value(svc):
    first = svc.accounts.first_summaries(20, TODAY)
    everyone = sorted(svc.accounts.summaries(TODAY), key=lambda r: -r.revenue_12m)
    assert sorted(r.revenue_12m for r in first) == sorted(r.revenue_12m for r in everyone[:20])


def test_stale_summary_falls_back_to_computing(svc):
    """A touchpoint written behind the engine's back: the slow path sees it, first screen waits."""
    account = svc.accounts.list()[0]
    svc.db["touchpoints"].insert({"id": "tp-new", "account_id": account.id, "date": TODAY.isoformat(),
                                  "kind": "visit", "channel": "personal", "binding": "social",
                                  "created_at": "x", "updated_at": "x"})
    assert not svc.attention.summary_is_current()
    [row] = [r for r in svc.accounts.summaries(TODAY) if r.id == account.id]
    assert row.last_personal_contact == TODAY and row.health is not None
    assert svc.accounts.first_summaries(20, TODAY) == []
    # an earlier day never reads today's summary
    assert svc.accounts.first_summaries(20, TODAY - dt.timedelta(days=1)) == []
