"""RowTableModel keeps its rows in sort order, so typing in the filter never sorts again."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from relbeheer.ui.models.row_model import Column, RowTableModel, _narrows

WORDS = ["fiets", "fietsen", "jansen", "utrecht", "dam", "van", "accu", "e-bike"]


@dataclass
class Row:
    id: int
    name: str
    city: str
    value: float | None


def model_with(rows):
    model = RowTableModel([Column("Name", lambda r: r.name), Column("City", lambda r: r.city),
                           Column("Value", lambda r: r.value, searchable=False)])
    model.set_rows(rows)
    return model


def brute(rows, text, column, descending):
    words = text.casefold().split()
    keep = [r for r in rows if all(w in f"{r.name}\x1f{r.city}".casefold() for w in words)]
    key = {0: lambda r: r.name.casefold(), 2: lambda r: (r.value is None, r.value or 0)}[column]
    if column == 2 and descending:  # None last ascending, so first descending
        return sorted(keep, key=key, reverse=True)
    return sorted(keep, key=key, reverse=descending)


@pytest.mark.parametrize("seed", range(5))
def test_typing_on_matches_a_fresh_filter(seed):
    """Narrowing from the shown rows gives exactly what filtering all rows gives."""
    rnd = random.Random(seed)
    rows = [Row(i, " ".join(rnd.sample(WORDS, 2)).title(), rnd.choice(WORDS), rnd.choice([None, 1.0, 2.0, 3.0]))
            for i in range(300)]
    model = model_with(rows)
    column, descending = rnd.choice([0, 2]), rnd.random() < 0.5
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    typed = rnd.choice(["fietsen utr", "jansen", "van dam", "e-bike accu"])
    for n in range(1, len(typed) + 1):
        model.set_filter_text(typed[:n])
        expected = brute(rows, typed[:n], column, descending)
        assert [r.name for r in model.rows()] == [r.name for r in expected]
        assert {r.id for r in model.rows()} == {r.id for r in expected}


def test_second_sort_keeps_the_first_within_ties():
    rows = [Row(1, "B", "Utrecht", 1.0), Row(2, "A", "Utrecht", 1.0), Row(3, "C", "Almere", 2.0)]
    model = model_with(rows)
    model.sort(0)  # by name: A, B, C
    model.sort(2, Qt.SortOrder.DescendingOrder)  # by value: C, then A and B in name order
    assert [r.id for r in model.rows()] == [3, 2, 1]


def test_replacing_rows_behind_set_rows_is_noticed():
    """A subclass that assigns _all itself (as AttentionModel does) gets a fresh order."""
    model = model_with([Row(1, "B", "", 1.0), Row(2, "A", "", 2.0)])
    model.sort(0)
    model._all = [Row(3, "Z", "", 0.0), Row(4, "Y", "", 0.0), Row(5, "X", "", 0.0)]
    model._haystacks = [r.name.casefold() for r in model._all]
    model._rebuild()
    assert [r.id for r in model.rows()] == [5, 4, 3]


@pytest.mark.parametrize("old, new, narrower", [
    ("fi", "fie", True), ("fiets", "fiets utr", True), ("fiets utr", "utr", False),
    ("", "a", False), ("jan", "jansen", True), ("dam", "adam", True), ("abc", "ab", False),
])
def test_narrows(old, new, narrower):
    assert _narrows(old, new) is narrower


def test_model_tester_after_sort_and_filter(qtmodeltester):
    model = model_with([Row(i, f"Fietsen {i}", "Utrecht" if i % 2 else "Almere", float(i)) for i in range(20)])
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("utr")
    qtmodeltester.check(model)
    assert [r.id for r in model.rows()][:3] == [19, 17, 15]


@pytest.mark.parametrize("descending", [False, True])
def test_repeated_values_sort_by_rank_with_empties_apart(descending):
    """A column that repeats its values (a city) sorts as the words do; empty ones apart."""
    rnd = random.Random(4)
    cities = ["utrecht", "Almere", "Zwolle", "almere", ""]
    rows = [Row(i, f"n{i}", rnd.choice(cities), None) for i in range(200)]
    model = model_with(rows)
    model.sort(1, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    shown = [r.city.casefold() for r in model.rows()]
    filled = [c for c in shown if c]
    assert filled == sorted(filled, reverse=descending)
    empties = len(shown) - len(filled)
    assert empties and (shown[:empties] if descending else shown[-empties:]) == [""] * empties
    # ties keep the order the rows came in
    almere = [r.id for r in model.rows() if r.city.casefold() == "almere"]
    assert almere == sorted(almere)
