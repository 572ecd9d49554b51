"""The main window opens on a database and lists its accounts via the worker thread."""

from __future__ import annotations

import pytest

from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application


@pytest.fixture
def services(db_path):
    svc = Services.open(db_path)
    now = utc_now()
    with svc.db.atomic():
        owner = new_id()
        svc.db["owners"].insert({"id": owner, "name": "Anna de Boer", "created_at": now, "updated_at": now})
        for name in ("Fietsen Jansen", "Van Dam Tweewielers"):
            svc.db["accounts"].insert({"id": new_id(), "name": name, "tier": "A", "owner_id": owner,
                                       "created_at": now, "updated_at": now})
    yield svc
    svc.close()


def test_window_lists_accounts(qtbot, services):
    """The accounts page fills from the database without blocking the UI thread."""
    make_application([])
    window = build_window(services, "nl")
    qtbot.addWidget(window)
    view = window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert {r.owner for r in view.model.rows()} == {"Anna de Boer"}


def test_filter_narrows_the_list(qtbot, services):
    make_application([])
    window = build_window(services, "nl")
    qtbot.addWidget(window)
    view = window.accounts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    qtbot.keyClicks(view.filter_edit, "dam")
    assert [r.name for r in view.model.rows()] == ["Van Dam Tweewielers"]
    assert "1" in view.count_label.text() and "2" in view.count_label.text()


def test_side_bar_letters_step_aside_on_the_account_page(qtbot, services):
    """Alt+C is the Contacts tab on the account page, the Contacts page elsewhere."""
    make_application([])
    window = build_window(services, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 2, timeout=5000)
    account_id = window.accounts_view.model.rows()[0].id
    window.open_account(account_id)
    assert all("&" not in b.text() for b in window._buttons.values())
    window.show_page("contacts")
    assert window._buttons["contacts"].text() == "&Contacts"
    window.ctx.runner.wait()
