"""File > Export person data… and Erase person…: pick, confirm, done, reported in Dutch."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.safety import actions
from relbeheer.ui.safety.person_dialogs import ContactPicker, EraseConfirm


@pytest.fixture
def window(qtbot, db_path):
    svc = Services.open(db_path)
    account = svc.records.save_account({"name": "Fietsen Jansen", "tier": "A"})
    for name, email in (("Noor Bosch", "noor@fj.nl"), ("Jan Smit", "jan@fj.nl")):
        svc.records.save_contact({"account_id": account, "name": name, "email": email,
                                  "role": "user"})
    make_application([])
    win = build_window(svc, "nl")
    qtbot.addWidget(win)
    yield win
    win.ctx.runner.wait()
    svc.close()


def test_picker_filters_and_chooses(qtbot, window):
    """Typing narrows the list; the first match is chosen."""
    contacts = window.ctx.services.directory.contacts()
    picker = ContactPicker(contacts, "nl", "Kies een persoon")
    qtbot.addWidget(picker)
    assert picker.chosen() is None and not picker.choose_button.isEnabled()
    qtbot.keyClicks(picker.filter, "smit")
    jan = next(c for c in contacts if c.name == "Jan Smit")
    assert picker.chosen() == jan.id and picker.choose_button.isEnabled()
    qtbot.keyClicks(picker.filter, "zzz")
    assert picker.chosen() is None


def test_export_writes_the_files_and_says_where(qtbot, window, tmp_path, monkeypatch):
    """Pick a person and a folder: the JSON and vCard are written and named."""
    noor = next(c for c in window.ctx.services.directory.contacts() if c.name == "Noor Bosch")
    monkeypatch.setattr(ContactPicker, "ask", classmethod(lambda cls, *a, **k: noor.id))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "uit"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, body: told.append(body))

    actions.export_person(window)

    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    files = sorted((tmp_path / "uit").iterdir())
    assert [f.suffix for f in files] == [".json", ".vcf"]
    assert json.loads(files[0].read_text(encoding="utf-8"))["contact"]["email"] == "noor@fj.nl"
    assert "geëxporteerd" in told[0] and str(files[0]) in told[0]


def test_erase_after_confirmation(qtbot, window, monkeypatch):
    """Pick, confirm: the person is gone, the lists refresh, the summary is in Dutch."""
    svc = window.ctx.services
    noor = next(c for c in svc.directory.contacts() if c.name == "Noor Bosch")
    monkeypatch.setattr(ContactPicker, "ask", classmethod(lambda cls, *a, **k: noor.id))
    confirmed = []
    monkeypatch.setattr(EraseConfirm, "ask",
                        classmethod(lambda cls, contact, lang, parent: confirmed.append(contact) or (True, False)))
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))

    actions.erase_person(window)

    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert confirmed[0]["email"] == "noor@fj.nl"
    assert "Noor Bosch is gewist." in shown[0]
    assert [c.name for c in svc.directory.contacts()] == ["Jan Smit"]


def test_cancelled_erase_changes_nothing(qtbot, window, monkeypatch):
    """Cancel in the confirmation: both people stay."""
    svc = window.ctx.services
    noor = next(c for c in svc.directory.contacts() if c.name == "Noor Bosch")
    monkeypatch.setattr(ContactPicker, "ask", classmethod(lambda cls, *a, **k: noor.id))
    asked = []
    monkeypatch.setattr(EraseConfirm, "ask",
                        classmethod(lambda cls, contact, lang, parent: asked.append(1) or (False, False)))
    actions.erase_person(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    window.ctx.runner.wait()
    assert len(svc.directory.contacts()) == 2


def test_confirmation_defaults_to_cancel(qtbot):
    """Enter in the erase dialog does not erase: Cancel is the default button."""
    dialog = EraseConfirm({"name": "Noor <b>Bosch</b>", "email": "", "account": "FJ"}, "nl")
    qtbot.addWidget(dialog)
    default = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert [b.text() for b in default] == ["Annuleren"]
    assert not dialog.include_backups.isChecked()
