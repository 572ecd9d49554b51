"""Service cases tab: complaints and their recovery; open ones first and in red.

Seed 002: a well-recovered complaint can leave a customer more loyal, so resolving
asks for the outcome too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.case_form import CaseForm
from relbeheer.ui.models.record_models import CasesModel
from relbeheer.ui.views.account.common import RecordTab


class CasesTab(RecordTab):
    table_name = "service_cases"

    def __init__(self, ctx: UiContext, parent=None):
        m = CasesModel
        super().__init__(
            ctx, CasesModel(ctx.lang, ctx.as_of), add_text=self.tr("&New case…"), stretch=m.COL_NOTE,
            widths={m.COL_OPENED: 100, m.COL_SUBJECT: 240, m.COL_CONTACT: 150, m.COL_STATUS: 80,
                    m.COL_RESOLVED: 100, m.COL_DAYS: 60, m.COL_OUTCOME: 110},
            at_least={m.COL_SUBJECT: 260},
            parent=parent,
        )
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.extra_buttons.addWidget(self.resolve_button)
        # Open cases first; within each group the newest first (the sort is stable).
        self.table.sortByColumn(m.COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        button = getattr(self, "resolve_button", None)
        if button is not None:
            chosen = self.selected()
            button.setEnabled(chosen is not None and chosen.resolved_on is None)

    def resolve_selected(self) -> None:
        record = self.selected()
        if record is not None and record.resolved_on is None:
            self.open_form(CaseForm(self.ctx, self.account_id, record, self.bundle.contacts, resolve=True,
                                    parent=self))

    def rows_of(self, bundle) -> list:
        return bundle.cases

    def form_for(self, record):
        return CaseForm(self.ctx, self.account_id, record, self.bundle.contacts, parent=self)

    def describe(self, record) -> str:
        return record.subject or self.tr("this case")

    def empty_text(self) -> str:
        return self.tr("No service cases. Good.")
