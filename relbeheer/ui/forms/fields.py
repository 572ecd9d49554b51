"""Small input widgets the edit forms share: enum pickers, dates, optional dates, numbers.

Each has ``value()`` / ``set_value()`` in the plain Python types the services take,
so a form's ``values()`` is a dict comprehension and nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from relbeheer.core import formatting as fmt
from relbeheer.core.labels import choices

DATE_FORMATS = {"nl": "dd-MM-yyyy", "en": "yyyy-MM-dd"}


class ChoiceCombo(QComboBox):
    """A combo over ``(code, word)`` pairs; ``value()`` is the code (or None for the blank)."""

    def __init__(self, items: Sequence[tuple[str | None, str]], blank: str | None = None, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if blank is not None:
            self.addItem(blank, None)
        for code, word in items:
            self.addItem(word, code)

    def value(self):
        return self.currentData()

    def set_value(self, code) -> None:
        index = self.findData(code)
        if index < 0 and code not in (None, ""):
            # A code from old data or an import that the list does not know: keep it visible
            # rather than silently replacing it with the first choice.
            self.addItem(str(code), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class EnumCombo(ChoiceCombo):
    """A combo over an enum's members, labelled through core.labels."""

    def __init__(self, enum: type, lang: str, blank: str | None = None, parent=None):
        super().__init__(choices(enum, lang), blank, parent)


class DateField(QDateEdit):
    """A date with a calendar pop-up in the user's date order (dd-mm-yyyy in Dutch)."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMATS.get(lang, "yyyy-MM-dd"))
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setDate(QDate.currentDate())

    def value(self) -> dt.date:
        return self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))


class OptionalDateField(QWidget):
    """A check box that switches a date on: "follow up on …", "resolved on …"."""

    toggled = Signal(bool)

    def __init__(self, lang: str, text: str, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.date = DateField(lang)
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        self.check.toggled.connect(self.toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        return self.date.value() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.set_value(value)


def parse_number(text: str, lang: str) -> float | None:
    """'1.250.000,50' (nl), '1,250,000.50' (en), '7,5' or '7.5': None when empty.

    Grouping marks are only dropped where they group thousands, so a Dutch '7.5'
    still reads as seven and a half. Raises ValueError for anything else.
    """
    # Spaces and a euro sign are what people copy along with an amount.
    text = text.strip().replace(" ", "").replace("\u00a0", "").lstrip("€")
    if not text:
        return None
    if _GROUPED[lang == "nl"].match(text):
        text = text.replace("." if lang == "nl" else ",", "")
    return float(text.replace(",", "."))


_GROUPED = {
    True: re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$"),
    False: re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$"),
}


class NumberField(QLineEdit):
    """Free text that should hold a number, read the way the user's language writes it.

    Deliberately a line edit rather than a spin box: a typo is kept as typed and
    answered with a message under the field instead of being silently clamped.
    """

    def __init__(self, placeholder: str = "", integer: bool = False, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.integer = integer
        self.lang = lang
        self.setPlaceholderText(placeholder)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def value(self) -> float | int | None:
        """None when empty; raises ValueError for text that is not a number."""
        number = parse_number(self.text(), self.lang)
        if number is None:
            return None
        if self.integer:
            if not number.is_integer():
                raise ValueError(text)
            return int(number)
        return number

    def set_value(self, value: float | int | None) -> None:
        if value is None:
            self.setText("")
        else:
            self.setText(fmt.number(value, self.lang, 0 if float(value).is_integer() else 2))
