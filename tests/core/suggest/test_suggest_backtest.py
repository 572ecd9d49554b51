"""The back-test protocol of ../shared/data/README.md on hand-made invoice lines."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.suggest.backtest import (
    InvoiceLine,
    clean_lines,
    is_clean,
    popularity_rankings,
    run_backtest,
    split_truth,
)
from relbeheer.core.suggest.history import PurchaseHistory
from relbeheer.core.suggest.settings import DEFAULT_SETTINGS, SuggestSettings

CUT = dt.date(2011, 9, 9)


def line(customer, code, days_from_cut, invoice="1", quantity=1.0, price=1.0):
    return InvoiceLine(invoice, code, quantity, CUT + dt.timedelta(days=days_from_cut), price,
                       customer, f"ITEM {code}")


@pytest.mark.parametrize(
    ("changes", "kept"),
    [
        ({}, True),
        ({"customer": ""}, False),
        ({"quantity": 0.0}, False),
        ({"quantity": -3.0}, False),
        ({"price": 0.0}, False),
        ({"invoice": "C536379"}, False),
        ({"stock_code": "POST"}, False),
        ({"stock_code": "BANK CHARGES"}, False),
        ({"stock_code": "85123a"}, True),
        ({"stock_code": "8512"}, False),
    ],
)
def test_cleaning_rules(changes, kept):
    assert is_clean(line("c1", "85123A", -5)._replace(**changes)) is kept


def test_cleaning_upper_cases_stock_codes():
    assert clean_lines([line("c1", "85123a", -5)])[0].stock_code == "85123A"


def protocol_lines():
    return [
        # c1: history, then a product new to c1 in the hold-out → evaluated, truth {22222}
        line("c1", "11111", -10), line("c1", "22222", 5), line("c1", "11111", 6),
        # c2: only buys again what it had → not evaluated
        line("c2", "11111", -20), line("c2", "22222", -20), line("c2", "11111", 10),
        # c3: no history before the cut-off → not evaluated
        line("c3", "33333", 3),
        # c4: a product nobody sold before the cut-off still counts as truth
        line("c4", "22222", -30), line("c4", "99999", 20),
        # after the horizon: ignored
        line("c2", "33333", 91),
        # cancelled in the hold-out: cleaned away
        line("c2", "44444", 4, invoice="C9"),
    ]


def test_split_truth_by_hand():
    clean = clean_lines(protocol_lines())
    train = [x for x in clean if x.day < CUT]
    hold = [x for x in clean if CUT <= x.day < CUT + dt.timedelta(days=91)]
    before, truth = split_truth(train, hold)
    assert truth == {"c1": {"22222"}, "c4": {"99999"}}
    assert before["c2"] == {"11111", "22222"}


def test_run_backtest_counts_and_rankings():
    result = run_backtest(protocol_lines(), CUT, horizon_days=91)
    assert result.engine.customers == 2
    assert result.customers_trained == 3
    assert result.products_ranked == 2  # 11111 and 22222 were sold before the cut-off
    assert result.rankings["c1"] == ["22222"]  # the one product c1 lacks
    assert result.rankings["c4"] == ["11111"]
    assert result.engine.hr_at_5 == 0.5  # c1 hit, c4 could not be hit
    assert result.as_dict()["customers_evaluated"] == 2


def test_popularity_floor_ranks_by_buyers_and_skips_owned():
    h = PurchaseHistory.build([("a", "X", 1, 1.0), ("b", "X", 1, 1.0), ("b", "Y", 1, 1.0),
                               ("c", "Z", 1, 1.0)])
    ranked = popularity_rankings(h, {"a": {"X"}, "c": {"Z"}}, ["a", "c"])
    assert ranked == {"a": ["Y", "Z"], "c": ["X", "Y"]}


def test_settings_change_by_name():
    changed = DEFAULT_SETTINGS.with_values(ease_lambda=250.0, declined_holdback_days=30)
    assert changed.crosssell.ease_lambda == 250.0
    assert changed.engine.declined_holdback_days == 30
    assert changed.upsell == SuggestSettings().upsell
    with pytest.raises(KeyError):
        DEFAULT_SETTINGS.with_values(no_such_setting=1)
