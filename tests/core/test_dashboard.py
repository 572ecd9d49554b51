"""Dashboard figures from grouped rows: bands, histogram, stake per owner, weeks, complaints."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.dashboard import (
    DashboardFilter,
    HealthCell,
    OpenComplaint,
    TouchpointCell,
    build_dashboard,
    health_distribution,
    stake_by_owner,
    touchpoints_per_week,
    week_start,
    week_window,
)

AS_OF = dt.date(2026, 11, 26)  # a Thursday

CELLS = [
    HealthCell("Anna", "Noord", 30, "red", "critical", 2, 50_000.0),
    HealthCell("Anna", "Noord", 60, "amber", "medium", 1, 10_000.0),
    HealthCell("Anna", "Noord", 90, "green", "ok", 5, 80_000.0),
    HealthCell("Bram", "Zuid", 75, "amber", "high", 3, 70_000.0),
    HealthCell("Bram", "Zuid", 76, "green", "low", 1, 1_000.0),
    HealthCell("Bram", "Zuid", None, "", "", 4, 0.0),
    HealthCell("", "", 100, "green", "ok", 1, 500.0),
]


def test_bands_count_accounts_and_keep_the_unassessed_apart():
    dist = health_distribution(CELLS)
    assert dist.bands == {"red": 2, "amber": 4, "green": 7, "": 4}
    assert dist.assessed == 13
    assert dist.mean == pytest.approx((30 * 2 + 60 + 90 * 5 + 75 * 3 + 76 + 100) / 13)


def test_histogram_bins_split_by_the_engines_band():
    """75 (amber) and 76 (green) share the 70–79 bar; 100 joins the last bar."""
    dist = health_distribution(CELLS)
    assert [b.low for b in dist.bins] == list(range(0, 100, 10))
    seventies = dist.bins[7]
    assert (seventies.low, seventies.high, seventies.counts) == (70, 79, {"red": 0, "amber": 3, "green": 1})
    assert (dist.bins[-1].low, dist.bins[-1].high, dist.bins[-1].total) == (90, 100, 6)
    assert sum(b.total for b in dist.bins) == dist.assessed


def test_value_at_stake_counts_flagged_accounts_only_largest_first():
    owners = stake_by_owner(CELLS)
    assert [o.owner for o in owners] == ["Bram", "Anna", ""]
    bram, anna, nobody = owners
    assert (anna.accounts, anna.flagged, anna.critical, anna.red) == (8, 3, 2, 2)
    assert anna.value_at_stake == 60_000.0
    assert anna.by_severity == {"critical": 50_000.0, "medium": 10_000.0}
    assert (bram.accounts, bram.flagged, bram.value_at_stake) == (8, 4, 71_000.0)
    assert bram.mean_health == pytest.approx((75 * 3 + 76) / 4)  # the unassessed do not count
    assert (nobody.value_at_stake, nobody.mean_health) == (0.0, 100)


def test_weeks_start_on_monday_and_end_with_the_current_week():
    assert week_start(AS_OF) == dt.date(2026, 11, 23)
    first, last = week_window(AS_OF, 4)
    assert (first, last) == (dt.date(2026, 11, 2), AS_OF)


def test_touchpoints_per_week_fill_gaps_and_ignore_days_outside():
    cells = [
        TouchpointCell(dt.date(2026, 11, 2), "personal", "social", 3),  # first day of the window
        TouchpointCell(dt.date(2026, 11, 8), "digital", "rational", 2),  # Sunday: same week
        TouchpointCell(dt.date(2026, 11, 26), "personal", "structural", 1),
        TouchpointCell(dt.date(2026, 11, 1), "personal", "social", 9),  # before the window
        TouchpointCell(dt.date(2026, 11, 27), "personal", "social", 9),  # after as_of
    ]
    weeks = touchpoints_per_week(cells, AS_OF, 4)
    assert [w.week for w in weeks] == [dt.date(2026, 11, d) for d in (2, 9, 16, 23)]
    assert [w.total for w in weeks] == [5, 0, 0, 1]
    assert weeks[0].by_channel == {"personal": 3, "digital": 2}
    assert weeks[0].by_binding == {"rational": 2, "social": 3, "structural": 0}
    assert weeks[3].by_binding["structural"] == 1


def test_dashboard_totals_and_complaints_oldest_first():
    complaints = [
        OpenComplaint("c1", "a1", "Van Dam", "Anna", "Accu", "", dt.date(2026, 11, 20)),
        OpenComplaint("c2", "a2", "Jansen", "Bram", "Levering", "Els", dt.date(2026, 10, 1)),
        OpenComplaint("c3", "a3", "Later", "Bram", "Nog niet", "", dt.date(2026, 12, 1)),
    ]
    board = build_dashboard(AS_OF, DashboardFilter(), CELLS,
                            [TouchpointCell(AS_OF, "personal", "social", 3),
                             TouchpointCell(AS_OF, "digital", "rational", 1)], complaints, weeks=2)
    assert (board.accounts, board.flagged, board.critical) == (17, 7, 2)
    assert board.value_at_stake == 131_000.0
    assert [c.id for c in board.complaints] == ["c2", "c1"]
    assert board.oldest_complaint_days == 56
    assert board.complaints[1].days_open(AS_OF) == 6
    assert board.personal_share() == pytest.approx(0.75)


def test_empty_portfolio_has_no_averages():
    board = build_dashboard(AS_OF, DashboardFilter(owner="Niemand"), [], [], [])
    assert (board.accounts, board.health.mean, board.oldest_complaint_days) == (0, None, None)
    assert board.personal_share() is None
    assert len(board.weeks) == 26 and not board.scope.everything
