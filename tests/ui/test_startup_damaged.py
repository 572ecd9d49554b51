"""A damaged database at start: the user is told (in Dutch) and may restore the newest backup or start empty."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from relbeheer.services import Services
from relbeheer.ui.safety import startup
from relbeheer.ui.safety.startup import DamagedDatabaseBox, open_services


@pytest.fixture
def damaged(db_path):
    """A database with one account, a backup of it, then a scribbled-over schema page."""
    svc = Services.open(db_path)
    svc.records.save_account({"name": "Fietsen Jansen", "tier": "A"})
    backup = svc.data.backup()
    svc.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = os.urandom(3996)
    db_path.write_bytes(bytes(data))
    return db_path, backup


def test_restore_the_newest_backup(qapp, damaged, monkeypatch):
    """'restore': the backup is put in place and opened; the damaged file is kept aside."""
    db_path, _ = damaged
    asked = []
    monkeypatch.setattr(DamagedDatabaseBox, "ask",
                        classmethod(lambda cls, error, lang: asked.append(error) or "restore"))
    svc = open_services(str(db_path), "nl")
    assert [a.name for a in svc.accounts.list()] == ["Fietsen Jansen"]
    svc.close()
    assert asked[0].moved_to.exists() and asked[0].moved_to.name.startswith("relbeheer.db.corrupt-")


def test_start_empty_keeps_the_damaged_file(qapp, damaged, monkeypatch):
    """'empty': a new empty database; the damaged one is still there under its new name."""
    db_path, _ = damaged
    monkeypatch.setattr(DamagedDatabaseBox, "ask", classmethod(lambda cls, error, lang: "empty"))
    svc = open_services(str(db_path), "nl")
    assert svc.accounts.list() == []
    svc.close()
    assert len(list(db_path.parent.glob("relbeheer.db.corrupt-*"))) == 1


def test_quit_opens_nothing(qapp, damaged, monkeypatch):
    """'quit': no services, and no new database file."""
    db_path, _ = damaged
    monkeypatch.setattr(DamagedDatabaseBox, "ask", classmethod(lambda cls, error, lang: "quit"))
    assert open_services(str(db_path), "nl") is None
    assert not db_path.exists()


def test_the_box_speaks_dutch_and_offers_the_backup(qapp, damaged):
    """The real message box: Dutch text, the moved file named, the restore button first."""
    db_path, _ = damaged
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        restore = next(b for b in box.buttons() if "terugzetten" in b.text())
        restore.click()

    QTimer.singleShot(50, answer)
    svc = open_services(str(db_path), "nl")
    svc.close()
    assert "is beschadigd" in seen["text"] and "corrupt-" in seen["text"]
    assert "De nieuwste reservekopie is van" in seen["text"]
    assert "Met een lege database beginnen" in seen["buttons"]


def test_a_foreign_file_is_refused_with_a_message(qapp, tmp_path, monkeypatch):
    """A text file given as --db is refused (not moved) with a message."""
    notes = tmp_path / "notes.db"
    notes.write_text("mijn aantekeningen")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, body: shown.append(body))
    assert startup.open_services(str(notes), "nl") is None
    assert "is geen relbeheer-database" in shown[0]
    assert notes.read_text() == "mijn aantekeningen"
