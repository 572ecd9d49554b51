"""Contacts tab: who we know at the account, their role, ambassadors, last contact."""

from __future__ import annotations

from relbeheer.core.domain import DecisionRole
from relbeheer.core.labels import label_of
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.contact_form import ContactForm
from relbeheer.ui.models.record_models import ContactsModel
from relbeheer.ui.views.account.common import RecordTab


class ContactsTab(RecordTab):
    table_name = "contacts"

    def __init__(self, ctx: UiContext, parent=None):
        m = ContactsModel
        super().__init__(
            ctx, ContactsModel(ctx.lang), add_text=self.tr("&New contact…"), stretch=m.COL_EMAIL,
            widths={m.COL_NAME: 170, m.COL_ROLE: 125, m.COL_JOB: 160, m.COL_AMBASSADOR: 120, m.COL_LAST: 105,
                    m.COL_CHANNEL: 90, m.COL_PHONE: 120},
            parent=parent,
        )

    def rows_of(self, bundle) -> list:
        return bundle.contacts

    def form_for(self, record):
        return ContactForm(self.ctx, self.account_id, record, parent=self)

    def describe(self, record) -> str:
        role = label_of(DecisionRole, record.role, self.ctx.lang)
        return f"{record.name} ({role})" if role else record.name

    def empty_text(self) -> str:
        return self.tr("No contacts yet. Who decides, who influences, who recommends us?")
