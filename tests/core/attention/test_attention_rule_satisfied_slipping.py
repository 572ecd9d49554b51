"""Rule 7, satisfied but slipping: NPS passive or CSAT >= 8 while attention or purchases fall."""

from __future__ import annotations

from dataclasses import replace

from .conftest import Acc, every, fired, run

# Monthly visits for a year, then only one in the last half year: attention falls.
FALLING = every(30, 360, 190) + [(20, "visit")]
STEADY = every(30, 360, 10)


def test_fires_for_a_passive_whose_attention_falls():
    """NPS 8 last month, personal contacts down from 6 to 1 per half year."""
    acc = Acc(tier="C", touchpoints=FALLING, scores=[(30, "nps", 8)])
    assert fired(run([acc]), "satisfied_slipping") == [True]


def test_fires_for_high_csat_with_falling_purchases():
    """CSAT 9 while purchases fell to half of the half year before."""
    acc = Acc(tier="C", touchpoints=STEADY, scores=[(30, "csat", 9)],
              purchases=[(300, 10000.0), (60, 5000.0)])
    assert fired(run([acc]), "satisfied_slipping") == [True]


def test_near_miss_promoter_is_not_this_rule():
    """NPS 9 is a promoter, not a passive: attention falling alone does not fire here."""
    acc = Acc(tier="C", touchpoints=FALLING, scores=[(30, "nps", 9)])
    assert fired(run([acc]), "satisfied_slipping") == [False]


def test_near_miss_passive_with_steady_attention_and_purchases():
    """NPS 7 with steady visits and purchases: nothing slips."""
    acc = Acc(tier="C", touchpoints=STEADY, scores=[(30, "nps", 7)],
              purchases=[(300, 10000.0), (60, 10000.0)])
    assert fired(run([acc]), "satisfied_slipping") == [False]


def test_old_scores_are_not_trusted(settings):
    """An NPS of 8 from two years ago says nothing about today."""
    acc = Acc(tier="C", touchpoints=FALLING, scores=[(700, "nps", 8)])
    assert fired(run([acc]), "satisfied_slipping") == [False]


def test_csat_threshold_is_a_setting(settings):
    """satisfied_csat_min 9.5: a CSAT of 9 no longer counts as satisfied."""
    acc = Acc(tier="C", touchpoints=FALLING, scores=[(30, "csat", 9)])
    assert fired(run([acc]), "satisfied_slipping") == [True]
    assert fired(run([acc], replace(settings, satisfied_csat_min=9.5)),
                 "satisfied_slipping") == [False]
