"""File > Restore from backup…: the list of backups, and a restore that rebuilds the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from relbeheer.core.backup_policy import BackupFile
from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.safety import actions
from relbeheer.ui.safety.restore_dialog import RestoreDialog


def test_dialog_lists_date_kind_and_size_in_dutch(qtbot, tmp_path):
    """Newest first as given, reasons in words, sizes in MB with a decimal comma."""
    backups = [
        BackupFile(tmp_path / "a.db", dt.datetime(2025, 3, 4, 9, 15), "before-import", 12_345_678),
        BackupFile(tmp_path / "b.db", dt.datetime(2025, 3, 3, 8, 0), "daily", 2_000_000),
        BackupFile(tmp_path / "c.db", dt.datetime(2025, 2, 1, 8, 0), "before-0002_attention_summary", 10),
        BackupFile(tmp_path / "d.db", dt.datetime(2025, 1, 1, 8, 0), "", 10),
    ]
    dialog = RestoreDialog(backups, "nl")
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(3)] for i in range(4)]
    assert rows[0][1:] == ["Vóór import", "12,3 MB"] and "09:15" in rows[0][0]
    assert [r[1] for r in rows[1:]] == ["Dagelijks", "Vóór update", "Handmatig"]
    assert dialog.chosen() == tmp_path / "a.db"  # the newest is preselected
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.chosen() == tmp_path / "b.db"


def test_no_backups_disables_restore(qtbot):
    """With nothing to restore, the Restore button is off (Other file… still works)."""
    dialog = RestoreDialog([], "en")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()


@pytest.fixture
def window_on_db(qtbot, db_path):
    svc = Services.open(db_path)
    svc.records.save_account({"name": "Eerste", "tier": "A"})
    backup = svc.data.backup()
    svc.records.save_account({"name": "Tweede", "tier": "B"})
    app = make_application([])
    window = build_window(svc, "nl")
    app.setProperty("relbeheer_window", window)  # as run_app does; a restore replaces it
    yield window, svc, backup
    app.property("relbeheer_window").ctx.runner.wait()
    app.setProperty("relbeheer_window", None)
    svc.close()


def test_restore_from_the_menu_rebuilds_the_window_on_the_backup(qtbot, window_on_db, monkeypatch):
    """Choose, confirm: the database is the backup's, and the new window shows it."""
    window, svc, backup = window_on_db
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 2, timeout=5000)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, backups, lang, parent: backup))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    actions.restore_from_backup(window)

    app = QApplication.instance()
    qtbot.waitUntil(lambda: app.property("relbeheer_window") is not window, timeout=10000)
    new = app.property("relbeheer_window")
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: new.accounts_view.model.rowCount() == 1, timeout=5000)
    assert [a.name for a in svc.accounts.list()] == ["Eerste"]
    assert "before-restore" in {b.reason for b in svc.data.backups()}
    assert "teruggezet" in new.statusBar().currentMessage()


def test_a_refused_file_keeps_the_database(qtbot, window_on_db, tmp_path, monkeypatch):
    """A non-SQLite file: a Dutch warning, and the window keeps its data."""
    window, svc, _ = window_on_db
    qtbot.addWidget(window)
    bad = tmp_path / "brief.db"
    bad.write_text("geen database")
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, backups, lang, parent: Path(bad)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, body: warned.append((title, body)))

    actions.restore_from_backup(window)

    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert warned[0][0] == "Terugzetten mislukt" and "geen relbeheer-database" in warned[0][1]
    assert len(svc.accounts.list()) == 2
