"""The accounts table: every account with tier, owner, health and 12-month revenue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from relbeheer.core import formatting as fmt
from relbeheer.core.summaries import AccountSummary
from relbeheer.ui.models.row_model import Column, RowTableModel

COL_NAME, COL_TIER, COL_OWNER, COL_SECTOR, COL_REGION, COL_CITY, COL_HEALTH, COL_LAST, COL_REVENUE = range(9)

HEALTH_COLOURS = {"red": QColor("#c62828"), "amber": QColor("#ef8f00"), "green": QColor("#2e7d32")}


def health_band(score: int | None) -> str | None:
    if score is None:
        return None
    return "red" if score < 50 else "amber" if score <= 75 else "green"


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


class AccountsModel(RowTableModel):
    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(self.build_columns(lang), parent)

    @staticmethod
    def build_columns(lang: str) -> list[Column]:
        return [
            Column(translate("AccountsModel", "Account"), lambda a: a.name),
            Column(translate("AccountsModel", "Tier"), lambda a: a.tier),
            Column(translate("AccountsModel", "Owner"), lambda a: a.owner),
            Column(translate("AccountsModel", "Sector"), lambda a: a.sector),
            Column(translate("AccountsModel", "Region"), lambda a: a.region),
            Column(translate("AccountsModel", "City"), lambda a: a.city),
            Column(translate("AccountsModel", "Health"), lambda a: a.health, align_right=True, searchable=False),
            Column(
                translate("AccountsModel", "Last personal contact"),
                lambda a: a.last_personal_contact,
                display=lambda d: fmt.date(d, lang),
                searchable=False,
            ),
            Column(
                translate("AccountsModel", "Revenue 12 mo."),
                lambda a: a.revenue_12m,
                display=lambda v: fmt.money(v, lang),
                align_right=True,
                searchable=False,
            ),
        ]

    def extra_data(self, row: AccountSummary, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_HEALTH:
            band = health_band(row.health)
            return HEALTH_COLOURS.get(band) if band else None
        return None
