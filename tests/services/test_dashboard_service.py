"""The dashboard service: grouped reads, the owner/team/region filter, a current summary."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.dashboard import DashboardFilter
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services

TODAY = dt.date.today()


def _owner(svc, name, team, region):
    now = utc_now()
    owner = new_id()
    svc.db["owners"].insert({"id": owner, "name": name, "team": team, "region": region,
                             "created_at": now, "updated_at": now})
    return owner


@pytest.fixture
def svc():
    s = Services.open(":memory:")
    anna = _owner(s, "Anna de Boer", "Noord", "Groningen")
    bram = _owner(s, "Bram Smit", "Zuid", "Limburg")
    rec = s.records
    s.jansen = rec.save_account({"name": "Fietsen Jansen", "tier": "A", "kind": "dealer", "owner_id": anna})
    s.dam = rec.save_account({"name": "Van Dam", "tier": "B", "kind": "dealer", "owner_id": bram,
                              "region": "Utrecht"})
    s.gone = rec.save_account({"name": "Opgeheven", "tier": "C", "kind": "dealer", "owner_id": bram})
    for account, kind, days in ((s.jansen, "visit", 3), (s.jansen, "email", 10), (s.dam, "lunch", 2),
                                (s.dam, "newsletter", 400), (s.gone, "visit", 1)):
        rec.save_touchpoint({"account_id": account, "kind": kind,
                             "date": TODAY - dt.timedelta(days=days)})
    s.case = rec.save_case({"account_id": s.dam, "opened_on": TODAY - dt.timedelta(days=12),
                            "subject": "Accu's defect"})
    rec.save_case({"account_id": s.jansen, "opened_on": TODAY - dt.timedelta(days=40),
                   "resolved_on": TODAY - dt.timedelta(days=30), "subject": "Opgelost",
                   "outcome": "recovered"})
    rec.save_case({"account_id": s.gone, "opened_on": TODAY - dt.timedelta(days=5), "subject": "Weg"})
    rec.delete("accounts", s.gone)
    yield s
    s.close()


def test_whole_portfolio(svc):
    """Deleted accounts count nowhere; the summary is brought up to date first."""
    board = svc.dashboard.load()
    assert board.current and board.accounts == 2
    assert board.health.assessed == 2  # the engine ran: every account has a band
    assert sum(w.total for w in board.weeks) == 3  # the 400-day-old newsletter is outside
    assert sum(w.by_channel["personal"] for w in board.weeks) == 2
    assert [c.subject for c in board.complaints] == ["Accu's defect"]
    assert board.complaints[0].account == "Van Dam" and board.oldest_complaint_days == 12
    assert {o.owner for o in board.owners} == {"Anna de Boer", "Bram Smit"}


def test_an_open_complaint_puts_value_at_stake(svc):
    """Rule 6: a complaint open 12 days is critical, so Van Dam's revenue is at stake."""
    board = svc.dashboard.load()
    bram = next(o for o in board.owners if o.owner == "Bram Smit")
    assert (bram.flagged, bram.critical) == (1, 1)


@pytest.mark.parametrize("scope, names", [
    (DashboardFilter(owner="anna de boer"), ["Fietsen Jansen"]),
    (DashboardFilter(team="Zuid"), ["Van Dam"]),
    (DashboardFilter(region="Utrecht"), ["Van Dam"]),  # the account's own region wins
    (DashboardFilter(region="Limburg"), []),
    (DashboardFilter(region="Groningen"), ["Fietsen Jansen"]),  # else the owner's
])
def test_filter_narrows_every_figure(svc, scope, names):
    board = svc.dashboard.load(scope=scope)
    assert board.accounts == len(names)
    assert [o.owner for o in board.owners if o.accounts] == (
        [] if not names else ["Anna de Boer" if names == ["Fietsen Jansen"] else "Bram Smit"])
    expected_touchpoints = {"Fietsen Jansen": 2, "Van Dam": 1}
    assert sum(w.total for w in board.weeks) == sum(expected_touchpoints[n] for n in names)
    assert [c.account for c in board.complaints] == [n for n in names if n == "Van Dam"]


def test_stale_summary_is_reported_then_refreshed(svc):
    """Without refresh the service reads what is stored and says it is not current."""
    svc.dashboard.load()
    # rows written around the services (as a bulk import does) make the summary stale;
    # a form save refreshes its own account and keeps it current
    svc.db["touchpoints"].insert({"id": "bulk-1", "account_id": svc.jansen, "kind": "call",
                                  "channel": "personal", "binding": "social",
                                  "date": TODAY.isoformat(), "created_at": "x", "updated_at": "x"})
    stale = svc.dashboard.load(refresh=False)
    assert not stale.current
    assert svc.dashboard.load().current


def test_earlier_day_reads_the_summary_as_it_is(svc):
    """A dashboard of last month never rewrites today's summary."""
    before = (svc.attention.summary_is_current(), svc.attention.summary())
    board = svc.dashboard.load(as_of=TODAY - dt.timedelta(days=30))
    assert (svc.attention.summary_is_current(), svc.attention.summary()) == before
    assert board.current and board.accounts == 2
    assert board.complaints == []  # the open case was opened 12 days ago


def test_filter_options_list_live_accounts_only(svc):
    options = svc.dashboard.options()
    assert options.owners == ["Anna de Boer", "Bram Smit"]
    assert options.teams == ["Noord", "Zuid"]
    assert options.regions == ["Groningen", "Utrecht"]  # Limburg only had the deleted account
