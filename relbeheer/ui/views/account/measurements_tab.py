"""Measurements tab: the NPS / CES / CSAT trend and every score.

Seeds 001/004: satisfaction is not loyalty, so the trend is shown next to the
attention history, not as a verdict on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import MeasurementKind
from relbeheer.core.labels import label_of
from relbeheer.core.timeline import measurement_series
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.measurement_form import MeasurementForm
from relbeheer.ui.models.record_models import MeasurementsModel
from relbeheer.ui.views.account.charts import TrendChart
from relbeheer.ui.views.account.common import RecordTab, muted, section_title


class MeasurementsTab(RecordTab):
    table_name = "measurements"

    def __init__(self, ctx: UiContext, parent=None):
        self.chart = TrendChart(ctx.lang)
        card = QFrame()
        card.setObjectName("Card")
        self.chart_title = section_title("")
        self.chart_hint = muted("")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 10)
        box.setSpacing(4)
        box.addWidget(self.chart_title)
        box.addWidget(self.chart_hint)
        box.addWidget(self.chart)
        m = MeasurementsModel
        super().__init__(
            ctx, MeasurementsModel(ctx.lang), add_text=self.tr("&New measurement…"), above=card,
            stretch=m.COL_COMMENT,
            widths={m.COL_DATE: 110, m.COL_KIND: 80, m.COL_SCORE: 70, m.COL_BAND: 110, m.COL_CONTACT: 170},
            parent=parent,
        )
        self.chart_title.setText(self.tr("Scores over time"))
        self.chart_hint.setText(self.tr("Line: average per quarter; dots: single answers. "
                                        "NPS and CSAT: higher is better; CES: lower is easier."))
        self.table.sortByColumn(m.COL_DATE, Qt.SortOrder.DescendingOrder)

    def show_bundle(self, bundle) -> None:
        super().show_bundle(bundle)
        self.chart.set_series(measurement_series(bundle.measurements))

    def rows_of(self, bundle) -> list:
        return bundle.measurements

    def form_for(self, record):
        return MeasurementForm(self.ctx, self.account_id, record, self.bundle.contacts, parent=self)

    def describe(self, record) -> str:
        kind = label_of(MeasurementKind, record.kind, self.ctx.lang)
        return f"{kind} {fmt.number(record.score, self.ctx.lang, 0 if float(record.score).is_integer() else 1)} " \
               f"({fmt.date(record.date, self.ctx.lang)})"

    def empty_text(self) -> str:
        return self.tr("No measurements yet.")
