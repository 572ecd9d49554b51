"""Printing from the app: Ctrl+P on the account page, File > Account review with progress and cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pypdf import PdfReader

from relbeheer.core.review import ReviewFilters
from relbeheer.services import Services
from relbeheer.store.database import open_database
from relbeheer.store.demo import generate_demo
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.tasks import TaskRunner
from relbeheer.ui.views import plan_export
from relbeheer.ui.views.account import data as account_data
from relbeheer.ui.views.account_page import AccountPage
from relbeheer.ui.views.plan_export import PlanFileDialog, ReviewChoice, ReviewDialog

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def services(tmp_path):
    path = tmp_path / "demo.db"
    db = open_database(path)
    generate_demo(db, scale="XS", seed=42, as_of=AS_OF)
    db.close()
    svc = Services(open_database(path), path)
    yield svc
    svc.close()


@pytest.fixture
def ctx(services):
    context = UiContext(services=services, runner=TaskRunner(), bus=ChangeBus(), lang="en", as_of=AS_OF)
    yield context
    context.runner.wait()


def test_ctrl_p_writes_the_plan(qtbot, ctx, tmp_path, monkeypatch):
    account = ctx.services.accounts.list()[0]
    target = tmp_path / "plan.pdf"
    asked = []
    monkeypatch.setattr(PlanFileDialog, "ask", classmethod(lambda cls, parent, suggested:
                                                           asked.append(suggested) or target))
    # the page's own attention header is not what this test is about
    monkeypatch.setattr(account_data, "attention_of", lambda *a, **k: None)
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.load(account.id)
    assert page.export_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "plan.pdf" in page.message.text(), timeout=15000)
    assert asked and asked[0].suffix == ".pdf"
    assert account.name in PdfReader(str(target)).pages[0].extract_text()


def test_review_dialog_builds_the_filters(qtbot, services):
    owners = services.records.owners()
    dialog = ReviewDialog(owners)
    qtbot.addWidget(dialog)
    dialog.owner.setCurrentIndex(1)
    dialog.tier.setCurrentIndex(dialog.tier.findData("A"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    dialog.per_account.setChecked(True)
    choice = dialog.choice()
    assert choice.split and choice.filters == ReviewFilters(owner=dialog.owner.currentText(), tier="A",
                                                             severity="high")


def test_review_runs_with_progress(qtbot, ctx, tmp_path, monkeypatch):
    """File > Account review: the dialog's answer, a folder, progress up to the end, a message."""
    owner = ctx.services.accounts.summaries(AS_OF)[0].owner
    monkeypatch.setattr(ReviewDialog, "ask", classmethod(
        lambda cls, parent, owners, lang="en": ReviewChoice(ReviewFilters(owner=owner), split=True)))
    monkeypatch.setattr(PlanFileDialog, "ask_folder", classmethod(lambda cls, parent, s: tmp_path / "out"))
    messages = []
    plan_export.open_review(None, ctx, messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=60000)
    assert "account plans written" in messages[0]
    expected = len(ctx.services.plans.select(ReviewFilters(owner=owner), as_of=AS_OF))
    assert len(list((tmp_path / "out").glob("*.pdf"))) == expected + 1


def test_review_cancel(qtbot, ctx, tmp_path):
    """Cancel in the progress dialog stops the batch; the user is told, nothing crashes."""
    messages = []
    choice = ReviewChoice(ReviewFilters(), split=True)
    task, dialog = plan_export.run_review(None, ctx, choice, tmp_path / "all", messages.append)
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=60000)
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: bool(messages), timeout=60000)
    assert messages == ["Account review cancelled"]
    written = list((tmp_path / "all").glob("*.pdf"))
    assert len(written) < len(ctx.services.accounts.list())
