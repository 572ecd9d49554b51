"""The account page's suggestions: what to propose next, how likely, worth what, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from relbeheer.core import formatting as fmt
from relbeheer.ui.models.row_model import Column, RowTableModel

KIND_COLOURS = {"cross-sell": QColor("#2f6fed"), "up-sell": QColor("#2e7d32"), "contract": QColor("#7b4fc9")}
MUTED = QColor("#6b7785")


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    """The word for a suggestion kind in the UI language (codes from core.suggest)."""
    words = {
        "cross-sell": translate("SuggestionsModel", "Cross-sell"),
        "up-sell": translate("SuggestionsModel", "Up-sell"),
        "contract": translate("SuggestionsModel", "Contract"),
    }
    return words.get(kind, kind)


class SuggestionsModel(RowTableModel):
    """Rows are the dicts of ``SuggestionService.for_account`` (already in the UI language)."""

    COL_KIND, COL_PRODUCT, COL_VALUE, COL_LIKELIHOOD, COL_BECAUSE = range(5)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(
            [
                Column(translate("SuggestionsModel", "Kind"), lambda s: kind_label(s["kind"])),
                Column(translate("SuggestionsModel", "Product"), lambda s: s["product"]),
                Column(translate("SuggestionsModel", "Expected value"), lambda s: s["expected_value"],
                       display=lambda v: fmt.money(v, lang), align_right=True, searchable=False,
                       tooltip=translate("SuggestionsModel", "Price (or amount at stake) × likelihood")),
                Column(translate("SuggestionsModel", "Likelihood"), lambda s: s["score"],
                       display=lambda v: f"{round(v * 100)}%", align_right=True, searchable=False,
                       tooltip=translate("SuggestionsModel",
                                         "How often comparable accounts took this step")),
                Column(translate("SuggestionsModel", "Because"), lambda s: s["because"]),
            ],
            parent,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns) and self._columns[section].align_right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            # Rows grow with the wrapped sentence: every cell reads from the top line.
            side = Qt.AlignmentFlag.AlignRight if self._columns[index.column()].align_right \
                else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)

    def extra_data(self, row: dict, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_KIND:
            return KIND_COLOURS.get(row["kind"])
        if role == Qt.ItemDataRole.FontRole and column in (self.COL_KIND, self.COL_PRODUCT):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_BECAUSE:
            return row["because"]
        return None
