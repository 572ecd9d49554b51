"""Timeline tab: touchpoints per month by binding level, and every touchpoint in a list.

New touchpoints come from the quick log dialog (Ctrl+T); here they are corrected
or deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QVBoxLayout

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import TouchpointKind
from relbeheer.core.labels import label_of
from relbeheer.core.timeline import touchpoints_per_month
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.touchpoint_form import TouchpointForm
from relbeheer.ui.models.record_models import TouchpointsModel
from relbeheer.ui.views.account.charts import MonthlyBindingChart
from relbeheer.ui.views.account.common import RecordTab, section_title

PERIODS = (12, 24)


class TimelineTab(RecordTab):
    table_name = "touchpoints"

    def __init__(self, ctx: UiContext, parent=None):
        self.chart = MonthlyBindingChart(ctx.lang)
        card = QFrame()
        card.setObjectName("Card")
        self.period = QComboBox()
        self.period.setAccessibleName("period")
        head = QHBoxLayout()
        self.chart_title = section_title("")
        head.addWidget(self.chart_title)
        head.addStretch(1)
        head.addWidget(self.period)
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 10)
        box.setSpacing(6)
        box.addLayout(head)
        box.addWidget(self.chart)
        m = TouchpointsModel
        super().__init__(
            ctx, TouchpointsModel(ctx.lang), filter_text=self.tr("Filter by kind, person, note…"), above=card,
            stretch=m.COL_NOTE,
            widths={m.COL_DATE: 95, m.COL_KIND: 120, m.COL_BINDING: 135, m.COL_CHANNEL: 85, m.COL_CONTACTS: 150,
                    m.COL_SENTIMENT: 80, m.COL_FOLLOW_UP: 95, m.COL_OWNER: 120},
            parent=parent,
        )
        self.chart_title.setText(self.tr("Touchpoints per month by binding level"))
        for months in PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period.setAccessibleName(self.tr("Period of the chart"))
        self.period.currentIndexChanged.connect(self._update_chart)
        self.table.sortByColumn(m.COL_DATE, Qt.SortOrder.DescendingOrder)
        # Who logged it rarely matters on one account's page; the note needs the room.
        self.table.setColumnHidden(m.COL_OWNER, True)

    def show_bundle(self, bundle) -> None:
        super().show_bundle(bundle)
        self._update_chart()

    def _update_chart(self) -> None:
        if self.bundle is None:
            return
        months = self.period.currentData() or PERIODS[0]
        self.chart.set_buckets(touchpoints_per_month(self.bundle.touchpoints, self.bundle.as_of, months))

    def rows_of(self, bundle) -> list:
        return bundle.touchpoints

    def form_for(self, record):
        if record is None:
            return None
        return TouchpointForm(self.ctx, record, self.bundle.contacts, parent=self)

    def describe(self, record) -> str:
        kind = label_of(TouchpointKind, record.kind, self.ctx.lang)
        return f"{kind} {fmt.date(record.date, self.ctx.lang)}"

    def empty_text(self) -> str:
        return self.tr("No touchpoints yet. Log one with Ctrl+T.")
