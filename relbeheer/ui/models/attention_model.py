"""The attention list table: one row per account that needs attention, by priority.

Rows are ``AttentionRow``: the engine's ``AttentionItem`` plus its sentences
rendered once (on the worker thread, in the user's language), so painting and
filtering never format a reason twice. The severity column sorts by priority,
which makes "sort by severity, descending" the engine's own order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from relbeheer.core import formatting as fmt
from relbeheer.core.attention.model import AttentionItem
from relbeheer.core.labels import label_of
from relbeheer.ui.models.row_model import Column, RowTableModel

(COL_SEVERITY, COL_ACCOUNT, COL_TIER, COL_OWNER, COL_HEALTH, COL_REASON, COL_ACTION,
 COL_VALUE, COL_DAYS) = range(9)

SEVERITY_COLOURS = {
    "critical": QColor("#b71c1c"),
    "high": QColor("#e65100"),
    "medium": QColor("#b7791f"),
    "low": QColor("#2f6fed"),
    "ok": QColor("#2e7d32"),
}
HEALTH_COLOURS = {"red": QColor("#c62828"), "amber": QColor("#c77700"), "green": QColor("#2e7d32")}
TREND_COLOURS = {"up": QColor("#2e7d32"), "down": QColor("#c62828"), "flat": QColor("#8a96a3")}
TREND_ARROWS = {"up": "▲", "down": "▼", "flat": ""}
OVERDUE = QColor("#c62828")

HEALTH_ROLE = Qt.ItemDataRole.UserRole + 10  # (score, band, direction) for the delegate
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 11  # severity label ('critical' …)


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


@dataclass(slots=True)
class AttentionRow:
    """An item with its texts ready to show."""

    item: AttentionItem
    severity_text: str
    reason: str  # the first (most important) reason, with "+2" when there are more
    reasons: list[str]
    action: str

    @property
    def id(self) -> str:  # ListPage keeps the selection by ``id``
        return self.item.account_id

    @classmethod
    def of(cls, item: AttentionItem, lang: str) -> "AttentionRow":
        texts = [r.text(lang) for r in item.reasons]
        first = texts[0] if texts else ""
        if len(texts) > 1:
            first = f"{first}  (+{len(texts) - 1})"
        return cls(item, label_of("Severity", item.severity.label, lang), first, texts,
                   item.next_action.text(lang))


def days_text(days: int | None, lang: str) -> str:
    """The silence since the last personal contact: '46 days' / 'never'."""
    if days is None:
        return translate("AttentionModel", "never")
    if days == 1:
        return translate("AttentionModel", "1 day")
    return translate("AttentionModel", "%1 days").replace("%1", fmt.number(days, lang))


class AttentionModel(RowTableModel):
    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(self.build_columns(lang), parent)

    @staticmethod
    def build_columns(lang: str) -> list[Column]:
        return [
            Column(translate("AttentionModel", "Severity"), lambda r: r.item.priority,
                   display=None, searchable=False),
            Column(translate("AttentionModel", "Account"), lambda r: r.item.account),
            Column(translate("AttentionModel", "Tier"), lambda r: r.item.tier),
            Column(translate("AttentionModel", "Owner"), lambda r: r.item.owner),
            Column(translate("AttentionModel", "Health"), lambda r: r.item.health.score,
                   align_right=True, searchable=False),
            Column(translate("AttentionModel", "Why"), lambda r: r.reason),
            Column(translate("AttentionModel", "Next action"), lambda r: r.action),
            Column(translate("AttentionModel", "At stake"), lambda r: r.item.value_at_stake,
                   display=lambda v: fmt.money(v, lang), align_right=True, searchable=False),
            Column(translate("AttentionModel", "Silence"),
                   lambda r: r.item.days_since_personal_contact,
                   display=lambda d: days_text(d, lang), align_right=True, searchable=False),
        ]

    def set_rows(self, rows) -> None:
        """As the base, but the haystack also holds the severity word, so that
        typing "kritiek" finds the critical accounts (the column sorts by number)."""
        self.beginResetModel()
        self._all = list(rows)
        searchable = [c for c in self._columns if c.searchable]
        self._haystacks = [
            "\x1f".join([r.severity_text, *(c.text(r) for c in searchable)]).casefold()
            for r in self._all
        ]
        self._rebuild()
        self.endResetModel()

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            row = self.row_object(index.row())
            if index.column() == COL_SEVERITY:
                return row.severity_text
            if index.column() == COL_HEALTH:
                arrow = TREND_ARROWS.get(row.item.health.direction, "")
                return f"{row.item.health.score} {arrow}".strip()
        return super().data(index, role)

    def extra_data(self, row: AttentionRow, column: int, role: int):
        item = row.item
        if role == SEVERITY_ROLE:
            return item.severity.label
        if role == HEALTH_ROLE:
            return (item.health.score, item.health.band, item.health.direction)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == COL_ACCOUNT:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DAYS and any(r.rule == "cadence" for r in item.reasons):
                return OVERDUE  # the engine said this silence is too long
            if column in (COL_OWNER, COL_TIER):
                return QColor("#4a5663")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_SEVERITY:
            return row.severity_text
        return None

    def _tooltip(self, row: AttentionRow, column: int) -> str | None:
        item = row.item
        if column == COL_REASON and row.reasons:
            return "\n".join(f"• {text}" for text in row.reasons)
        if column == COL_ACTION:
            return row.action
        if column == COL_ACCOUNT:
            parts = [translate("AttentionModel", "Tier %1").replace("%1", item.tier)]
            parts += [p for p in (item.team, item.region) if p]
            return f"{item.account}\n" + " · ".join(parts)
        if column == COL_HEALTH:
            health = item.health
            text = translate("AttentionModel", "Health %1 of 100").replace("%1", str(health.score))
            if health.previous is not None:
                text += "\n" + translate("AttentionModel", "Was %1 before").replace("%1", str(health.previous))
            return text
        if column == COL_DAYS:
            return translate("AttentionModel", "Days since the last personal contact "
                             "(visit, call, event …); cadence %1 days").replace("%1", str(item.cadence_days))
        return None
