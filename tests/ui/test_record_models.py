"""The account page's table models: words for codes, sorting, colours, Qt's model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from relbeheer.core.summaries import (
    CaseSummary,
    ContactSummary,
    MeasurementSummary,
    PurchaseSummary,
    TouchpointSummary,
)
from relbeheer.ui.models.record_models import (
    CasesModel,
    ContactsModel,
    MeasurementsModel,
    PurchasesModel,
    TouchpointsModel,
)
from relbeheer.ui.models.row_model import OBJECT_ROLE

AS_OF = dt.date(2026, 11, 15)

CONTACTS = [
    ContactSummary("c1", "a", "Peter van Dam", "decision_maker", "Eigenaar", "p@x.nl", "", "personal", True,
                   dt.date(2026, 10, 1)),
    ContactSummary("c2", "a", "Els", "gatekeeper", "", "", "", "digital", False, None),
]
TOUCHPOINTS = [
    TouchpointSummary("t1", "a", dt.date(2026, 11, 2), "video_call", "personal", "social", "Peter van Dam",
                      ["c1"], "Anna", 1, "Goed gesprek\nover accu's", None),
    TouchpointSummary("t2", "a", dt.date(2026, 10, 1), "newsletter", "digital", "rational", "", [], "Anna",
                      -1, "", dt.date(2026, 12, 1)),
]
PURCHASES = [PurchaseSummary("p1", dt.date(2026, 3, 1), "x", "Speed Pedelec", "Speed", 2.0, 8400.0),
             PurchaseSummary("p2", dt.date(2026, 4, 1), "y", "Accu", "Onderdelen", 1.5, 960.5)]
MEASUREMENTS = [MeasurementSummary("m1", dt.date(2026, 5, 1), "nps", 8, "c1", "Peter van Dam", ""),
                MeasurementSummary("m2", dt.date(2026, 6, 1), "ces", 2, None, "", "Makkelijk"),
                MeasurementSummary("m3", dt.date(2026, 7, 1), "nps", 4, None, "", "")]
CASES = [CaseSummary("s1", dt.date(2026, 1, 1), dt.date(2026, 1, 11), "Oud", "recovered", None, "", ""),
         CaseSummary("s2", dt.date(2026, 11, 1), None, "Accu kapot", "", "c1", "Peter van Dam", "Drie klanten")]


def build(kind, lang="nl"):
    if kind is CasesModel:
        return CasesModel(lang, AS_OF)
    return kind(lang)


ROWS = {ContactsModel: CONTACTS, TouchpointsModel: TOUCHPOINTS, PurchasesModel: PURCHASES,
        MeasurementsModel: MEASUREMENTS, CasesModel: CASES}


@pytest.mark.parametrize("kind", list(ROWS), ids=lambda k: k.__name__)
def test_models_pass_qt_model_tester(qtmodeltester, kind):
    """Every table model must satisfy Qt's consistency checks, filled and sorted."""
    model = build(kind)
    model.set_rows(ROWS[kind])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def text(model, row, col):
    return model.data(model.index(row, col))


def test_contacts_show_dutch_words_and_ambassador():
    m = build(ContactsModel)
    m.set_rows(CONTACTS)
    assert text(m, 0, m.COL_ROLE) == "Beslisser"
    assert text(m, 1, m.COL_CHANNEL) == "Digitaal"
    assert text(m, 0, m.COL_AMBASSADOR) and text(m, 1, m.COL_AMBASSADOR) == ""
    assert text(m, 0, m.COL_LAST) == "01-10-2026"


def test_contacts_filter_on_role_word():
    """The filter searches what is shown (the Dutch role), not the stored code."""
    m = build(ContactsModel)
    m.set_rows(CONTACTS)
    m.set_filter_text("poortwachter")
    assert [c.id for c in m.rows()] == ["c2"]


def test_touchpoints_words_colours_and_note_tooltip():
    m = build(TouchpointsModel, "en")
    m.set_rows(TOUCHPOINTS)
    assert (text(m, 0, m.COL_KIND), text(m, 0, m.COL_BINDING)) == ("Video call", "Social-emotional")
    assert text(m, 0, m.COL_NOTE) == "Goed gesprek over accu's"  # one line in the cell
    assert m.data(m.index(0, m.COL_NOTE), Qt.ItemDataRole.ToolTipRole) == "Goed gesprek\nover accu's"
    assert text(m, 1, m.COL_SENTIMENT) == "Negative"
    assert m.data(m.index(1, m.COL_SENTIMENT), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert text(m, 1, m.COL_FOLLOW_UP) == "2026-12-01"


def test_purchases_money_quantity_and_right_aligned_headers():
    m = build(PurchasesModel)
    m.set_rows(PURCHASES)
    m.sort(m.COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert text(m, 0, m.COL_AMOUNT) == "€ 8.400"
    assert text(m, 1, m.COL_QUANTITY) == "1,50"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert m.headerData(m.COL_AMOUNT, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    assert m.headerData(m.COL_PRODUCT, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None


def test_measurements_nps_group_only_for_nps():
    m = build(MeasurementsModel, "en")
    m.set_rows(MEASUREMENTS)
    assert [text(m, r, m.COL_BAND) for r in range(3)] == ["Passive", "", "Detractor"]
    assert m.data(m.index(2, m.COL_BAND), Qt.ItemDataRole.ForegroundRole).name() == "#c62828"


def test_cases_open_first_with_days_open():
    """Sorting the status ascending puts open cases on top, whatever the language."""
    m = build(CasesModel, "en")
    m.set_rows(CASES)
    m.sort(m.COL_STATUS, Qt.SortOrder.AscendingOrder)
    first = m.data(m.index(0, 0), OBJECT_ROLE)
    assert first.id == "s2"
    assert (text(m, 0, m.COL_STATUS), text(m, 0, m.COL_DAYS)) == ("Open", "14")
    assert (text(m, 1, m.COL_DAYS), text(m, 1, m.COL_OUTCOME)) == ("10", "Recovered")
    assert m.data(m.index(0, m.COL_STATUS), Qt.ItemDataRole.FontRole).bold()
