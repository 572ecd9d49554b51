"""The account page header: who the account is, and how the relationship is doing.

Left: name, tier, kind, owner, sector, city. Right: the attention engine's verdict —
a health gauge, the severity, the reasons and the one next action. The right side
is filled through ``set_attention`` only, so the header does not depend on how the
engine is called.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from relbeheer.core.domain import Account, AccountKind
from relbeheer.core.labels import label, label_of
from relbeheer.ui.models.accounts_model import HEALTH_COLOURS, health_band

SEVERITY_COLOURS = {
    "critical": "#b71c1c",
    "high": "#e65100",
    "medium": "#b7791f",
    "low": "#2f6fed",
    "ok": "#2e7d32",
}
TIER_COLOURS = {"A": "#2f6fed", "B": "#5b7db1", "C": "#8a96a3"}
NO_SCORE = QColor("#cfd6de")


class HealthGauge(QWidget):
    """A ring that fills to the 0–100 health score, coloured red / amber / green."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.health: int | None = None
        self.setFixedSize(76, 76)

    def sizeHint(self) -> QSize:
        return QSize(76, 76)

    def set_health(self, health: int | None) -> None:
        self.health = None if health is None else max(0, min(100, int(health)))
        self.setAccessibleName(self.tr("Health %1 of 100").replace("%1", str(self.health))
                               if self.health is not None else self.tr("No health score"))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QRectF(6, 6, self.width() - 12, self.height() - 12)
        painter.setPen(QPen(QColor("#eef1f5"), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(ring, 0, 360 * 16)
        band = health_band(self.health)
        colour = HEALTH_COLOURS.get(band, NO_SCORE) if band else NO_SCORE
        if self.health:
            painter.setPen(QPen(colour, 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(ring, 90 * 16, -int(360 * 16 * self.health / 100))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f2a37") if self.health is not None else QColor("#8a96a3"))
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, "–" if self.health is None else str(self.health))


class AccountHeader(QFrame):
    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("Card")

        self.name = QLabel()
        self.name.setObjectName("AccountName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)
        self.tier = QLabel()
        self.tier.setObjectName("Chip")
        self.kind = QLabel()
        self.kind.setObjectName("ChipPlain")
        self.details = QLabel()
        self.details.setObjectName("Muted")
        self.details.setWordWrap(True)
        chips = QHBoxLayout()
        chips.setSpacing(8)
        chips.addWidget(self.tier)
        chips.addWidget(self.kind)
        chips.addStretch(1)
        identity = QVBoxLayout()
        identity.setSpacing(6)
        identity.addWidget(self.name)
        identity.addLayout(chips)
        identity.addWidget(self.details)
        identity.addStretch(1)

        # --- attention (right) ---
        self.gauge = HealthGauge()
        self.severity = QLabel()
        self.severity.setObjectName("SeverityBadge")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)  # engine text is never markup
        self.next_action = QLabel()
        self.next_action.setObjectName("NextAction")
        self.next_action.setWordWrap(True)
        self.next_action.setTextFormat(Qt.TextFormat.PlainText)
        verdict = QVBoxLayout()
        verdict.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.severity)
        top.addStretch(1)
        verdict.addLayout(top)
        verdict.addWidget(self.reasons)
        verdict.addWidget(self.next_action)
        verdict.addStretch(1)
        attention = QHBoxLayout()
        attention.setSpacing(14)
        attention.addWidget(self.gauge, 0, Qt.AlignmentFlag.AlignTop)
        attention.addLayout(verdict, 1)
        self.attention_box = QWidget()
        self.attention_box.setLayout(attention)
        self.attention_box.setMinimumWidth(360)
        self.attention_box.setMaximumWidth(520)
        self.attention_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        attention.setContentsMargins(0, 0, 0, 0)

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setObjectName("Divider")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(22)
        layout.addLayout(identity, 1)
        layout.addWidget(divider)
        layout.addWidget(self.attention_box)
        self.set_attention(None, "", [], "")

    def show_account(self, account: Account) -> None:
        self.name.setText(account.name)
        tier = label(account.tier, self.lang)
        self.tier.setText(self.tr("Tier %1").replace("%1", tier))
        self.tier.setStyleSheet(f"background: {TIER_COLOURS.get(account.tier.value, '#8a96a3')};")
        self.kind.setText(label_of(AccountKind, account.kind, self.lang))
        parts = []
        parts.append(self.tr("Owner: %1").replace("%1", account.owner_name) if account.owner_name
                     else self.tr("No owner"))
        if account.sector:
            parts.append(account.sector)
        place = ", ".join(p for p in (account.city, account.region) if p)
        if place:
            parts.append(place)
        if account.cadence_days:
            parts.append(self.tr("Cadence %1 days").replace("%1", str(account.cadence_days)))
        self.details.setText("  ·  ".join(parts))

    def set_attention(self, health: int | None, severity: str, reasons: list[str], next_action: str) -> None:
        """Render the attention engine's verdict; ``health=None`` and no severity shows "not computed"."""
        self.gauge.set_health(health)
        if not severity and health is None:
            self.severity.setText(self.tr("Health not computed yet"))
            self.severity.setStyleSheet("background: #eef1f5; color: #6b7785;")
            self.reasons.setText(self.tr("The attention engine will score this relationship."))
            self.reasons.setObjectName("Muted")
            self.next_action.hide()
        else:
            colour = SEVERITY_COLOURS.get(severity, "#6b7785")
            self.severity.setText(label_of("Severity", severity, self.lang) or severity)
            self.severity.setStyleSheet(f"background: {colour}; color: #ffffff;")
            shown = reasons[:3]
            more = len(reasons) - len(shown)
            lines = [f"•  {r}" for r in shown]
            if more > 0:
                lines.append("    " + self.tr("and %1 more").replace("%1", str(more)))
            self.reasons.setText("\n".join(lines) if lines else self.tr("No concerns."))
            self.reasons.setObjectName("")
            self.next_action.setText(self.tr("Next: %1").replace("%1", next_action) if next_action else "")
            self.next_action.setVisible(bool(next_action))
        self.reasons.style().unpolish(self.reasons)
        self.reasons.style().polish(self.reasons)
