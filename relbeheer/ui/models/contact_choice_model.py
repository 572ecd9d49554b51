"""Who was there: the contacts of one account as a checkable list, key people first.

A list model rather than a row of check boxes so that typing a first letter
jumps to a person (the view's keyboard search) and Space ticks them. Decision
makers and ambassadors come first and are marked, because the neglect rules
watch them (DESIGN.md §3 rule 4). Ids ticked before the contacts arrive (the
engine's advice) are kept and applied when they do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont

from relbeheer.core.domain import DecisionRole
from relbeheer.core.labels import label_of
from relbeheer.core.quick_log import is_key_contact, order_contacts
from relbeheer.core.summaries import ContactSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 24  # fixed, so the picker can show exactly five people
Index = QModelIndex | QPersistentModelIndex


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


class ContactChoiceModel(QAbstractListModel):
    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._contacts: list[ContactSummary] = []
        self._checked: set[str] = set()
        self.loaded = False

    def set_contacts(self, contacts: Sequence[ContactSummary]) -> None:
        """Show these people; ticks for people who are not among them are dropped."""
        self.beginResetModel()
        # People already ticked (the engine's advice, the contact on screen) lead, so the
        # tick is seen without scrolling; then decision makers, ambassadors, the rest.
        self._contacts = sorted(order_contacts(contacts), key=lambda c: c.id not in self._checked)
        known = {c.id for c in self._contacts}
        self._checked &= known
        self.loaded = True
        self.endResetModel()

    def set_checked(self, ids: Iterable[str]) -> None:
        self._checked = set(ids)
        if self._contacts:
            self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> list[str]:
        """Ticked people in list order (before loading: the ids that were proposed)."""
        if not self.loaded:
            return sorted(self._checked)
        return [c.id for c in self._contacts if c.id in self._checked]

    def contact(self, row: int) -> ContactSummary:
        return self._contacts[row]

    def describe(self, contact: ContactSummary) -> str:
        """'Priya Scholten — beslisser, ambassadeur' (the marks say why they come first)."""
        marks = []
        if contact.role == DecisionRole.DECISION_MAKER.value:
            marks.append(label_of(DecisionRole, contact.role, self.lang).lower())
        if contact.is_ambassador:
            marks.append(translate("ContactChoiceModel", "ambassador"))
        return f"{contact.name}  —  {', '.join(marks)}" if marks else contact.name

    # --- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(contact)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if contact.id in self._checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return contact.id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [label_of(DecisionRole, contact.role, self.lang), contact.job_title]
            return " · ".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.FontRole and is_key_contact(contact.role, contact.is_ambassador):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        contact_id = self._contacts[index.row()].id
        # Views hand the check state over as an int or as the enum, depending on the path.
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self._checked.add(contact_id)
        else:
            self._checked.discard(contact_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
