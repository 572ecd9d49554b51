"""The account page: opened from the accounts table, edited through its tabs, refreshed by the bus."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services
from relbeheer.ui.app import build_window
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.forms.base import ConfirmDialog
from relbeheer.ui.tasks import TaskRunner
from relbeheer.ui.views.account.data import attention_state
from relbeheer.ui.views.account_page import AccountPage

AS_OF = dt.date.today()


@pytest.fixture
def services(db_path):
    svc = Services.open(db_path)
    yield svc
    svc.close()


@pytest.fixture
def account(services):
    """One account with two contacts, touchpoints, a purchase, a score and an open case."""
    r = services.records
    now = utc_now()
    owner = new_id()
    services.db["owners"].insert({"id": owner, "name": "Anna de Boer", "created_at": now, "updated_at": now})
    acc = r.save_account({"name": "Fietsen Jansen", "tier": "A", "kind": "dealer", "owner_id": owner,
                          "city": "Utrecht", "sector": "Fietsen", "notes": "Oude notitie"})
    jan = r.save_contact({"account_id": acc, "name": "Jan Jansen", "role": "decision_maker", "is_ambassador": True})
    r.save_contact({"account_id": acc, "name": "Els", "role": "user"})
    for days, kind in ((5, "visit"), (20, "email"), (40, "training")):
        r.save_touchpoint({"account_id": acc, "kind": kind, "date": AS_OF - dt.timedelta(days=days)},
                          contact_ids=[jan])
    product = new_id()
    services.db["products"].insert({"id": product, "name": "Speed Pedelec", "created_at": now, "updated_at": now})
    services.db["purchases"].insert({"id": new_id(), "account_id": acc, "product_id": product,
                                     "date": (AS_OF - dt.timedelta(days=30)).isoformat(), "quantity": 2,
                                     "amount": 8400.0, "created_at": now, "updated_at": now})
    r.save_measurement({"account_id": acc, "kind": "nps", "score": 7, "date": AS_OF - dt.timedelta(days=10)})
    r.save_case({"account_id": acc, "subject": "Accu kapot", "opened_on": AS_OF - dt.timedelta(days=3)})
    return acc


@pytest.fixture
def ctx(services):
    """Lives as long as the test's widgets, as the window's context does in the app."""
    context = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang="en", as_of=AS_OF)
    yield context
    context.runner.wait()


@pytest.fixture
def page(qtbot, ctx, account):
    widget = AccountPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.load(account)
    yield widget
    ctx.runner.wait()


def reloaded(qtbot, page):
    """Wait for the reload that a save triggers through the change bus."""
    return qtbot.waitSignal(page.loaded, timeout=5000)


def test_header_tabs_and_key_figures(page):
    """The page shows who the account is and what its history adds up to."""
    assert page.header.name.text() == "Fietsen Jansen"
    assert page.header.tier.text() == "Tier A" and page.header.kind.text() == "Dealer"
    assert "Anna de Boer" in page.header.details.text() and "Utrecht" in page.header.details.text()
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[1:3] == ["&Contacts (2)", "&Timeline (3)"]
    assert "1 open" in titles[page.tabs.indexOf(page.cases_tab)]
    overview = page.overview_tab
    assert overview.revenue.value.text() == "€8,400"
    assert overview.last_contact.detail.text() == "5 days ago"
    assert overview.nps.value.text() == "7" and overview.nps.detail.text().startswith("Passive")
    assert overview.cases.value.text() == "1"
    assert overview.balance.balance.counts == {"rational": 1, "social": 1, "structural": 1}


def test_timeline_chart_counts_every_recent_touchpoint(page):
    tab = page.timeline_tab
    assert sum(b.total for b in tab.chart.buckets) == 3 and len(tab.chart.buckets) == 12
    tab.period.setCurrentIndex(1)
    assert len(tab.chart.buckets) == 24


def test_edit_a_contact_through_the_contacts_tab(qtbot, page):
    """Select, edit, save: the table shows the new name after the bus-driven reload."""
    tab = page.contacts_tab
    page.tabs.setCurrentWidget(tab)
    row = next(i for i, c in enumerate(tab.model.rows()) if c.name == "Els")
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on a row opens it
    form = tab.dialog
    assert form is not None and form.field("name").text() == "Els"
    form.field("name").setText("Els de Wit")
    form.field("role").set_value("influencer")
    with reloaded(qtbot, page):
        qtbot.keyClick(form.field("name"), Qt.Key.Key_Return)
    assert sorted(c.name for c in tab.model.rows()) == ["Els de Wit", "Jan Jansen"]
    assert tab.selected().name == "Els de Wit"  # the selection follows the record
    assert tab.dialog is None


def test_add_contact_with_a_mistake_keeps_the_dialog_open(qtbot, page):
    tab = page.contacts_tab
    tab.add()
    form = tab.dialog
    form.field("name").setText("Mark")
    form.field("email").setText("mark@@x")
    form.submit()
    qtbot.waitUntil(lambda: form.error_text("email") != "", timeout=5000)
    assert form.isVisible() and tab.model.total_count() == 2
    form.field("email").setText("mark@x.nl")
    with reloaded(qtbot, page):
        form.submit()
    assert tab.model.total_count() == 3 and page.overview_tab.contacts.value.text() == "3"


def test_delete_touchpoint_asks_first(qtbot, page, monkeypatch):
    tab = page.timeline_tab
    tab.table.selectRow(0)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: False))
    tab.delete_selected()
    page.ctx.runner.wait()
    assert tab.model.total_count() == 3
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    with reloaded(qtbot, page):
        tab.delete_selected()
    assert tab.model.total_count() == 2
    assert sum(b.total for b in tab.chart.buckets) == 2


def test_edit_touchpoint_from_the_timeline(qtbot, page):
    tab = page.timeline_tab
    tab.table.selectRow(0)
    tab.edit_selected()
    form = tab.dialog
    form.field("kind").set_value("lunch")
    form.field("note").setPlainText("Lunch met Jan")
    with reloaded(qtbot, page):
        form.submit()
    kinds = {t.kind for t in tab.model.rows()}
    assert "lunch" in kinds and any(t.note == "Lunch met Jan" for t in tab.model.rows())


def test_resolve_the_open_case(qtbot, page):
    tab = page.cases_tab
    tab.table.selectRow(0)
    assert tab.resolve_button.isEnabled()
    tab.resolve_selected()
    with reloaded(qtbot, page):
        tab.dialog.submit()
    [case] = tab.model.rows()
    assert case.resolved_on == dt.date.today() and case.outcome == "resolved"
    assert "open" not in page.tabs.tabText(page.tabs.indexOf(page.cases_tab))
    assert page.overview_tab.cases.value.text() == "0"


def test_add_measurement_updates_the_trend(qtbot, page):
    tab = page.measurements_tab
    tab.add()
    tab.dialog.field("kind").set_value("csat")
    tab.dialog.field("score").setText("9")
    with reloaded(qtbot, page):
        tab.dialog.submit()
    assert [s for _, s in tab.chart.series["csat"]] == [9.0]


def test_plan_notes_save_with_ctrl_s_and_survive_a_refresh(qtbot, page, services, account):
    notes = page.notes_tab
    page.tabs.setCurrentWidget(notes)
    assert notes.notes.toPlainText() == "Oude notitie"
    notes.goals.setFocus()
    qtbot.keyClicks(notes.goals, "Twee trainingen")
    assert notes.is_dirty() and notes.save_button.isEnabled()
    # a reload caused elsewhere does not throw away what is being typed
    with reloaded(qtbot, page):
        page.refresh()
    assert notes.goals.toPlainText() == "Twee trainingen"
    with reloaded(qtbot, page):
        qtbot.keyClick(notes.goals, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.records.account(account).goals == "Twee trainingen"
    assert not notes.is_dirty()


def test_leaving_the_page_saves_typed_notes(qtbot, ctx, services, account):
    """Going back to another screen does not lose plan notes that were not saved yet."""
    from PySide6.QtWidgets import QLabel, QStackedWidget

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other, page = QLabel("accounts"), AccountPage(ctx)
    stack.addWidget(other)
    stack.addWidget(page)
    stack.setCurrentWidget(page)
    stack.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.load(account)
    page.notes_tab.notes.setPlainText("Nieuwe notitie")
    with qtbot.waitSignal(page.loaded, timeout=5000):  # saved, announced, reloaded
        stack.setCurrentWidget(other)
    assert services.records.account(account).notes == "Nieuwe notitie"


def test_edit_account_changes_the_header(qtbot, page):
    page.edit_account()
    form = page.dialog
    form.field("tier").set_value("C")
    form.field("cadence_days").setText("90")
    with reloaded(qtbot, page):
        form.submit()
    assert page.header.tier.text() == "Tier C"
    assert "90" in page.header.details.text()


def test_set_attention_renders_the_verdict(page):
    header = page.header
    header.set_attention(None, "", [], "")  # the engine has scored the account: start blank
    assert header.gauge.health is None and header.next_action.isHidden()
    header.set_attention(42, "critical", ["No visit for 80 days", "Open complaint", "Digital drift", "NPS fell"],
                         "Call Jan today")
    assert header.gauge.health == 42
    assert header.severity.text() == "Critical"
    assert header.reasons.text().count("•") == 3 and "1 more" in header.reasons.text()
    assert header.next_action.text() == "Next: Call Jan today"


@pytest.mark.parametrize(
    "item",
    [
        {"health": 55, "severity": "high", "reasons": [{"nl": "Te lang stil", "en": "Silent too long"}],
         "next_action": "Plan a visit"},
        type("Item", (), {"health": 55, "severity": "high", "reasons": ["Silent too long"],
                          "next_action": "Plan a visit"})(),
    ],
    ids=["dict", "object"],
)
def test_attention_items_of_either_shape_are_understood(item):
    state = attention_state(item, "en")
    assert (state.health, state.severity, state.reasons, state.next_action) == (
        55, "high", ["Silent too long"], "Plan a visit")


def test_page_shows_the_engine_verdict_when_the_engine_is_there(qtbot, ctx, account, monkeypatch):
    """With ``services.attention.for_account`` present, the header shows its health and reasons."""

    class Engine:
        def for_account(self, account_id):
            return {"health": 38, "severity": "critical", "reasons": ["Open complaint for 9 days"],
                    "next_action": "Call Jan today"}

    monkeypatch.setattr(ctx.services, "attention", Engine(), raising=False)
    widget = AccountPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.load(account)
    assert widget.header.gauge.health == 38
    assert widget.header.severity.text() == "Critical"
    assert "Open complaint for 9 days" in widget.header.reasons.text()


def test_a_failing_engine_does_not_hide_the_account(qtbot, ctx, account, monkeypatch):
    class Broken:
        def for_account(self, account_id):
            raise RuntimeError("engine down")

    monkeypatch.setattr(ctx.services, "attention", Broken(), raising=False)
    widget = AccountPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.load(account)
    assert widget.header.name.text() == "Fietsen Jansen" and widget.header.gauge.health is None


def test_open_from_the_main_window_and_go_back_with_escape(qtbot, services, account):
    """Enter on the accounts table opens the page; Esc returns to the accounts list."""
    window = build_window(services, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.accounts_view
    window.show_page("accounts")  # the window opens on the attention list (home)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    window.open_account(view.selected_account_id())
    page = window.findChild(AccountPage)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=5000)
    assert window.stack.currentWidget() is page
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is view
    window.ctx.runner.wait()


def test_soft_delete_account_goes_back_and_leaves_the_list(qtbot, services, account, monkeypatch):
    window = build_window(services, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.accounts_view
    window.show_page("accounts")  # the window opens on the attention list (home)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    window.open_account(account)
    page = window.findChild(AccountPage)
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=5000)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(page.account_deleted, timeout=5000):
        page.delete_account()
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    window.ctx.runner.wait()


def test_a_delete_on_a_full_disk_says_so_in_the_users_words(qtbot, page, monkeypatch):
    """The storage error reads as the forms' message, not SQLite's words."""
    from relbeheer.store.database import StorageError

    def full(*_a):
        raise StorageError("full", "deleting the account", "database or disk is full")

    monkeypatch.setattr(page.ctx.services.records, "delete", full)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    page.delete_account()
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=5000)
    from relbeheer.ui.safety.texts import error_text
    expected = error_text(StorageError("full", "x", "y"), "en")
    assert page.message.text() == expected and "database or disk" not in expected
    assert page.bundle is not None  # still on the account
