"""Choosing one person (for an export or an erase) and confirming an erase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from relbeheer.core.summaries import DirectoryContact
from relbeheer.ui.safety.texts import text


class ContactPicker(QDialog):
    """A filterable list of every contact (name, e-mail, account)."""

    def __init__(self, contacts: list[DirectoryContact], lang: str, title: str,
                 preselect: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(text("pick_filter", lang))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["", "", ""])
        self.list.setHeaderHidden(True)
        for contact in sorted(contacts, key=lambda c: (c.name.casefold(), c.account.casefold())):
            item = QTreeWidgetItem([contact.name, contact.email, contact.account])
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            self.list.addTopLevelItem(item)
            if contact.id == preselect:
                self.list.setCurrentItem(item)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(text("choose", lang), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(text("cancel", lang), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self._update()

    def _apply_filter(self, needle: str) -> None:
        needle = needle.casefold().strip()
        first_visible = None
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            hidden = bool(needle) and not any(needle in item.text(c).casefold() for c in range(3))
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_visible)
        self._update()

    def _update(self) -> None:
        current = self.list.currentItem()
        self.choose_button.setEnabled(current is not None and not current.isHidden())

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    @classmethod
    def ask(cls, contacts: list[DirectoryContact], lang: str, title: str,
            preselect: str | None = None, parent=None) -> str | None:
        """The chosen contact's id, or None."""
        dialog = cls(contacts, lang, title, preselect, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EraseConfirm(QDialog):
    """What an erase does, in words; the user may include the backups."""

    def __init__(self, contact: dict, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(text("erase_title", lang))
        layout = QVBoxLayout(self)
        message = QLabel(text("erase_confirm", lang, name=contact["name"],
                              email=contact.get("email") or text("no_e_mail", lang),
                              account=contact.get("account") or "?"))
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        layout.addWidget(message)
        self.include_backups = QCheckBox(text("erase_backups", lang))
        layout.addWidget(self.include_backups)
        buttons = QDialogButtonBox()
        erase = buttons.addButton(text("erase_button", lang), QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(text("cancel", lang), QDialogButtonBox.ButtonRole.RejectRole)
        erase.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)  # Enter does not erase anybody
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, contact: dict, lang: str, parent=None) -> tuple[bool, bool]:
        """(confirmed, include_backups)."""
        dialog = cls(contact, lang, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return ok, ok and dialog.include_backups.isChecked()
