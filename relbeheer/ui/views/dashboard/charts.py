"""The dashboard's charts, painted with QPainter (Qt's chart module is GPL-only).

Two generic widgets cover the four pictures: ``StackedBars`` (vertical bars split
into series: touchpoints per week by channel or binding level, the health
histogram split by band) and ``RankedBars`` (horizontal bars with a name and an
amount: value at stake per account manager, split by severity). They share the
account page's palette so the two screens read as one product.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relbeheer.ui.views.account.charts import AXIS_TEXT, GRID, INK

BASELINE = QColor("#cfd6de")
GAP = 14  # between one legend entry and the next


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: QColor


@dataclass(frozen=True)
class Bar:
    """One bar: its axis label, the value of each series and the tooltip text."""

    label: str
    values: dict[str, float]
    tooltip: str = ""
    key: object = None

    @property
    def total(self) -> float:
        return sum(self.values.values())


def small_font(widget: QWidget, delta: float = -1.0) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    return font


def nice_axis(peak: float, ticks: int = 4) -> tuple[float, float]:
    """(top, step) of a value axis: a round step (1, 2, 2.5, 5 × 10^k, never below 1 as
    counts and euros are whole) and the smallest multiple of it at or above ``peak``."""
    if peak <= 0:
        return float(ticks), 1.0
    rough = peak / ticks
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    step = max(step, 1.0)
    return math.ceil(peak / step - 1e-9) * step, step


def legend_lines(painter: QPainter, series: Sequence[Series], width: float) -> list[list[Series]]:
    """The legend's items per line: as many as fit in ``width``, the rest below."""
    metrics = painter.fontMetrics()
    lines: list[list[Series]] = [[]]
    used = 0.0
    for item in series:
        need = metrics.horizontalAdvance(item.label) + 16 + (GAP if lines[-1] else 0)
        if lines[-1] and used + need > width:
            lines.append([])
            used, need = 0.0, need - GAP
        lines[-1].append(item)
        used += need
    return lines


def draw_legend(painter: QPainter, series: Sequence[Series], right: float, top: float,
                left_aligned: bool = False) -> float:
    """Swatches with labels on one line, or more in a narrow chart; returns the height used.

    Right-aligned over a column chart (the newest bars are what one reads first),
    left-aligned over a ranked list, where the names start.
    """
    metrics = painter.fontMetrics()
    lines = legend_lines(painter, series, right)
    for n, line in enumerate(lines):
        y = top + n * (metrics.height() + 2)
        widths = [metrics.horizontalAdvance(item.label) for item in line]
        x = 0.0 if left_aligned else right - (sum(widths) + (16 + GAP) * len(line) - GAP)
        for item, width in zip(line, widths):
            path = QPainterPath()
            path.addRoundedRect(QRectF(x, y + metrics.ascent() / 2 - 4, 10, 10), 2, 2)
            painter.fillPath(path, item.colour)
            painter.setPen(AXIS_TEXT)
            painter.drawText(QPointF(x + 16, y + metrics.ascent()), item.label)
            x += width + 16 + GAP
    return len(lines) * (metrics.height() + 2) if series else 0.0


def short_name(name: str) -> str:
    """'Ruben van der Wal' → 'R. van der Wal': how Dutch lists write a name in little room."""
    first, _, rest = name.partition(" ")
    return f"{first[0]}. {rest}" if first and rest else name


class _BarHits:
    """Tooltips and clicks for a chart that records ``self._hit``: (rect, Bar) pairs
    painted last time. Shared by both bar charts; the class using it defines
    ``bar_clicked``."""

    def bar_at(self, pos: QPointF) -> Bar | None:
        return next((bar for rect, bar in self._hit if rect.contains(pos)), None)

    def mouseMoveEvent(self, event) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and bar.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), bar.tooltip, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and bar.key is not None:
            self.bar_clicked.emit(bar.key)


class StackedBars(_BarHits, QWidget):
    """Vertical bars stacked by series, with a value axis, labels that thin out and tooltips."""

    bar_clicked = Signal(object)  # Bar.key

    def __init__(self, number: Callable[[float], str], accessible_name: str, parent=None):
        super().__init__(parent)
        self.number = number  # formats axis values in the UI language
        self.series: list[Series] = []
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.show_legend = True
        self.label_gap = 14  # least room between two axis labels
        self._hit: list[tuple[QRectF, Bar]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(accessible_name)

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def set_data(self, series: Sequence[Series], bars: Sequence[Bar], empty_text: str = "") -> None:
        self.series, self.bars, self.empty_text = list(series), list(bars), empty_text
        self.setAccessibleDescription("; ".join(f"{b.label}: {self.number(b.total)}" for b in self.bars))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small_font(self))
        metrics = painter.fontMetrics()
        legend = draw_legend(painter, self.series, self.width() - 4, 2) if self.show_legend else 0
        peak = max((b.total for b in self.bars), default=0)
        top_value, step_value = nice_axis(peak)
        steps = round(top_value / step_value)
        axis_width = max(metrics.horizontalAdvance(self.number(top_value)), 16) + 10
        left, right = axis_width, self.width() - 4
        top = legend + 12 if legend else metrics.height() // 2 + 2
        bottom = self.height() - metrics.height() - 8
        for step in range(steps + 1):
            value = step_value * step
            y = bottom - (bottom - top) * step / steps
            painter.setPen(QPen(GRID if step else BASELINE, 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.number(value))
        self._hit = []
        if not self.bars:
            return
        slot = (right - left) / len(self.bars)
        width = max(2.0, min(38.0, slot * 0.66))
        scale = (bottom - top) / top_value
        # Label every n-th bar so that labels never collide (26 weeks on a narrow card).
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars) + self.label_gap
        every = max(1, int(widest // slot) + (1 if widest % slot else 0))
        first_labelled = (len(self.bars) - 1) % every  # keep the newest bar labelled
        for i, bar in enumerate(self.bars):
            x = left + slot * i + (slot - width) / 2
            y = bottom
            for item in self.series:
                height = bar.values.get(item.key, 0) * scale
                if height > 0:
                    # 26 red accounts next to 6,800 green ones are still visible
                    height = max(height, 2.0)
                    painter.fillRect(QRectF(x, y - height, width, height), item.colour)
                    y -= height
            self._hit.append((QRectF(left + slot * i, top, slot, bottom - top), bar))
            if i % every == first_labelled:
                painter.setPen(AXIS_TEXT)
                text_width = metrics.horizontalAdvance(bar.label)
                # centred under the bar, but kept inside the widget at both ends
                text_x = min(max(left + slot * (i + 0.5) - text_width / 2, 0), self.width() - text_width - 1)
                painter.drawText(QPointF(text_x, bottom + 4 + metrics.ascent()), bar.label)
        if peak == 0 and self.empty_text:
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter,
                             self.empty_text)


class RankedBars(_BarHits, QWidget):
    """Horizontal bars, largest first: a name on the left, the amount on the right."""

    bar_clicked = Signal(object)  # Bar.key

    ROW = 24

    def __init__(self, number: Callable[[float], str], accessible_name: str, parent=None):
        super().__init__(parent)
        self.number = number
        self.series: list[Series] = []
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.show_legend = True
        self._hit: list[tuple[QRectF, Bar]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(accessible_name)

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + self.ROW * max(len(self.bars), 6))

    def set_data(self, series: Sequence[Series], bars: Sequence[Bar], empty_text: str = "") -> None:
        self.series, self.bars, self.empty_text = list(series), list(bars), empty_text
        self.setAccessibleDescription("; ".join(f"{b.label}: {self.number(b.total)}" for b in self.bars))
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small_font(self))
        metrics = painter.fontMetrics()
        top = (draw_legend(painter, self.series, self.width() - 4, 2, left_aligned=True) + 10
               if self.show_legend else 4)
        self._hit = []
        if not self.bars:
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter,
                             self.empty_text)
            return
        rows = max(1, min(len(self.bars), int((self.height() - top) // self.ROW)))
        name_width = min(self.width() * 0.4, max(metrics.horizontalAdvance(b.label) for b in self.bars[:rows]) + 12)
        value_width = max(metrics.horizontalAdvance(self.number(b.total)) for b in self.bars[:rows]) + 12
        left, right = name_width, self.width() - value_width
        peak = max(b.total for b in self.bars) or 1
        for i, bar in enumerate(self.bars[:rows]):
            y = top + i * self.ROW
            painter.setPen(INK)
            room = int(name_width - 10)
            name = bar.label if metrics.horizontalAdvance(bar.label) <= room else short_name(bar.label)
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(0, y, name_width - 10, self.ROW), Qt.AlignmentFlag.AlignVCenter, name)
            painter.fillRect(QRectF(left, y + 5, right - left, self.ROW - 10), GRID)
            x = left
            for item in self.series:
                width = (right - left) * bar.values.get(item.key, 0) / peak
                if width > 0:
                    painter.fillRect(QRectF(x, y + 5, width, self.ROW - 10), item.colour)
                    x += width
            painter.setPen(INK)
            painter.drawText(QRectF(right + 8, y, value_width - 8, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.number(bar.total))
            self._hit.append((QRectF(0, y, self.width(), self.ROW), bar))


class Legend(QWidget):
    """The series' swatches and names on one line, for a card whose chart is narrow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_series(self, series: Sequence[Series]) -> None:
        self.series = list(series)
        self.setAccessibleName(", ".join(item.label for item in self.series))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        small = QFontMetricsF(small_font(self))
        width = sum(small.horizontalAdvance(item.label) + 16 + GAP for item in self.series) - GAP
        return QSize(int(max(width, 0)) + 2, metrics.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small_font(self))
        draw_legend(painter, self.series, self.width(), (self.height() - painter.fontMetrics().height()) / 2,
                    left_aligned=True)
