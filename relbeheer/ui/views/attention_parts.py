"""Pieces of the attention page: the severity pill, the health cell, the empty states.

Kept apart from the page so that the page module reads as layout and behaviour;
the delegates only paint what the model's roles give them (no rule decided here).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relbeheer.ui.models.attention_model import (
    HEALTH_COLOURS,
    HEALTH_ROLE,
    SEVERITY_COLOURS,
    SEVERITY_ROLE,
    TREND_ARROWS,
    TREND_COLOURS,
)


def _background(painter: QPainter, option: QStyleOptionViewItem, index, delegate) -> QStyleOptionViewItem:
    """Let the style paint selection and alternating rows; we paint the content."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    opt.state &= ~QStyle.StateFlag.State_HasFocus  # no dotted focus box around a pill
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
    return opt


class SeverityDelegate(QStyledItemDelegate):
    """A tinted pill with the severity word, in the severity's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = _background(painter, option, index, self)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        colour = SEVERITY_COLOURS.get(index.data(SEVERITY_ROLE), QColor("#6b7785"))
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(max(font.pointSizeF() - 0.5, 7.5))
        metrics = QFontMetrics(font)
        height = min(metrics.height() + 6, opt.rect.height() - 4)
        # Every pill as wide as the column allows: aligned, whatever the word.
        width = max(opt.rect.width() - 16, metrics.horizontalAdvance(text) + 22)
        pill = QRectF(opt.rect.left() + 8, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(colour)
        tint.setAlpha(34)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        dot = QRectF(pill.left() + 7, pill.center().y() - 3, 6, 6)
        painter.setBrush(colour)
        painter.drawEllipse(dot)
        painter.setFont(font)
        painter.setPen(colour.darker(115))
        painter.drawText(pill.adjusted(17, 0, -5, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()


class HealthDelegate(QStyledItemDelegate):
    """The score in its band colour, the trend arrow beside it (green up, red down)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = _background(painter, option, index, self)
        value = index.data(HEALTH_ROLE)
        if not value:
            return
        score, band, direction = value
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        area = opt.rect.adjusted(8, 0, -10, 0)
        arrow_width = metrics.horizontalAdvance("▼")
        arrow_rect = area.adjusted(area.width() - arrow_width, 0, 0, 0)
        score_rect = area.adjusted(0, 0, -(arrow_width + 5), 0)
        painter.save()
        painter.setFont(font)
        painter.setPen(HEALTH_COLOURS.get(band, QColor("#1f2a37")))
        painter.drawText(score_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))
        arrow = TREND_ARROWS.get(direction, "")
        if arrow:
            small = QFont(font)
            small.setPointSizeF(max(font.pointSizeF() - 2, 6.5))
            painter.setFont(small)
            painter.setPen(TREND_COLOURS[direction])
            painter.drawText(arrow_rect, Qt.AlignmentFlag.AlignCenter, arrow)
        painter.restore()


class EmptyPanel(QFrame):
    """A friendly card instead of a blank table: a title, a sentence, maybe actions.

    Used twice: a database without accounts ("load the demo or import") and a
    portfolio where nobody needs attention ("all relationships are in order").
    """

    demo_requested = Signal()
    import_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, with_actions: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("EmptyCard")
        self.title = QLabel()
        self.title.setObjectName("EmptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel()
        self.body.setObjectName("EmptyBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setTextFormat(Qt.TextFormat.PlainText)

        card = QVBoxLayout(self)
        card.setContentsMargins(40, 36, 40, 32)
        card.setSpacing(12)
        card.addWidget(self.title)
        card.addWidget(self.body)

        self.demo_button = QPushButton(self.tr("Load &demo data"))
        self.demo_button.setObjectName("Primary")
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.import_requested)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("Muted")
        self.progress_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        if with_actions:
            buttons = QHBoxLayout()
            buttons.setSpacing(10)
            buttons.addStretch(1)
            buttons.addWidget(self.demo_button)
            buttons.addWidget(self.import_button)
            buttons.addStretch(1)
            card.addSpacing(8)
            card.addLayout(buttons)
            card.addWidget(self.progress)
            card.addWidget(self.progress_text)
            cancel_row = QHBoxLayout()
            cancel_row.addStretch(1)
            cancel_row.addWidget(self.cancel_button)
            cancel_row.addStretch(1)
            card.addLayout(cancel_row)
        self.set_busy(False)
        if not with_actions:
            self.demo_button.hide()
            self.import_button.hide()

    def set_text(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)

    def set_import_available(self, available: bool) -> None:
        self.import_button.setVisible(available)

    def set_busy(self, busy: bool) -> None:
        """While the demo loads: progress instead of buttons (and a way to stop)."""
        self.demo_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        for widget in (self.progress, self.progress_text, self.cancel_button):
            widget.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress_text.setText(self.tr("Preparing demo data…"))

    def show_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if what:
            self.progress_text.setText(what)


def centred(panel: QWidget) -> QWidget:
    """``panel`` in the middle of an otherwise empty page, at a readable width."""
    holder = QWidget()
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addStretch(2)
    row = QHBoxLayout()
    row.addStretch(1)
    panel.setMaximumWidth(560)
    panel.setMinimumWidth(420)
    row.addWidget(panel, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(3)
    return holder
