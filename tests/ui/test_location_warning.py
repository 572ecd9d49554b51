"""A database in a synced folder: a status-bar warning every time, a dialog only the first time."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application


def test_synced_folder_warns_once_then_stays_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    """First window: dialog + label; a second window on the same file: label only."""
    make_application([])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, body: shown.append(body))
    svc = Services.open(tmp_path / "OneDrive - Fietsen BV" / "crm.db")
    try:
        first = build_window(svc, "nl")
        qtbot.addWidget(first)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        label = first.statusBar().findChild(QLabel, "LocationWarning")
        assert label.text() == "Let op: database in een OneDrive-map"
        assert "synchroniseert" in shown[0] and "lokale schijf" in shown[0]

        second = build_window(svc, "nl")
        qtbot.addWidget(second)
        qtbot.wait(50)
        assert len(shown) == 1
        assert second.statusBar().findChild(QLabel, "LocationWarning") is not None
    finally:
        for w in (first, second):
            w.ctx.runner.wait()
        svc.close()


def test_local_folder_has_no_warning(qtbot, db_path):
    """An ordinary folder: no label."""
    make_application([])
    svc = Services.open(db_path)
    window = build_window(svc, "nl")
    qtbot.addWidget(window)
    assert window.statusBar().findChild(QLabel, "LocationWarning") is None
    window.ctx.runner.wait()
    svc.close()
