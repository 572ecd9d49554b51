"""core.attention.amounts: packed purchases decoded and summed per window."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from relbeheer.core.attention.amounts import AMOUNT_DIGITS, AMOUNT_SCALE, PurchaseHistory


def entry(date: str, amount: float) -> str:
    units = round(amount * AMOUNT_SCALE)
    return f"{date}{'+' if units >= 0 else '-'}{abs(units):0{AMOUNT_DIGITS}d}"


def history(*accounts):
    texts = ["".join(entry(d, a) for d, a in acc) for acc in accounts]
    return PurchaseHistory.from_blob("".join(texts), [len(acc) for acc in accounts])


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def test_after_sums_the_later_purchases_of_each_account():
    h = history([("2024-01-05", 100.5), ("2024-03-01", 20.25), ("2024-06-30", -5.0)],
                [],
                [("2023-12-31", 7.0)])
    assert h.after(day("2024-01-05")).tolist() == [15.25, 0.0, 0.0]
    assert h.after(day("2024-01-04")).tolist() == [115.75, 0.0, 0.0]
    assert h.after(day("2023-01-01")).tolist() == [115.75, 0.0, 7.0]
    window = h.after(day("2024-02-01")) - h.after(day("2024-06-30"))  # (feb 1, jun 30]
    assert window.tolist() == [15.25, 0.0, 0.0]


def test_dates_out_of_order_within_an_account_are_sorted():
    h = history([("2024-06-30", 1.0), ("2024-01-05", 2.0)], [("2024-02-02", 4.0)])
    assert h.after(day("2024-02-01")).tolist() == [1.0, 4.0]


def test_amounts_are_summed_exactly_in_units():
    h = history([("2024-01-01", 0.1)] * 10)
    assert h.after(day("2023-01-01"))[0] == pytest.approx(1.0, abs=0)


@pytest.mark.parametrize("blob", [
    "2024-01-05+00000000000010",  # too short
    "2024/01/05+000000000000100",  # not a date
    "2024-01-05*000000000000100",  # no sign
    "2024-01-05+0000000000x0100",  # not a number
])
def test_a_damaged_pack_is_refused(blob):
    with pytest.raises(ValueError):
        PurchaseHistory.from_blob(blob, np.array([1]))


def test_no_purchases_at_all():
    h = PurchaseHistory.from_blob("", np.zeros(3, np.int64))
    assert h.after(day("2024-01-01")).tolist() == [0.0, 0.0, 0.0]
