"""Charts of the account page, painted with QPainter (Qt's chart module is GPL-only).

Three small widgets: touchpoints per month stacked by binding level, the binding
balance as one 100% bar, and the NPS/CES/CSAT trend. Painting by hand keeps them
crisp on the light theme, cheap to build and identical offscreen and on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import Binding, MeasurementKind
from relbeheer.core.labels import label_of
from relbeheer.core.timeline import BindingBalance, MonthBucket, add_months, quarter_start, quarterly_means

BINDING_COLOURS = {
    Binding.RATIONAL.value: QColor("#5b7db1"),
    Binding.SOCIAL.value: QColor("#e0823d"),
    Binding.STRUCTURAL.value: QColor("#3a9d8f"),
}
MEASUREMENT_COLOURS = {
    MeasurementKind.NPS.value: QColor("#2f6fed"),
    MeasurementKind.CSAT.value: QColor("#3a9d8f"),
    MeasurementKind.CES.value: QColor("#e0823d"),
}
GRID = QColor("#eef1f5")
AXIS_TEXT = QColor("#6b7785")
INK = QColor("#1f2a37")


def month_word(month: dt.date, lang: str) -> str:
    """'jan' / 'Jan': the month part of the long date, so charts and tables agree."""
    return fmt.long_date(month, lang).split()[1]


def _small_font(widget: QWidget, delta: float = -1.0) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    return font


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value`` (4, 6, 8, 10, 15, 20 …)."""
    for step in (4, 6, 8, 10, 15, 20, 30, 40, 50, 80, 100, 150, 200):
        if value <= step:
            return step
    return int(value * 1.2) + 1


def _draw_legend(painter: QPainter, items: Sequence[tuple[str, QColor]], right: float, top: float) -> None:
    """Swatches with labels, right-aligned on one line."""
    metrics = painter.fontMetrics()
    x = right
    for text, colour in reversed(items):
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(AXIS_TEXT)
        painter.drawText(QPointF(x, top + metrics.ascent()), text)
        x -= 16
        painter.fillRect(QRectF(x, top + metrics.ascent() / 2 - 4, 10, 10), colour)
        x -= 18


class MonthlyBindingChart(QWidget):
    """Touchpoints per month, stacked rational / social-emotional / structural."""

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.buckets: list[MonthBucket] = []
        self._bars: list[tuple[QRectF, MonthBucket]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Touchpoints per month by binding level"))

    def sizeHint(self) -> QSize:
        return QSize(640, 210)

    def set_buckets(self, buckets: Sequence[MonthBucket]) -> None:
        self.buckets = list(buckets)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        metrics = painter.fontMetrics()
        legend = [(label_of(Binding, b.value, self.lang), BINDING_COLOURS[b.value]) for b in Binding]
        _draw_legend(painter, legend, self.width() - 8, 4)
        top, bottom = 8 + metrics.height() + 10, self.height() - metrics.height() - 10
        left, right = 36, self.width() - 8
        peak = max((b.total for b in self.buckets), default=0)
        top_value = _nice_max(max(peak, 1))
        self._paint_grid(painter, left, right, top, bottom, top_value)
        self._bars = []
        if not self.buckets:
            return
        slot = (right - left) / len(self.buckets)
        bar_width = min(34.0, slot * 0.62)
        scale = (bottom - top) / top_value
        for i, bucket in enumerate(self.buckets):
            x = left + slot * i + (slot - bar_width) / 2
            y = bottom
            for binding in (Binding.STRUCTURAL, Binding.SOCIAL, Binding.RATIONAL):
                height = bucket.count(binding) * scale
                if height:
                    painter.fillRect(QRectF(x, y - height, bar_width, height), BINDING_COLOURS[binding.value])
                    y -= height
            self._bars.append((QRectF(left + slot * i, top, slot, bottom - top), bucket))
            word = month_word(bucket.month, self.lang)
            if bucket.month.month == 1 or i == 0:
                word = f"{word} '{bucket.month.year % 100:02d}"
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(left + slot * i, bottom + 4, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, word)
        if peak == 0:
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No touchpoints in this period"))

    def _paint_grid(self, painter: QPainter, left, right, top, bottom, top_value: int) -> None:
        metrics = painter.fontMetrics()
        # Whole-number ticks: touchpoints are counted, never fractional.
        steps = next((n for n in (4, 3, 5, 2) if top_value % n == 0), 1)
        for s in range(steps + 1):
            value = top_value * s / steps
            y = bottom - (bottom - top) * s / steps
            painter.setPen(QPen(GRID if s else QColor("#cfd6de"), 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(AXIS_TEXT)
            text = fmt.number(value, self.lang, 0 if float(value).is_integer() else 1)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def mouseMoveEvent(self, event) -> None:
        for rect, bucket in self._bars:
            if rect.contains(event.position()):
                QToolTip.showText(event.globalPosition().toPoint(), self.describe(bucket), self)
                return
        QToolTip.hideText()

    def describe(self, bucket: MonthBucket) -> str:
        lines = [f"{month_word(bucket.month, self.lang)} {bucket.month.year}: {bucket.total}"]
        lines += [f"{label_of(Binding, b.value, self.lang)}: {bucket.count(b)}" for b in Binding]
        return "\n".join(lines)


class BalanceBar(QWidget):
    """One bar split by the shares of the three binding levels, with the counts beneath."""

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.balance = BindingBalance({})
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(480, 64)

    def set_balance(self, balance: BindingBalance) -> None:
        self.balance = balance
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(0, 2, self.width() - 1, 26)
        path = QPainterPath()
        path.addRoundedRect(bar, 6, 6)
        painter.setClipPath(path)
        painter.fillRect(bar, GRID)
        total = self.balance.total
        x = bar.left()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for binding in Binding:
            share = self.balance.share(binding)
            width = bar.width() * share
            if width <= 0:
                continue
            segment = QRectF(x, bar.top(), width, bar.height())
            painter.fillRect(segment, BINDING_COLOURS[binding.value])
            if width > 40:
                painter.setPen(QColor("#ffffff"))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, f"{round(share * 100)}%")
            x += width
        painter.setClipping(False)
        painter.setFont(_small_font(self, 0))
        metrics = painter.fontMetrics()
        x = 0.0
        y = bar.bottom() + 10
        for binding in Binding:
            text = f"{label_of(Binding, binding.value, self.lang)}  {self.balance.count(binding)}"
            painter.fillRect(QRectF(x, y + metrics.ascent() / 2 - 4, 10, 10), BINDING_COLOURS[binding.value])
            painter.setPen(INK)
            painter.drawText(QPointF(x + 16, y + metrics.ascent()), text)
            x += 16 + metrics.horizontalAdvance(text) + 26
        if not total:
            painter.setPen(AXIS_TEXT)
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.tr("No touchpoints in the last 12 months"))


class TrendChart(QWidget):
    """NPS, CSAT and CES over time on one 0–10 scale.

    Every answer is a light dot; the line runs through the mean of each quarter,
    because several contacts answering in the same week would make a line through
    every answer zigzag without meaning.
    """

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.series: dict[str, list[tuple[dt.date, float]]] = {}
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Measurement trend"))

    def sizeHint(self) -> QSize:
        return QSize(640, 210)

    def set_series(self, series: dict[str, list[tuple[dt.date, float]]]) -> None:
        self.series = {k: list(v) for k, v in series.items()}
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_small_font(self))
        metrics = painter.fontMetrics()
        legend = [(label_of(MeasurementKind, k, self.lang), MEASUREMENT_COLOURS.get(k, INK))
                  for k, points in self.series.items() if points]
        _draw_legend(painter, legend, self.width() - 8, 4)
        top, bottom = 8 + metrics.height() + 10, self.height() - metrics.height() - 10
        left, right = 36, self.width() - 16
        for value in (0, 2, 4, 6, 8, 10):
            y = bottom - (bottom - top) * value / 10
            painter.setPen(QPen(GRID if value else QColor("#cfd6de"), 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        dates = [d for points in self.series.values() for d, _ in points]
        if not dates:
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No measurements yet"))
            return
        # The axis runs over whole quarters, so that quarter means sit inside it.
        first = quarter_start(min(dates))
        last = add_months(quarter_start(max(dates)), 3)
        span = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            return left + 8 + (right - left - 16) * (day - first).days / span

        def y_of(score: float) -> float:
            return bottom - (bottom - top) * min(max(score, 0.0), 10.0) / 10

        self._paint_quarters(painter, first, last, x_of, bottom)
        for kind, points in self.series.items():
            if not points:
                continue
            colour = MEASUREMENT_COLOURS.get(kind, INK)
            faint = QColor(colour)
            faint.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faint)
            for day, score in points:
                painter.drawEllipse(QPointF(x_of(day), y_of(score)), 2.5, 2.5)
            # each quarter's mean sits in the middle of its quarter
            means = [QPointF(x_of(q + dt.timedelta(days=45)), y_of(mean))
                     for q, mean, _n in quarterly_means(points)]
            painter.setPen(QPen(colour, 2.2))
            for a, b in zip(means, means[1:]):
                painter.drawLine(a, b)
            painter.setBrush(QColor("#ffffff"))
            for point in means:
                painter.drawEllipse(point, 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_quarters(self, painter: QPainter, first: dt.date, last: dt.date, x_of, bottom: float) -> None:
        """A label under each quarter start that fits ('jan '25', 'apr' …)."""
        metrics = painter.fontMetrics()
        quarter, previous_end = first, -1e9
        while quarter < last:
            text = month_word(quarter, self.lang)
            if quarter.month == 1 or quarter == first:
                text = f"{text} '{quarter.year % 100:02d}"
            x = x_of(quarter)
            width = metrics.horizontalAdvance(text)
            if x - width / 2 > previous_end + 8:
                painter.setPen(QPen(GRID, 1))
                painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
                painter.setPen(AXIS_TEXT)
                painter.drawText(QPointF(x - width / 2, bottom + 4 + metrics.ascent()), text)
                previous_end = x + width / 2
            quarter = add_months(quarter, 3)
