"""The home screen: the attention list on a demo database, its filters, the first run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from relbeheer.core.attention.model import Severity
from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.views import attention_view


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """One XS demo database per module (200 accounts), copied per test."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    svc = Services.open(path, daily_backup=False)
    svc.data.demo("XS")
    svc.close()
    return path


@pytest.fixture
def services(demo_file, tmp_path):
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    svc = Services.open(copy, daily_backup=False)
    yield svc
    svc.close()


def open_window(qtbot, services, lang="nl"):
    make_application([])
    window = build_window(services, lang)
    qtbot.addWidget(window)
    view = window.attention_view
    qtbot.waitUntil(lambda: view._loaded, timeout=10000)
    return window, view


def test_attention_is_the_home_page_and_lists_by_priority(qtbot, services):
    """The window opens on the attention list with the engine's flagged accounts."""
    make_application([])
    QSettings().remove("window/page")  # a first start: no remembered page
    window, view = open_window(qtbot, services)
    expected = services.attention.listing()
    assert window.current_page() == "attention"
    assert [r.id for r in view.model.rows()] == [i.account_id for i in expected.items]
    assert view.headline.text() == f"{expected.flagged} relationships need attention"
    critical = view.chips[Severity.CRITICAL].text()
    assert critical.startswith(str(expected.severities["critical"]))
    assert view.selected_account_id() == expected.items[0].account_id
    window.ctx.runner.wait()


def test_filters_narrow_and_the_headline_follows(qtbot, services):
    """Owner narrows the list and the counts; a severity chip narrows the rows only."""
    window, view = open_window(qtbot, services)
    owner = view.owner_combo.itemText(1)
    view.owner_combo.setCurrentIndex(1)
    assert {r.item.owner for r in view.model.rows()} == {owner}
    mine = view.model.rowCount()
    assert view.headline.text().startswith(str(mine))
    high = view.chips[Severity.HIGH]
    high.click()
    assert {r.item.severity for r in view.model.rows()} <= {Severity.HIGH}
    assert view.severity_combo.currentData() == int(Severity.HIGH)
    assert view.headline.text().startswith(str(mine))  # counts stay for the owner
    high.click()
    assert view.model.rowCount() == mine
    qtbot.keyClicks(view.filter_edit, "zzz-nobody")
    assert view.model.rowCount() == 0
    window.ctx.runner.wait()


def test_enter_opens_the_account(qtbot, services):
    window, view = open_window(qtbot, services)
    window.show_page("attention")
    first = view.selected_account_id()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert getattr(page, "account_id", None) == first
    window.ctx.runner.wait()


def test_empty_database_offers_demo_data(qtbot, db_path, monkeypatch):
    """No accounts: a friendly start page; Load demo data fills the database and the list."""
    monkeypatch.setattr(attention_view, "DEMO_SCALE", "XS")
    services = Services.open(db_path, daily_backup=False)
    try:
        window, view = open_window(qtbot, services, "en")
        assert view.pages.currentIndex() == 1
        assert view.start_panel.title.text() == "No accounts yet"
        view.start_panel.demo_button.click()
        qtbot.waitUntil(lambda: view.pages.currentIndex() == 0 and view.model.rowCount() > 0, timeout=20000)
        assert services.accounts.count() == 200
        window.ctx.runner.wait()
    finally:
        services.close()


def test_empty_database_import_opens_the_import_wizard(qtbot, db_path, monkeypatch):
    """Import… on the start page is the File menu's import."""
    from relbeheer.ui import import_wizard

    opened = []
    monkeypatch.setattr(import_wizard.ImportWizard, "exec", lambda self: opened.append(self) or 0)
    services = Services.open(db_path, daily_backup=False)
    try:
        window, view = open_window(qtbot, services, "en")
        qtbot.waitUntil(lambda: view.start_panel.import_button.isVisibleTo(view), timeout=5000)
        view.start_panel.import_button.click()
        assert len(opened) == 1
        window.ctx.runner.wait()
    finally:
        services.close()


def test_detail_card_follows_the_selection_and_acts(qtbot, services):
    """The card under the list tells the selected account's reasons in full; its button logs."""
    window, view = open_window(qtbot, services)
    window.show_page("attention")
    view.table.selectRow(2)
    row = view.selected_row()
    assert view.detail.name.text() == row.item.account
    assert view.detail.reasons.text().count("•") == len(row.item.reasons)
    assert view.detail.action.text() == row.action
    view.detail.log_button.click()
    qtbot.waitUntil(lambda: getattr(window, "log_dialog", None) is not None, timeout=5000)
    assert window.log_dialog.account_id == row.id
    window.log_dialog.reject()
    window.ctx.runner.wait()
