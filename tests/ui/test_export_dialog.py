"""File → Export…: CSV (Excel-safe by default), vCard and follow-ups, written on the worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence

from relbeheer.services import Services
from relbeheer.ui.app import build_window, make_application
from relbeheer.ui.context import ChangeBus, UiContext
from relbeheer.ui.import_wizard import ExportDialog
from relbeheer.ui.import_wizard.file_page import FileChooser
from relbeheer.ui.tasks import TaskRunner


@pytest.fixture
def svc(db_path):
    services = Services.open(db_path)
    with services.db.atomic():
        services.db.execute("INSERT INTO accounts (id, name, tier, created_at, updated_at) "
                            "VALUES ('a1', '=cmd|calc', 'A', '2024', '2024')")
        services.db.execute("INSERT INTO contacts (id, account_id, name, email, role, "
                            "created_at, updated_at) VALUES ('c1', 'a1', 'Jan', 'jan@j.nl', "
                            "'user', '2024', '2024')")
    yield services
    services.close()


@pytest.fixture
def ctx(svc, qtbot):
    make_application([])
    context = UiContext(services=svc, runner=TaskRunner(), bus=ChangeBus(), lang="nl")
    yield context
    context.runner.wait(10000)


def test_csv_export_is_excel_safe(qtbot, ctx, tmp_path, monkeypatch):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "relaties.csv"
    monkeypatch.setattr(FileChooser, "save_file", classmethod(lambda *a: str(target)))
    dialog._browse()
    assert dialog.excel_safe.isChecked() and dialog.export_button.isEnabled()
    if os.environ.get("RELBEHEER_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["RELBEHEER_SCREENSHOTS"]) / "6-export.png"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "geschreven" in dialog.status.text()
                    or "written" in dialog.status.text(), timeout=10000)
    assert "'=cmd|calc" in target.read_text(encoding="utf-8-sig")


def test_vcard_and_calendar_follow_the_choice(qtbot, ctx, tmp_path):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "export.csv"))
    dialog.what.setCurrentIndex(dialog.what.findData("vcard"))
    assert dialog.path_edit.text().endswith("export.vcf") and not dialog.excel_safe.isVisible()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "export.vcf").exists(), timeout=10000)
    dialog.what.setCurrentIndex(dialog.what.findData("ics"))
    assert dialog.include_past.isVisible() and dialog.path_edit.text().endswith(".ics")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "export.ics").exists(), timeout=10000)


def test_main_window_offers_import_and_export(qtbot, svc):
    make_application([])
    window = build_window(svc, "nl")
    qtbot.addWidget(window)
    action = window.findChild(QAction, "action_import")
    assert action is not None and action.shortcut() == QKeySequence("Ctrl+I")
    assert window.findChild(QAction, "action_export") is not None
    window.ctx.runner.wait(10000)
