"""The accounts model sorts and filters itself and passes Qt's model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from relbeheer.core.summaries import AccountSummary
from relbeheer.ui.models.accounts_model import COL_LAST, COL_NAME, COL_REVENUE, AccountsModel
from relbeheer.ui.models.row_model import OBJECT_ROLE


def summary(name, owner="Anna", revenue=0.0, last=None, city="Utrecht"):
    return AccountSummary(
        id=name.lower(), name=name, tier="B", kind="dealer", owner=owner, team="T",
        region="Midden", sector="retail", city=city, external_ref="",
        last_personal_contact=last, revenue_12m=revenue,
    )


@pytest.fixture
def model(qtbot):
    m = AccountsModel("nl")
    m.set_rows([
        summary("Bakker Fietsen", revenue=500.0, last=dt.date(2026, 1, 5)),
        summary("aap tweewielers", owner="Bram", revenue=1500.0),
        summary("Zeeman BV", revenue=50.0, last=dt.date(2025, 3, 1), city="Zwolle"),
    ])
    return m


def names(m):
    return [m.data(m.index(r, COL_NAME)) for r in range(m.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, model):
    """Every table model must satisfy Qt's consistency checks."""
    qtmodeltester.check(model)


def test_sort_by_name_is_case_insensitive(model):
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["aap tweewielers", "Bakker Fietsen", "Zeeman BV"]


def test_sort_by_revenue_descending(model):
    model.sort(COL_REVENUE, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["aap tweewielers", "Bakker Fietsen", "Zeeman BV"]


def test_missing_dates_sort_last(model):
    model.sort(COL_LAST, Qt.SortOrder.AscendingOrder)
    assert names(model)[-1] == "aap tweewielers"


def test_filter_matches_every_word_in_any_column(model):
    model.set_filter_text("zwolle zee")
    assert names(model) == ["Zeeman BV"]
    model.set_filter_text("")
    assert model.rowCount() == 3


def test_filter_keeps_sort_order(model):
    model.sort(COL_REVENUE, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("anna")
    assert names(model) == ["Zeeman BV", "Bakker Fietsen"]


def test_money_shown_in_dutch_form(model):
    model.sort(COL_REVENUE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_REVENUE)) == "€ 1.500"


def test_object_role_returns_the_row(model):
    model.sort(COL_NAME)
    assert model.data(model.index(0, COL_NAME), OBJECT_ROLE).id == "aap tweewielers"
