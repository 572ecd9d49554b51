"""Opening, editing or resolving a service case (complaint and its recovery, seed 002)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from relbeheer.core.domain import CaseOutcome
from relbeheer.core.summaries import CaseSummary, ContactSummary
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import ChoiceCombo, DateField, EnumCombo, OptionalDateField


class CaseForm(FormDialog):
    changes = frozenset({"service_cases"})

    def __init__(self, ctx: UiContext, account_id: str, case: CaseSummary | None = None,
                 contacts: Sequence[ContactSummary] = (), resolve: bool = False, parent=None):
        """``resolve=True`` opens an open case ready to be closed today."""
        super().__init__(ctx, account_id, case.id if case else None, parent)
        if resolve:
            self.setWindowTitle(self.tr("Resolve service case"))
        else:
            self.setWindowTitle(self.tr("Edit service case") if case else self.tr("New service case"))
        lang = self.lang
        self.add_field("subject", self.tr("S&ubject"), QLineEdit())
        self.add_field("opened_on", self.tr("&Opened on"), DateField(lang))
        people = [(c.id, c.name) for c in contacts]
        self.add_field("contact_id", self.tr("&Contact"),
                       ChoiceCombo(people, blank=self.tr("— nobody in particular —")))
        resolved = self.add_field("resolved_on", self.tr("&Resolved"), OptionalDateField(lang, self.tr("on")))
        self.add_field("outcome", self.tr("Ou&tcome"), EnumCombo(CaseOutcome, lang, blank=self.tr("—")),
                       self.tr("Recovered: more loyal than before the complaint."))
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMinimumHeight(90)
        self.add_field("note", self.tr("&Note"), note)
        # An outcome only makes sense once the case is closed.
        resolved.toggled.connect(self.field("outcome").setEnabled)

        if case is not None:
            self.field("subject").setText(case.subject)
            self.field("opened_on").set_value(case.opened_on)
            self.field("contact_id").set_value(case.contact_id)
            resolved.set_value(case.resolved_on)
            self.field("outcome").set_value(case.outcome or None)
            note.setPlainText(case.note)
        if resolve and resolved.value() is None:
            resolved.set_value(dt.date.today())
            self.field("outcome").set_value(CaseOutcome.RESOLVED.value)
        self.field("outcome").setEnabled(resolved.value() is not None)
        self.finish()
        if resolve:
            self.field("outcome").setFocus()

    def values(self) -> dict[str, Any]:
        resolved_on = self.field("resolved_on").value()
        return {
            "account_id": self.account_id,
            "subject": self.field("subject").text().strip(),
            "opened_on": self.field("opened_on").value(),
            "contact_id": self.field("contact_id").value(),
            "resolved_on": resolved_on,
            "outcome": self.field("outcome").value() if resolved_on else None,
            "note": self.field("note").toPlainText().strip(),
        }

    def persist(self, values: dict[str, Any]) -> str:
        return self.ctx.services.records.save_case(values, self.record_id, lang=self.lang)
