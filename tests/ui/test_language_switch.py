"""Switching language rebuilds the window in that language on the same database."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application, switch_language


def test_switch_to_english_and_back_keeps_page_and_database(qtbot, db_path):
    svc = Services.open(db_path)
    svc.records.save_account({"name": "Fietsen Jansen", "tier": "A"})
    make_application([])
    window = build_window(svc, "nl")  # not handed to qtbot: the switch deletes it
    window.show_page("contacts")

    english = switch_language(window, "en")
    qtbot.addWidget(english)

    assert english.ctx.lang == "en"
    assert english.ctx.services is svc
    assert english.current_page() == "contacts"
    assert QSettings().value("ui/language") == "en"
    qtbot.waitUntil(lambda: english.accounts_view.model.rowCount() == 1, timeout=5000)
    assert QApplication.instance().property("relbeheer_window") is english
    english.ctx.runner.wait()
    svc.close()
