"""Adding or editing a contact person: role in the decision, preferred channel, ambassador."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit

from relbeheer.core.domain import Channel, DecisionRole
from relbeheer.core.summaries import ContactSummary
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import EnumCombo


class ContactForm(FormDialog):
    changes = frozenset({"contacts"})

    def __init__(self, ctx: UiContext, account_id: str, contact: ContactSummary | None = None, parent=None):
        super().__init__(ctx, account_id, contact.id if contact else None, parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        lang = self.lang
        self.add_field("name", self.tr("&Name"), QLineEdit())
        self.add_field("role", self.tr("&Role"), EnumCombo(DecisionRole, lang))
        self.add_field("job_title", self.tr("&Job title"), QLineEdit())
        self.add_field("email", self.tr("&E-mail"), QLineEdit())
        self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.add_field("preferred_channel", self.tr("Prefers c&hannel"), EnumCombo(Channel, lang))
        self.add_field(
            "is_ambassador",
            "",
            QCheckBox(self.tr("&Ambassador: recommends us to others")),
        )
        if contact is not None:
            self.field("name").setText(contact.name)
            self.field("role").set_value(contact.role)
            self.field("job_title").setText(contact.job_title)
            self.field("email").setText(contact.email)
            self.field("phone").setText(contact.phone)
            self.field("preferred_channel").set_value(contact.preferred_channel)
            self.field("is_ambassador").setChecked(contact.is_ambassador)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "name": self.field("name").text().strip(),
            "role": self.field("role").value(),
            "job_title": self.field("job_title").text().strip(),
            "email": self.field("email").text().strip(),
            "phone": self.field("phone").text().strip(),
            "preferred_channel": self.field("preferred_channel").value(),
            "is_ambassador": self.field("is_ambassador").isChecked(),
        }

    def persist(self, values: dict[str, Any]) -> str:
        return self.ctx.services.records.save_contact(values, self.record_id, lang=self.lang)
