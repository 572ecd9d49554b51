"""Suggestions tab: up-sell, cross-sell and contract proposals, each with its "because".

The engine is fitted once on the worker at start (``SuggestionService.prepare``), so
an account's suggestions are a few look-ups; they are read in their own small task
after the page's bundle, in the UI language. The "because" sentence is what makes a
suggestion usable in a conversation, so it is shown in full, wrapped, not in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.suggestions_model import SuggestionsModel
from relbeheer.ui.views.account.common import make_table, muted

LIMIT = 10  # a visit has room for a few proposals, not a catalogue
PAD_X, PAD_Y = 8, 6  # the cell padding of TABLE_STYLE


class WrappedText(QStyledItemDelegate):
    """Row heights for wrapped text measured at the column's real width.

    Qt's own size hint ignores the style sheet's cell padding, so a sentence that
    needs three lines got two and ended in "…".
    """

    def __init__(self, table: QTableView, column: int):
        super().__init__(table)
        self.table, self.column = table, column

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != self.column:
            return hint
        width = max(40, self.table.columnWidth(self.column) - 2 * PAD_X - 2)
        text = index.data() or ""
        box = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), box.height() + 2 * PAD_Y + 2))


TABLE_STYLE = f"QTableView::item {{ padding: {PAD_Y}px {PAD_X}px; }}"


class SuggestionsTab(QWidget):
    loaded = Signal(int)  # how many suggestions are on screen

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: str | None = None
        self.count: int | None = None  # None until the first answer for this account
        self._generation = 0
        self.model = SuggestionsModel(ctx.lang, self)
        m = SuggestionsModel
        self.table = make_table(self.model, stretch=m.COL_BECAUSE,
                                widths={m.COL_KIND: 100, m.COL_PRODUCT: 180, m.COL_VALUE: 162,
                                        m.COL_LIKELIHOOD: 80})
        self.table.setWordWrap(True)
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setItemDelegateForColumn(m.COL_BECAUSE, WrappedText(self.table, m.COL_BECAUSE))
        self.table.setAccessibleName(self.tr("Suggestions"))
        self.table.sortByColumn(m.COL_VALUE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(m.COL_BECAUSE, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows need new heights whenever the sentence column changes width;
        # coalesced, since a window resize sends many of these.
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit.start())

        self.summary = muted()
        self.summary.setObjectName("SuggestionSummary")
        note = muted(self.tr("Expected value = price × likelihood; likelihood from what comparable "
                             "accounts bought."))
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(note)
        self.empty = muted()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def show_bundle(self, bundle) -> None:
        """Read the suggestions of the bundle's account (again: purchases may have changed)."""
        account_id = bundle.account.id
        if account_id != self.account_id:
            self.account_id, self.count = account_id, None
            self.model.set_rows([])
            self.summary.setText(self.tr("Looking for suggestions…"))
        self._generation += 1
        generation, lang, service = self._generation, self.ctx.lang, self.ctx.services.suggestions
        self.ctx.runner.run(
            lambda: service.for_account(account_id, LIMIT, lang),
            on_success=lambda rows: self._show(generation, rows),
            on_failure=lambda exc, _tb: self._failed(generation, exc),
        )

    def showEvent(self, event) -> None:
        # Heights measured while the tab was hidden used another width.
        super().showEvent(event)
        self._fit.start()

    def _show(self, generation: int, rows: list[dict]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.count = len(rows)
        lang = self.ctx.lang
        if rows:
            total = sum(r["expected_value"] for r in rows)
            text = self.tr("1 suggestion") if len(rows) == 1 else \
                self.tr("%1 suggestions").replace("%1", str(len(rows)))
            self.summary.setText(text + " · " + self.tr("together %1 expected").replace("%1", fmt.money(total, lang)))
        else:
            self.summary.setText("")
            self.empty.setText(self.tr("No suggestions for this account: it already buys what comparable "
                                       "accounts buy, or there is too little purchase history to compare."))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.loaded.emit(len(rows))

    def _failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.count = 0
        self.model.set_rows([])
        self.summary.setText("")
        self.empty.setText(self.tr("Could not compute suggestions: %1").replace("%1", str(exc)))
        self.table.hide()
        self.empty.show()
        self.loaded.emit(0)
