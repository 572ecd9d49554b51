"""Logging a touchpoint with the keyboard (Ctrl+T anywhere) and creating an account (Ctrl+N)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.forms.account_form import AccountForm
from relbeheer.ui.forms.log_touchpoint import LogContext, LogTouchpointDialog
from relbeheer.ui.views.account_page import AccountPage


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
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


@pytest.fixture
def window(qtbot, services):
    make_application([])
    win = build_window(services, "nl")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    win.show_page("attention")  # settings of an earlier test may have remembered another page
    qtbot.waitUntil(lambda: win.attention_view._loaded, timeout=10000)
    yield win
    win.ctx.runner.wait()


class Keys:
    """Presses keys on whatever has focus, and counts them."""

    def __init__(self):
        self.count = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, text: str | None = None):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        if text is not None:
            QTest.keyClicks(target, text)
            self.count += len(text)
        else:
            QTest.keyClick(target, key, modifier)
            self.count += 1


def wait_dialog(qtbot, window) -> LogTouchpointDialog:
    qtbot.waitUntil(lambda: isinstance(getattr(window, "log_dialog", None), LogTouchpointDialog)
                    and window.log_dialog.isVisible(), timeout=5000)
    dialog = window.log_dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and (dialog.contacts_model.loaded or dialog.account_id is None),
                    timeout=5000)
    return dialog


def closed(dialog) -> bool:
    """Closed dialogs delete themselves (WA_DeleteOnClose)."""
    return not isValid(dialog) or not dialog.isVisible()


def cadence_only(services):
    """An account whose only flag is the cadence rule, with a decision maker."""
    for item in services.attention.listing().items:
        if [r.rule for r in item.reasons] == ["cadence"]:
            people = services.records.contacts(item.account_id)
            makers = [c for c in people if c.role == "decision_maker"]
            if makers:
                return item, makers[0]
    pytest.skip("the demo has no cadence-only account with a decision maker")


def test_keyboard_only_visit_makes_the_account_leave_the_list(qtbot, window, services):
    """Acceptance: filter to the account, Ctrl+T, a visit with the decision maker, Enter."""
    item, maker = cadence_only(services)
    view = window.attention_view
    keys = Keys()
    view.table.setFocus()
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit
    keys.press(None, text=item.account)
    keys.press(Qt.Key.Key_Return)  # to the list, the account selected
    assert QApplication.focusWidget() is view.table
    assert view.selected_account_id() == item.account_id

    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, window)
    after_ctrl_t = keys.count
    assert dialog.account_id == item.account_id
    assert QApplication.focusWidget() is dialog.kind
    keys.press(None, text="b")  # Bezoek
    assert dialog.kind.value() == "visit"
    if maker.id not in dialog.contacts.value():  # the advice named someone else: tick the maker
        keys.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.contacts
        keys.press(None, text=maker.name[:3])
        keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert keys.count - after_ctrl_t <= 6

    qtbot.waitUntil(lambda: item.account_id not in [r.id for r in view.model.rows()], timeout=5000)
    logged = services.records.touchpoints(item.account_id)[0]
    assert (logged.date, logged.kind) == (dt.date.today(), "visit")
    assert maker.id in logged.contact_ids
    assert item.account_id not in [i.account_id for i in services.attention.listing().items]
    assert view.table.hasFocus() or QApplication.focusWidget() in (view.table, None)


def test_visit_with_the_decision_maker_from_the_accounts_list_is_three_keys(qtbot, window, services):
    """No advice to follow (the account is fine): Tab, Space, Enter after Ctrl+T."""
    flagged = {i.account_id for i in services.attention.listing().items}
    account, maker = next(
        (a, m) for a in services.accounts.list() if a.id not in flagged
        for m in services.records.contacts(a.id) if m.role == "decision_maker"
    )
    window.show_page("accounts")
    view = window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    view.table.selectRow(next(n for n, r in enumerate(view.model.rows()) if r.id == account.id))
    view.table.setFocus()
    keys = Keys()
    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, window)
    assert dialog.advice.isHidden() and dialog.kind.value() == "visit"
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Return):
        keys.press(key)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert keys.count - 1 == 3
    logged = services.records.touchpoints(account.id)[0]
    assert (logged.kind, logged.contact_ids, logged.date) == ("visit", [maker.id], dt.date.today())


def test_advice_prefills_kind_and_person(qtbot, window, services):
    """From the attention list the dialog starts with the engine's next action."""
    view = window.attention_view
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_L)  # the one-key log on the list
    dialog = wait_dialog(qtbot, window)
    item = view.item_for(view.selected_account_id())
    assert dialog.kind.value() == item.next_action.kind.value
    if item.next_action.contact is not None:
        assert dialog.contacts.value() == [item.next_action.contact.id]
    assert not dialog.advice.isHidden()
    dialog.reject()


def test_ctrl_t_on_the_account_page_and_with_a_contact_row(qtbot, window, services):
    """The open account is preselected; from the contacts list that person is ticked too."""
    account = services.accounts.list()[0]
    window.open_account(account.id)
    page = window.findChild(AccountPage)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=5000)
    window.log_touchpoint()
    dialog = wait_dialog(qtbot, window)
    assert dialog.account_id == account.id
    assert dialog.account_field.text() == account.name
    dialog.reject()

    window.show_page("contacts")
    contacts = window.contacts_view
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0, timeout=5000)
    contacts.table.selectRow(0)
    row = contacts.selected_row()
    window.log_touchpoint()
    dialog = wait_dialog(qtbot, window)
    assert dialog.account_id == row.account_id and dialog.contacts.value() == [row.id]
    dialog.reject()


def test_account_by_typing_and_messages_in_place(qtbot, window, services):
    """Without context the account is typed; a wrong name or date order is answered in place."""
    window.show_page("products")
    window.log_touchpoint()
    dialog = wait_dialog(qtbot, window)
    assert QApplication.focusWidget() is dialog.account_field
    QTest.keyClicks(dialog.account_field, "Nergens BV")
    QTest.keyClicks(dialog.note, "Koffie gedronken")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "pick one" in dialog.error_text("account_id") or dialog.error_text("account_id")
    assert dialog.isVisible() and dialog.note.toPlainText() == "Koffie gedronken"

    target = services.accounts.list()[3]
    qtbot.waitUntil(lambda: dialog.account_field.names.rowCount() > 0, timeout=5000)
    dialog.account_field.clear()
    QTest.keyClicks(dialog.account_field, target.name)
    qtbot.waitUntil(lambda: dialog.account_id == target.id and dialog.contacts_model.loaded, timeout=5000)
    dialog.follow_up.check.setChecked(True)
    dialog.follow_up.date.set_value(dt.date.today() - dt.timedelta(days=3))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("follow_up_on") != "", timeout=5000)
    assert dialog.isVisible() and dialog.note.toPlainText() == "Koffie gedronken"
    dialog.follow_up.check.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    assert services.records.touchpoints(target.id)[0].note == "Koffie gedronken"


def test_no_date_after_today(qtbot, window):
    window.log_touchpoint()
    dialog = wait_dialog(qtbot, window)
    dialog.date.set_value(dt.date.today() + dt.timedelta(days=5))
    assert dialog.date.value() == dt.date.today()
    dialog.reject()


@pytest.mark.parametrize("keys, value", [("+", 1), ("-", -1), ("0", 0), ("+-", -1)])
def test_sentiment_keys(qtbot, services, keys, value):
    from relbeheer.ui.context import ChangeBus, UiContext
    from relbeheer.ui.tasks import TaskRunner

    ctx = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    account = services.accounts.list()[0]
    dialog = LogTouchpointDialog(ctx, LogContext(account.id, account.name))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sentiment.setFocus()
    QTest.keyClicks(dialog.sentiment, keys)
    assert dialog.sentiment.value() == value
    QTest.keyClick(dialog.sentiment, Qt.Key.Key_Backspace)
    assert dialog.sentiment.value() is None
    ctx.runner.wait()


def test_ctrl_n_creates_and_opens_an_account(qtbot, window, services):
    window.new_account_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "account_dialog", None), AccountForm), timeout=5000)
    form = window.account_dialog
    QTest.keyClicks(form.field("name"), "Nieuwe Fietsenwinkel")
    QTest.keyClick(form.field("name"), Qt.Key.Key_Return)
    page = None

    def opened():
        nonlocal page
        page = window.findChild(AccountPage)
        return page is not None and page.bundle is not None and window.stack.currentWidget() is page

    qtbot.waitUntil(opened, timeout=5000)
    assert page.bundle.account.name == "Nieuwe Fietsenwinkel"
