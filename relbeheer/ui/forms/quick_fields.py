"""Fields of the quick log dialog, each made to be used by typing.

* ``AccountField``: type a few letters of a name, pick from the completer;
* ``KindCombo``: first letters choose the kind (personal kinds first);
* ``ContactList``: first letter jumps to a person, Space ticks;
* ``SentimentPicker``: the keys − 0 + (Backspace clears).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QButtonGroup, QCompleter, QFrame, QHBoxLayout, QLineEdit, QListView, QPushButton

from relbeheer.core.labels import label, sentiment_label
from relbeheer.core.quick_log import label_index, logging_kinds, match_account
from relbeheer.ui.forms.fields import ChoiceCombo
from relbeheer.ui.models.contact_choice_model import ROW_HEIGHT, ContactChoiceModel

FIELD_STYLE = """
QFrame#Sentiment { border: 1px solid transparent; border-radius: 6px; }
QFrame#Sentiment:focus { border: 1px solid #2f6fed; }
QPushButton#Mood { padding: 5px 12px; min-width: 84px; }
QPushButton#Mood:checked[mood="-1"] { background: #fdecea; border-color: #c62828; color: #b71c1c; font-weight: 600; }
QPushButton#Mood:checked[mood="0"] { background: #eef1f5; border-color: #6b7785; color: #1f2a37; font-weight: 600; }
QPushButton#Mood:checked[mood="1"] { background: #e8f5e9; border-color: #2e7d32; color: #1b5e20; font-weight: 600; }
QListView#ContactList { background: #ffffff; border: 1px solid #cfd6de; border-radius: 5px; padding: 2px; }
QListView#ContactList:focus { border: 1px solid #2f6fed; }
QListView#ContactList::item { padding: 0 4px; }
QListView#ContactList::item:selected { background: #dbe7ff; color: #1f2a37; }
"""


class AccountField(QLineEdit):
    """An account chosen by typing; ``account_id`` is set only on an exact, unique label."""

    account_changed = Signal(object)  # account id or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.account_id: str | None = None
        self._index: dict[str, str | None] = {}
        self._fixed: tuple[str, str] | None = None  # (label, id) given by the context
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._match)
        self.setCompleter(completer)
        self.textChanged.connect(self._match)

    def set_account(self, account_id: str, name: str) -> None:
        """Preselect the account of the context (before the names are loaded)."""
        self._fixed = (name, account_id)
        self.setText(name)

    def set_names(self, labels: Sequence[tuple[str, str]]) -> None:
        """``(label, id)`` pairs from core.quick_log.account_labels."""
        self.names.setStringList([label for label, _ in labels])
        self._index = label_index(labels)
        self._match(self.text())

    def _match(self, text: str) -> None:
        found = match_account(text, self._index) if self._index else None
        if found is None and self._fixed and match_account(text, [self._fixed]):
            found = self._fixed[1]
        if found != self.account_id:
            self.account_id = found
            self.account_changed.emit(found)


class KindCombo(ChoiceCombo):
    """Touchpoint kinds, personal first; a non-editable combo searches by typed letters."""

    def __init__(self, lang: str, parent=None):
        super().__init__([(kind.value, label(kind, lang)) for kind in logging_kinds()], None, parent)


class ContactList(QListView):
    """The account's people with check boxes, key people first."""

    VISIBLE_ROWS = 5

    def __init__(self, model: ContactChoiceModel, empty_text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("ContactList")
        self.setModel(model)
        self.empty_text = empty_text
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        model.modelReset.connect(self._fit)
        self._fit()

    def value(self) -> list[str]:
        return self.model().checked_ids()

    def _fit(self) -> None:
        # Always five rows high: the dialog keeps its size whichever account is chosen
        # (most accounts have a handful of people; more scroll).
        # Frame, border and padding come from the style sheet, known once shown.
        chrome = self.height() - self.viewport().height() if self.isVisible() else 2 * self.frameWidth() + 6
        self.setFixedHeight(self.VISIBLE_ROWS * ROW_HEIGHT + chrome)
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(0))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:  # say why the list is empty instead of a blank box
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 0, -8, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text)


class SentimentPicker(QFrame):
    """How it went: − 0 + as three toggles, set from the keyboard while focused."""

    KEYS = {Qt.Key.Key_Minus: -1, Qt.Key.Key_Underscore: -1, Qt.Key.Key_0: 0,
            Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1}

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("Sentiment")
        self.lang = lang
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen one again clears it
        self.buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(6)
        for value, sign in ((-1, "−"), (0, "0"), (1, "+")):
            button = QPushButton(f"{sign}   {sentiment_label(value, lang)}")
            button.setObjectName("Mood")
            button.setProperty("mood", str(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop for the three
            button.setAutoDefault(False)
            button.clicked.connect(lambda on, v=value: self.set_value(v if on else None))
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._value: int | None = None

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.setAccessibleDescription(sentiment_label(value, self.lang))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self.KEYS:
            self.set_value(self.KEYS[key])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.set_value(0 if self._value is None else max(-1, min(1, self._value + step)))
        else:
            super().keyPressEvent(event)  # Enter, Tab, Esc go on to the dialog
