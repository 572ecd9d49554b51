"""File → Export…: one table as CSV, the contacts as vCard, or the follow-ups as a calendar.

CSV is Excel-safe unless the user turns that off (cells that a spreadsheet would
run as a formula get an apostrophe). The writing runs on the worker; the file is
written next to its name and moved into place, so a failure leaves no half file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from relbeheer.ui.context import UiContext
from relbeheer.ui.import_wizard.file_page import FileChooser
from relbeheer.ui.import_wizard.models import alive, set_status

SUFFIX = {"vcard": ".vcf", "ics": ".ics"}


class ExportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.what = QComboBox()
        for code, text in (
                ("accounts", self.tr("Accounts (CSV)")), ("contacts", self.tr("Contacts (CSV)")),
                ("touchpoints", self.tr("Touchpoints (CSV)")),
                ("purchases", self.tr("Purchases (CSV)")), ("products", self.tr("Products (CSV)")),
                ("measurements", self.tr("Measurements (CSV)")),
                ("service_cases", self.tr("Service cases (CSV)")),
                ("offers", self.tr("Offers (CSV)")),
                ("owners", self.tr("Account managers (CSV)")),
                ("vcard", self.tr("Contacts as an address book (vCard, .vcf)")),
                ("ics", self.tr("Planned follow-ups as a calendar (.ics)"))):
            self.what.addItem(text, code)
        self.what.currentIndexChanged.connect(self._what_changed)
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._update_button)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)  # Enter exports; it does not open the file dialog
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.excel_safe = QCheckBox(self.tr("&Excel-safe (cells starting with = + - @ cannot "
                                            "run as a formula)"))
        self.excel_safe.setChecked(True)
        self.include_past = QCheckBox(self.tr("Include follow-ups in the &past"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        what_label = QLabel(self.tr("&What:"))
        what_label.setBuddy(self.what)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(what_label, self.what)
        form.addRow(file_label, row)
        form.addRow("", self.excel_safe)
        form.addRow("", self.include_past)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("E&xport"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._what_changed()

    def kind(self) -> str:
        return self.what.currentData()

    def _what_changed(self) -> None:
        kind = self.kind()
        self.excel_safe.setVisible(kind not in SUFFIX)
        self.include_past.setVisible(kind == "ics")
        path = self.path_edit.text().strip()
        if path:  # keep the folder and name, follow the kind's extension
            self.path_edit.setText(str(Path(path).with_suffix(SUFFIX.get(kind, ".csv"))))
        self._update_button()

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    def _browse(self) -> None:
        kind = self.kind()
        suffix = SUFFIX.get(kind, ".csv")
        filters = {".vcf": self.tr("vCard (*.vcf)"), ".ics": self.tr("Calendar (*.ics)"),
                   ".csv": self.tr("CSV (*.csv)")}[suffix]
        path = FileChooser.save_file(self, self.tr("Export to"), kind + suffix, filters)
        if path:
            self.path_edit.setText(path)

    def _export(self) -> None:
        kind, path = self.kind(), self.path_edit.text().strip()
        exchange, lang = self.ctx.services.exchange, self.ctx.lang
        safe, past = self.excel_safe.isChecked(), self.include_past.isChecked()
        if kind == "vcard":
            def work():
                return exchange.export_vcard(path)
        elif kind == "ics":
            def work():
                return exchange.export_ics(path, include_past=past, lang=lang)
        else:
            def work():
                return exchange.export_csv(kind, path, excel_safe=safe, lang=lang)
        self.export_button.setEnabled(False)
        set_status(self.status, self.tr("Writing…"))
        self.ctx.runner.run(work, on_success=alive(self, lambda n: self._done(n, path)),
                            on_failure=alive(self, self._failed))

    def _done(self, count: int, path: str) -> None:
        self.export_button.setEnabled(True)
        set_status(self.status, self.tr("%1 written to %2.")
                   .replace("%1", f"{count:,}".replace(",", ".")).replace("%2", path))

    def _failed(self, exc: Exception, _tb: str) -> None:
        self.export_button.setEnabled(True)
        set_status(self.status, str(exc), error=True)
