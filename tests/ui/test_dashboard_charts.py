"""Both bar charts answer a click on a bar with that bar's key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from relbeheer.ui.views.dashboard.charts import Bar, RankedBars, Series, StackedBars


@pytest.mark.parametrize("chart_class", [StackedBars, RankedBars])
def test_clicking_a_bar_emits_its_key(qtbot, chart_class):
    chart = chart_class(lambda v: f"{v:.0f}", "chart")
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    series = [Series("a", "A", QColor("#2f6fed"))]
    chart.set_data(series, [Bar("Anna", {"a": 10.0}, "Anna: 10", key="anna"),
                            Bar("Bram", {"a": 4.0}, "Bram: 4", key="bram")])
    chart.show()
    chart.grab()  # paints, which records where each bar is
    rect, bar = chart._hit[0]
    with qtbot.waitSignal(chart.bar_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == [bar.key]
    assert chart.bar_at(QPoint(-5, -5).toPointF()) is None
