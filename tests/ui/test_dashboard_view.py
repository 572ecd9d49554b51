"""The Dashboard screen: loads on the worker, filters, refreshes, opens complaints by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from relbeheer.core.dashboard import DashboardFilter, HealthCell, OpenComplaint, stake_by_owner
from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.models.dashboard_models import ComplaintsModel, OwnerStakeModel, translate
from relbeheer.ui.models.row_model import OBJECT_ROLE
from relbeheer.ui.tasks import TaskRunner
from relbeheer.ui.views.dashboard.charts import nice_axis, short_name
from relbeheer.ui.views.dashboard.view import DashboardView

TODAY = dt.date.today()


@pytest.fixture
def svc(db_path):
    s = Services.open(db_path)
    now = utc_now()
    owners = {}
    for name, team in (("Anna de Boer", "Noord"), ("Bram Smit", "Zuid")):
        owners[name] = new_id()
        s.db["owners"].insert({"id": owners[name], "name": name, "team": team, "region": "Utrecht",
                               "created_at": now, "updated_at": now})
    rec = s.records
    s.jansen = rec.save_account({"name": "Fietsen Jansen", "tier": "A", "kind": "dealer",
                                 "owner_id": owners["Anna de Boer"]})
    s.dam = rec.save_account({"name": "Van Dam", "tier": "B", "kind": "dealer",
                              "owner_id": owners["Bram Smit"]})
    rec.save_touchpoint({"account_id": s.jansen, "kind": "visit", "date": TODAY - dt.timedelta(days=3)})
    rec.save_case({"account_id": s.dam, "opened_on": TODAY - dt.timedelta(days=12), "subject": "Accu's defect"})
    yield s
    s.close()


@pytest.fixture
def view(qtbot, svc):
    ctx = UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    page = DashboardView(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    yield page
    ctx.runner.wait()


def _show_and_wait(qtbot, view):
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda board: board.current):
        view.show()
    return view.board


def test_shows_the_portfolio(qtbot, view):
    """The stale summary is shown first and refreshed; the figures are those of the database."""
    board = _show_and_wait(qtbot, view)
    assert board.accounts == 2
    assert view.accounts_card.value.text() == "2"
    assert view.complaints_card.value.text() == "1"
    assert view.complaints.model.rowCount() == 1
    assert view.status.text() == ""
    qtbot.waitUntil(lambda: view.filters.owner.count() == 3)  # "all" and two owners


def test_enter_on_a_complaint_opens_its_account(qtbot, view, svc):
    _show_and_wait(qtbot, view)
    table = view.complaints.table
    table.setFocus()
    table.setCurrentIndex(view.complaints.model.index(0, 0))
    with qtbot.waitSignal(view.account_activated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [svc.dam]


def test_owner_filter_narrows_everything(qtbot, view):
    _show_and_wait(qtbot, view)
    qtbot.waitUntil(lambda: view.filters.owner.count() == 3)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_owner("Anna de Boer")
    assert view.board.scope == DashboardFilter(owner="Anna de Boer")
    assert view.board.accounts == 1 and view.board.complaints == []
    assert view.complaints.empty.isVisibleTo(view) and view.filters.reset_button.isVisibleTo(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.filters.reset_button.click()
    assert view.board.scope.everything and view.board.accounts == 2


def test_typed_team_filters_on_enter(qtbot, view):
    _show_and_wait(qtbot, view)
    qtbot.waitUntil(lambda: view.filters.team.count() == 3)
    editor = view.filters.team.lineEdit()
    editor.clear()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClicks(editor, "Zuid")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.board.scope.team == "Zuid" and view.board.accounts == 1


def test_a_change_on_the_bus_reloads(qtbot, view, svc):
    _show_and_wait(qtbot, view)
    svc.records.save_case({"account_id": svc.jansen, "opened_on": TODAY, "subject": "Nieuw"})
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda b: b.current):
        view.ctx.bus.changed.emit({"service_cases"}, svc.jansen)
    assert len(view.board.complaints) == 2


def test_hidden_page_waits_until_shown(qtbot, view):
    """A change while another page is on screen costs nothing until the dashboard is shown."""
    view.refresh()
    assert view.board is None and not view.ctx.runner.is_busy()


def test_toggle_redraws_by_binding_level(qtbot, view):
    _show_and_wait(qtbot, view)
    view.touchpoints.by_binding.click()
    keys = [s.key for s in view.touchpoints.chart.series]
    assert keys == ["rational", "social", "structural"]
    assert sum(b.values["social"] for b in view.touchpoints.chart.bars) == 1  # the visit
    assert not view.grab().isNull()


def test_owner_stake_model(qtmodeltester):
    cells = [HealthCell("Anna", "Noord", 30, "red", "critical", 2, 5000.0),
             HealthCell("", "", 90, "green", "ok", 1, 100.0)]
    model = OwnerStakeModel("nl")
    model.set_rows(stake_by_owner(cells))
    qtmodeltester.check(model)
    assert model.index(1, OwnerStakeModel.COL_OWNER).data() == translate("OwnerStakeModel", "(no owner)")
    assert model.index(0, OwnerStakeModel.COL_STAKE).data() == "€ 5.000"
    model.sort(OwnerStakeModel.COL_STAKE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(OBJECT_ROLE).owner == ""


def test_complaints_model_marks_overdue(qtmodeltester):
    model = ComplaintsModel("nl")
    model.set_complaints([OpenComplaint("c1", "a1", "Van Dam", "Bram", "Accu", "Els", TODAY - dt.timedelta(days=9)),
                          OpenComplaint("c2", "a2", "Jansen", "Anna", "Band", "", TODAY - dt.timedelta(days=2))],
                         TODAY, 7)
    qtmodeltester.check(model)
    days = ComplaintsModel.COL_DAYS
    assert model.index(0, days).data() == "9"
    assert model.index(0, days).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, days).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Els" in model.index(0, ComplaintsModel.COL_SUBJECT).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("peak, top, step", [(0, 4, 1), (3, 3, 1), (6800, 8000, 2000),
                                              (437, 600, 200), (9.5, 10, 2.5)])
def test_axis_is_round(peak, top, step):
    assert nice_axis(peak) == (top, step)


def test_short_names():
    assert short_name("Ruben van der Wal") == "R. van der Wal"
    assert short_name("Cher") == "Cher"


@pytest.mark.parametrize("typed, expected", [("anna", "Anna de Boer"), ("smit", "Bram Smit"),
                                             ("a", ""), ("nobody", "")])
def test_typed_part_of_a_name(qtbot, view, typed, expected):
    """A part that only one name contains picks it; an ambiguous or unknown one means all."""
    _show_and_wait(qtbot, view)
    qtbot.waitUntil(lambda: view.filters.owner.count() == 3)
    editor = view.filters.owner.lineEdit()
    editor.clear()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.filters.scope().owner == expected
    assert view.filters.owner.currentText() == (expected or view.filters.owner.everything)


def test_page_builds_the_dashboard_when_first_shown(qtbot, svc):
    """The main window's page costs nothing at start; shown, it builds and loads."""
    from relbeheer.ui.views.dashboard.page import DashboardPage

    ctx = UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.refresh()  # a change before it was ever shown
    assert not page.built() and not ctx.runner.is_busy()
    page.resize(1100, 760)
    page.show()
    assert page.built() and page.view.isVisible()
    qtbot.waitUntil(lambda: page.view.board is not None and page.view.board.current, timeout=10000)
    with qtbot.waitSignal(page.account_activated) as opened:
        page.view.complaints.account_activated.emit(svc.dam)
    assert opened.args == [svc.dam]
    ctx.runner.wait()
