"""The Suggestions tab: proposals with kind, value, likelihood and a readable "because"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from relbeheer.services import Services
from relbeheer.store.demo.generator import generate_demo
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.models.suggestions_model import SuggestionsModel, kind_label
from relbeheer.ui.tasks import TaskRunner
from relbeheer.ui.views.account_page import AccountPage

ROWS = [
    {"product_id": "p1", "product": "Stadsfiets Pro", "kind": "up-sell", "score": 0.29,
     "expected_value": 868.87, "because": "Koopt Stadsfiets Plus sinds 2024; Stadsfiets Pro is de volgende stap."},
    {"product_id": None, "product": "Servicecontract (voorstel)", "kind": "contract", "score": 0.5,
     "expected_value": 1200.0, "because": "Koopt elk kwartaal zonder contract."},
]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sugg") / "demo.db"
    svc = Services.open(path, daily_backup=False)
    generate_demo(svc.db, scale="XS", seed=7)
    svc.close()
    return path


@pytest.fixture
def page(qtbot, demo_path):
    svc = Services.open(demo_path, daily_backup=False)
    ctx = UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    page = AccountPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    yield page
    ctx.runner.wait()
    svc.close()


def _account_with_suggestions(svc) -> str:
    for account in svc.accounts.list():
        if svc.suggestions.for_account(account.id, 10, "nl"):
            return account.id
    raise AssertionError("the demo has no account with suggestions")


def test_tab_lists_the_accounts_suggestions_in_dutch(qtbot, page):
    svc = page.ctx.services
    account_id = _account_with_suggestions(svc)
    expected = svc.suggestions.for_account(account_id, 10, "nl")
    tab = page.suggestions_tab
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        page.load(account_id)
    model = tab.model
    assert model.rowCount() == len(expected)
    assert {model.row_object(r)["product"] for r in range(model.rowCount())} == {s["product"] for s in expected}
    # sorted by expected value, largest first; the sentence is shown in full and wrapped
    values = [model.row_object(r)["expected_value"] for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    because = model.index(0, SuggestionsModel.COL_BECAUSE).data()
    assert because == model.row_object(0)["because"] and len(because) > 30
    assert tab.table.wordWrap()
    assert tab.table.rowHeight(0) > 28  # grew to fit the wrapped sentence
    index = page.tabs.indexOf(tab)
    assert page.tabs.tabText(index) == f"{page.tr('S&uggestions')} ({len(expected)})"
    assert "verwacht" in tab.summary.text() or "expected" in tab.summary.text()


def test_alt_shortcut_reaches_the_tab(qtbot, page):
    """The tab sits after Purchases; Alt+5 shows it."""
    account_id = _account_with_suggestions(page.ctx.services)
    with qtbot.waitSignal(page.suggestions_tab.loaded, timeout=10000):
        page.load(account_id)
    [action] = [a for a in page.actions() if a.shortcut() == QKeySequence("Alt+5")]
    action.trigger()
    assert page.tabs.currentWidget() is page.suggestions_tab


def test_model_words_money_and_likelihood(qtmodeltester):
    model = SuggestionsModel("nl")
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    m = SuggestionsModel
    assert model.index(0, m.COL_KIND).data() == kind_label("up-sell")
    assert model.index(1, m.COL_KIND).data() == kind_label("contract")
    assert model.index(0, m.COL_VALUE).data() == "€ 869"
    assert model.index(0, m.COL_LIKELIHOOD).data() == "29%"
    align = model.index(0, m.COL_VALUE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignTop
    model.sort(m.COL_VALUE, Qt.SortOrder.DescendingOrder)
    assert model.row_object(0)["kind"] == "contract"
    model.set_filter_text("stadsfiets")
    assert model.rowCount() == 1
