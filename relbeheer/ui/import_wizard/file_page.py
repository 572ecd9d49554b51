"""Wizard page 1: which file, and what it holds (accounts, contacts … or a vCard / calendar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

CSV_KINDS = ("accounts", "contacts", "touchpoints", "purchases")
# What the name of a file says it holds, when the user has not chosen yet.
_HINTS = {"contact": "contacts", "contactperso": "contacts", "relatie": "accounts",
          "account": "accounts", "compan": "accounts", "bedrijf": "accounts",
          "activit": "touchpoints", "contactmoment": "touchpoints", "bezoek": "touchpoints",
          "aankoop": "purchases", "purchase": "purchases", "factu": "purchases",
          "order": "purchases", "invoice": "purchases"}


class FileChooser:
    """The file dialogs, as class methods that tests replace."""

    @classmethod
    def open_file(cls, parent: QWidget, title: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    @classmethod
    def save_file(cls, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]


def kind_for(path: str, current: str) -> str:
    """The kind a file's name suggests: .vcf and .ics by extension, CSV by words in the name."""
    suffix = Path(path).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".ics", ".ical"):
        return "ics"
    stem = Path(path).stem.lower()
    for hint, kind in _HINTS.items():
        if hint in stem:
            return kind
    return current if current in CSV_KINDS else "accounts"


class FilePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file to import"))
        self.setSubTitle(self.tr("A CSV file from Excel, Salesforce or HubSpot, contacts from an "
                                 "address book (vCard) or meetings from a calendar (iCalendar)."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.kind_combo = QComboBox()
        for code, text in (
                ("accounts", self.tr("Accounts (CSV)")),
                ("contacts", self.tr("Contacts (CSV)")),
                ("touchpoints", self.tr("Touchpoints (CSV)")),
                ("purchases", self.tr("Purchases (CSV)")),
                ("vcard", self.tr("Contacts from an address book (vCard, .vcf)")),
                ("ics", self.tr("Meetings from a calendar (iCalendar, .ics)"))):
            self.kind_combo.addItem(text, code)
        self.kind_combo.currentIndexChanged.connect(self.completeChanged)
        hint = QLabel(self.tr("Nothing is written until the last step; a backup is made first. "
                              "Importing the same file again adds nothing."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        kind_label = QLabel(self.tr("&Contains:"))
        kind_label.setBuddy(self.kind_combo)
        form.addRow(file_label, row)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(hint)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def _browse(self) -> None:
        path = FileChooser.open_file(
            self, self.tr("Import a file"),
            self.tr("Importable files (*.csv *.txt *.tsv *.vcf *.ics);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        if text.strip():
            self.set_kind(kind_for(text.strip(), self.kind()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path())
