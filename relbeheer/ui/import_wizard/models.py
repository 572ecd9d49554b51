"""Table models of the import wizard: the file preview and the duplicates offered for merging.

Both are ``RowTableModel``s (sorting and filtering in the model, not a widget-based table):
the preview's columns are the file's own header; the duplicates carry a check box
in their first column, ticked by default, for "merge these".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from shiboken6 import isValid

from relbeheer.core.exchange.duplicates import reason_text
from relbeheer.ui.models.row_model import Column, RowTableModel

PREVIEW_CELL = 80  # characters shown of a long cell (a pasted e-mail thread)


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


def alive(widget, callback):
    """``callback`` that does nothing once ``widget`` is gone.

    The TaskRunner outlives dialogs: an answer may arrive after the wizard closed.
    """
    def call(*args):
        if isValid(widget):
            callback(*args)
    return call


def set_status(label, text: str, *, error: bool = False) -> None:
    """A status line in grey, or in the style sheet's error red."""
    label.setText(text)
    name = "FieldError" if error else "Muted"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)


def _cell(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= PREVIEW_CELL else value[: PREVIEW_CELL - 1] + "…"


class PreviewModel(RowTableModel):
    """The first rows of a CSV file (lists of cells) under the file's own header."""

    def __init__(self, parent=None):
        super().__init__([], parent)

    def set_table(self, header: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._columns = [Column(title or f"#{i + 1}", lambda row, i=i: _cell(row[i]))
                         for i, title in enumerate(header)]
        self.endResetModel()
        self.set_rows([list(r) + [""] * (len(header) - len(r)) for r in rows])


class DuplicatesModel(RowTableModel):
    """Pairs (``DuplicatePair``) with a tick in the first column: merge this pair."""

    COL_KEEP, COL_DROP, COL_KIND, COL_REASON = range(4)

    def __init__(self, lang: str = "nl", parent=None):
        kinds = {"accounts": translate("DuplicatesModel", "Account"),
                 "contacts": translate("DuplicatesModel", "Contact")}
        super().__init__([
            Column(translate("DuplicatesModel", "Keep"), lambda p: p.keep_label),
            Column(translate("DuplicatesModel", "Merge into it"), lambda p: p.drop_label),
            Column(translate("DuplicatesModel", "Kind"), lambda p: kinds.get(p.table, p.table)),
            Column(translate("DuplicatesModel", "Why"), lambda p: reason_text(p.reason, lang)),
        ], parent)
        self._unticked: set[tuple[str, str]] = set()

    def checked(self) -> list:
        """The pairs to merge, in display order."""
        return [p for p in self.rows() if (p.keep_id, p.drop_id) not in self._unticked]

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_KEEP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_KEEP:
            ticked = (row.keep_id, row.drop_id) not in self._unticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_KEEP:
            return False
        pair = self.row_object(index.row())
        key = (pair.keep_id, pair.drop_id)
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unticked.discard(key)
        else:
            self._unticked.add(key)
        self.dataChanged.emit(index, index, [role])
        return True
