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
