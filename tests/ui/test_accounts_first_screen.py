"""The accounts table shows the highest-value accounts first, then every account."""

from __future__ import annotations

from relbeheer.services import Services
from relbeheer.store.demo.generator import generate_demo
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.tasks import TaskRunner
from relbeheer.ui.views import accounts_view
from relbeheer.ui.views.accounts_view import AccountsView


def test_first_screen_then_everything(qtbot, monkeypatch):
    svc = Services.open(":memory:")
    generate_demo(svc.db, scale="XS", seed=5)
    svc.attention.refresh()
    monkeypatch.setattr(accounts_view, "FIRST_SCREEN", 5)
    view = AccountsView(UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl"))
    qtbot.addWidget(view)
    sizes = []
    view.model.modelReset.connect(lambda: sizes.append(view.model.total_count()))
    view.refresh()
    qtbot.waitUntil(lambda: view.model.total_count() == 200, timeout=10000)
    assert sizes[:2] == [5, 200]
    assert view.count_label.text() == "200 accounts"
    view.refresh()  # a later refresh reads everything at once: no flash of five rows
    view.ctx.runner.wait()
    qtbot.waitUntil(lambda: sizes[-1] == 200 and len(sizes) == 3, timeout=10000)
    svc.close()
