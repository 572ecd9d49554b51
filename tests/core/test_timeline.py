"""Touchpoints per month by binding level, the binding balance, and key figures."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core import account_figures as figs
from relbeheer.core import timeline
from relbeheer.core.domain import NpsBand
from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    OfferSummary,
    PurchaseSummary,
    TouchpointSummary,
)

AS_OF = dt.date(2026, 11, 15)


def tp(day, binding="social", channel="personal"):
    return TouchpointSummary("t", "a", day, "visit", channel, binding, "", [], "", None, "", None)


def test_month_starts_end_with_the_as_of_month():
    months = timeline.month_starts(AS_OF, 12)
    assert months[0] == dt.date(2025, 12, 1) and months[-1] == dt.date(2026, 11, 1)
    assert len(months) == 12


@pytest.mark.parametrize(
    "month, n, expected",
    [(dt.date(2026, 1, 1), -1, dt.date(2025, 12, 1)), (dt.date(2026, 12, 1), 1, dt.date(2027, 1, 1)),
     (dt.date(2026, 3, 1), -26, dt.date(2024, 1, 1))],
)
def test_add_months(month, n, expected):
    assert timeline.add_months(month, n) == expected


def test_touchpoints_are_counted_per_month_and_binding():
    rows = [
        tp(dt.date(2026, 11, 2)),
        tp(dt.date(2026, 11, 3), "rational", "digital"),
        tp(dt.date(2026, 10, 30), "structural"),
        tp(dt.date(2026, 11, 20)),  # after as_of: not yet happened
        tp(dt.date(2024, 1, 1)),  # before the window
    ]
    buckets = timeline.touchpoints_per_month(rows, AS_OF, 12)
    assert len(buckets) == 12
    assert buckets[-1].counts == {"rational": 1, "social": 1, "structural": 0}
    assert buckets[-2].count("structural") == 1
    assert sum(b.total for b in buckets) == 3


def test_binding_balance_shares():
    rows = [tp(AS_OF), tp(AS_OF - dt.timedelta(days=10)), tp(AS_OF, "rational"),
            tp(AS_OF - dt.timedelta(days=400), "structural")]
    balance = timeline.binding_balance(rows, AS_OF)
    assert (balance.total, balance.count("social"), balance.count("structural")) == (3, 2, 0)
    assert balance.share("social") == pytest.approx(2 / 3)


def test_empty_balance_has_zero_shares():
    assert timeline.binding_balance([], AS_OF).share("social") == 0.0


def test_measurement_series_sorted_per_kind():
    rows = [MeasurementSummary("m1", dt.date(2026, 5, 1), "nps", 8, None, "", ""),
            MeasurementSummary("m2", dt.date(2026, 1, 1), "nps", 6, None, "", ""),
            MeasurementSummary("m3", dt.date(2026, 2, 1), "ces", 3, None, "", "")]
    series = timeline.measurement_series(rows)
    assert series["nps"] == [(dt.date(2026, 1, 1), 6.0), (dt.date(2026, 5, 1), 8.0)]
    assert series["csat"] == [] and len(series["ces"]) == 1


def test_quarterly_means():
    """Answers within one quarter average into one point of the trend line."""
    points = [(dt.date(2026, 1, 5), 9), (dt.date(2026, 3, 31), 5), (dt.date(2026, 4, 1), 8)]
    assert timeline.quarterly_means(points) == [(dt.date(2026, 1, 1), 7.0, 2), (dt.date(2026, 4, 1), 8.0, 1)]
    assert timeline.quarterly_means([]) == []


def test_key_figures():
    """Revenue window, personal-only last contact, open cases and latest NPS."""
    contacts = [ContactSummary("c1", "a", "Jan", "decision_maker", "", "", "", "personal", True, None),
                ContactSummary("c2", "a", "Els", "user", "", "", "", "digital", False, None)]
    purchases = [PurchaseSummary("p1", AS_OF - dt.timedelta(days=10), "x", "X", "", 1, 1000.0),
                 PurchaseSummary("p2", AS_OF - dt.timedelta(days=365), "x", "X", "", 1, 50.0),
                 PurchaseSummary("p3", AS_OF - dt.timedelta(days=364), "x", "X", "", 1, 20.0)]
    touchpoints = [tp(dt.date(2026, 11, 10), "rational", "digital"), tp(dt.date(2026, 9, 1))]
    cases = [CaseSummary("s1", dt.date(2026, 11, 1), None, "Accu", "", None, "", ""),
             CaseSummary("s2", dt.date(2026, 1, 1), dt.date(2026, 2, 1), "Oud", "resolved", None, "", "")]
    nps = [MeasurementSummary("m1", dt.date(2026, 3, 1), "nps", 9, None, "", ""),
           MeasurementSummary("m2", dt.date(2026, 6, 1), "nps", 8, None, "", "")]
    offers = [OfferSummary("o1", "open", "X", None, None, 500.0),
              OfferSummary("o2", "won", "X", None, None, 200.0),
              OfferSummary("o3", "open", "Y", None, None, 100.0)]
    f = figs.account_figures(as_of=AS_OF, contacts=contacts, touchpoints=touchpoints,
                             purchases=purchases, measurements=nps, cases=cases, offers=offers)
    assert f.revenue_12m == 1020.0
    assert (f.last_personal_contact, f.days_since_personal) == (dt.date(2026, 9, 1), 75)
    assert (f.contacts, f.ambassadors, f.open_cases, f.oldest_open_case_days) == (2, 1, 1, 14)
    assert f.latest_nps.id == "m2" and f.nps_band is NpsBand.PASSIVE
    assert f.offers["open"] == figs.OfferTotals(2, 600.0)
    assert f.offers["lost"] == figs.OfferTotals(0, 0.0)


def test_key_figures_of_an_empty_account():
    f = figs.account_figures(as_of=AS_OF)
    assert (f.revenue_12m, f.last_personal_contact, f.latest_nps, f.nps_band) == (0.0, None, None, None)
