"""File > Restore from backup…: the backups of this database with date, kind and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from relbeheer.core import formatting as fmt
from relbeheer.core.backup_policy import BackupFile
from relbeheer.ui.safety.texts import reason_text, text


def size_text(size: int, lang: str) -> str:
    return f"{fmt.number(size / 1e6, lang, 1)} MB"


class RestoreDialog(QDialog):
    """Pick a backup (or another file); ``chosen()`` is its path."""

    def __init__(self, backups: list[BackupFile], lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self._other: Path | None = None
        self.setWindowTitle(text("restore_title", lang))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(text("restore_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([text("col_date", lang), text("col_kind", lang),
                                   text("col_size", lang)])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for backup in backups:
            item = QTreeWidgetItem([
                f"{fmt.date(backup.created.date(), lang)} {backup.created:%H:%M}",
                reason_text(backup.reason, lang),
                size_text(backup.size, lang),
            ])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        layout.addWidget(self.list, 1)
        if not backups:
            layout.addWidget(QLabel(text("no_backups", lang)))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(text("restore_button", lang),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(text("other_file", lang), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(text("cancel", lang), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.accept)
        other.clicked.connect(self._choose_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def _choose_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, text("restore_title", self.lang), "",
                                              "SQLite (*.db *.sqlite *.sqlite3);;* (*)")
        if name:
            self._other = Path(name)
            self.accept()

    def chosen(self) -> Path | None:
        if self._other is not None:
            return self._other
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    @classmethod
    def ask(cls, backups: list[BackupFile], lang: str, parent=None) -> Path | None:
        """The file to restore, or None when the user cancels."""
        dialog = cls(backups, lang, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
