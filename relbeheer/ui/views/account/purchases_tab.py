"""Purchases tab: what the account bought, when and for how much (read-only: imported)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.record_models import PurchasesModel
from relbeheer.ui.views.account.common import fit_columns, make_table, muted


class PurchasesTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = PurchasesModel(ctx.lang, self)
        self._fitted_for: str | None = None
        m = PurchasesModel
        self.table = make_table(self.model, stretch=m.COL_PRODUCT,
                                widths={m.COL_DATE: 110, m.COL_SERIES: 160, m.COL_QUANTITY: 90, m.COL_AMOUNT: 120})
        self.table.sortByColumn(m.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.summary = muted()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by product or series…"))
        self.filter_edit.setAccessibleName(self.tr("Filter purchases"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(300)
        self.filter_edit.textChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_bundle(self, bundle) -> None:
        self.model.set_rows(bundle.purchases)
        if self._fitted_for != bundle.account.id and bundle.purchases:
            fit_columns(self.table, PurchasesModel.COL_PRODUCT)
            self._fitted_for = bundle.account.id
        self._update_summary()

    def _filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        lang = self.ctx.lang
        total = sum(p.amount for p in rows)
        self.summary.setText(
            self.tr("%1 purchases, together %2")
            .replace("%1", fmt.number(len(rows), lang))
            .replace("%2", fmt.money(total, lang))
        )
