"""The health score: weighted measures 0-100, bands, missing measures re-weighted, trend."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from relbeheer.core.attention import health
from relbeheer.core.attention.settings import AttentionSettings

from .conftest import Acc, every, run


def test_a_well_kept_account_is_green():
    """Visited every two weeks, promoter, steady purchases, contract: green."""
    acc = Acc(tier="A", touchpoints=every(14, 360, 5), scores=[(20, "nps", 10)],
              purchases=[(300, 10000.0, True), (60, 11000.0)])
    item = run([acc]).item(0)
    assert item.health.score > 75 and item.health.band == "green"


def test_a_neglected_account_is_red():
    """No personal contact for 100 days, NPS 4, purchases collapsing: red."""
    acc = Acc(tier="A", touchpoints=[(100, "visit")], scores=[(20, "nps", 4)],
              purchases=[(300, 10000.0), (60, 1000.0)])
    item = run([acc]).item(0)
    assert item.health.score < 50 and item.health.band == "red"


def test_bands_follow_the_settings():
    """red below 50, green above 75, amber between (inclusive)."""
    s = AttentionSettings()
    assert [health.band(x, s) for x in (49, 50, 75, 76)] == ["red", "amber", "amber", "green"]
    assert health.band(60, replace(s, health_red_below=65)) == "red"


def test_missing_measures_are_reweighted_not_zero():
    """An account nobody surveyed does not lose the satisfaction weight as zeros."""
    base = dict(tier="A", touchpoints=every(14, 360, 5), purchases=[(300, 1e4, True), (60, 1e4)])
    unsurveyed = run([Acc(**base)]).item(0).health
    assert unsurveyed.components["satisfaction"] is None
    assert unsurveyed.score == 100


def test_components_combine_by_weight():
    """combine() is the weighted mean over the present components."""
    s = AttentionSettings()
    parts = np.array([[100.0, 0.0, np.nan, np.nan, np.nan, np.nan]])
    expected = round(100 * s.health_w_recency / (s.health_w_recency + s.health_w_frequency))
    assert health.combine(parts, s)[0] == expected


def test_trend_compares_with_thirty_days_earlier():
    """A month ago the visit was fresh; now it is 60 days old: the trend is down."""
    acc = Acc(tier="A", touchpoints=[(60, "visit")] + every(14, 360, 60))
    h = run([acc]).item(0).health
    assert h.previous > h.score and h.trend == h.score - h.previous and h.direction == "down"


def test_an_open_complaint_costs_service_points():
    """A complaint open 10 days scores 0 on service; none scores 100."""
    result = run([Acc(touchpoints=[(3, "visit")], cases=[(10, None, "Accu")]),
                  Acc(touchpoints=[(3, "visit")])])
    assert [i.health.components["service"] for i in result.items(flagged_only=False)
            if i.account] in ([0.0, 100.0], [100.0, 0.0])


def test_score_maker_matches_health_score():
    """The list's per-row maker gives what health_score gives, band and trend included."""
    import math

    from relbeheer.core.attention.health import ScoreMaker, health_score

    s = AttentionSettings()
    make = ScoreMaker(s)
    for parts, score, prev in (([100.0, math.nan, 50.0, 0.0, 80.0, 100.0], 74, 80),
                               ([0.0] * 6, 0, None), ([100.0] * 6, 100, 98),
                               ([50.0] * 6, 50, 40), ([90.0] * 6, 76, 76)):
        assert make(parts, score, prev) == health_score(parts, score, prev, s)
