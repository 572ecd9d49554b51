"""Editing a touchpoint that was logged before: date, kind, who was there, mood, note, follow-up.

New touchpoints are logged with the quick log dialog (Ctrl+T); this form is for
correcting one afterwards, so it shows every field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from relbeheer.core.domain import TouchpointKind
from relbeheer.core.labels import sentiment_label
from relbeheer.core.summaries import ContactSummary, TouchpointSummary
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import ChoiceCombo, DateField, EnumCombo, OptionalDateField


class ContactPicker(QWidget):
    """Who was present: one check box per contact of the account (accounts have a handful)."""

    def __init__(self, contacts: Sequence[ContactSummary], empty_text: str, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for i, contact in enumerate(contacts):
            box = QCheckBox(contact.name)
            self.boxes[contact.id] = box
            grid.addWidget(box, i // 2, i % 2)
        if not contacts:
            empty = QLabel(empty_text)
            empty.setObjectName("Muted")
            grid.addWidget(empty, 0, 0)
        else:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [cid for cid, box in self.boxes.items() if box.isChecked()]

    def set_value(self, ids: Sequence[str]) -> None:
        for cid, box in self.boxes.items():
            box.setChecked(cid in ids)


class TouchpointForm(FormDialog):
    changes = frozenset({"touchpoints"})

    def __init__(self, ctx: UiContext, touchpoint: TouchpointSummary,
                 contacts: Sequence[ContactSummary] = (), parent=None):
        super().__init__(ctx, touchpoint.account_id, touchpoint.id, parent)
        self.setWindowTitle(self.tr("Edit touchpoint"))
        lang = self.lang
        self.add_field("date", self.tr("&Date"), DateField(lang))
        self.add_field("kind", self.tr("&Kind"), EnumCombo(TouchpointKind, lang),
                       self.tr("The kind sets the channel and the binding level."))
        self.picker = ContactPicker(contacts, self.tr("No contacts recorded for this account."))
        self.add_field("contacts", self.tr("&With"), self.picker)
        moods = [(1, sentiment_label(1, lang)), (0, sentiment_label(0, lang)), (-1, sentiment_label(-1, lang))]
        self.add_field("sentiment", self.tr("&Mood"), ChoiceCombo(moods, blank=self.tr("not recorded")))
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)  # Tab moves on; a note rarely needs a tab character
        note.setMinimumHeight(90)
        self.add_field("note", self.tr("N&ote"), note)
        self.add_field("follow_up_on", self.tr("&Follow-up"), OptionalDateField(lang, self.tr("on")))

        self.field("date").set_value(touchpoint.date)
        self.field("kind").set_value(touchpoint.kind)
        self.picker.set_value(touchpoint.contact_ids)
        self.field("sentiment").set_value(touchpoint.sentiment)
        note.setPlainText(touchpoint.note)
        self.field("follow_up_on").set_value(touchpoint.follow_up_on)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "date": self.field("date").value(),
            "kind": self.field("kind").value(),
            "sentiment": self.field("sentiment").value(),
            "note": self.field("note").toPlainText().strip(),
            "follow_up_on": self.field("follow_up_on").value(),
        }

    def persist(self, values: dict[str, Any]) -> str:
        contact_ids = self.picker.value()
        return self.ctx.services.records.save_touchpoint(
            values, contact_ids=contact_ids, touchpoint_id=self.record_id, lang=self.lang
        )
