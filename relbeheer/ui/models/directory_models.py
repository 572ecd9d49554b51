"""Models for the portfolio-wide Contacts and Products screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import DecisionRole
from relbeheer.core.labels import label_of
from relbeheer.ui.models.row_model import Column, RowTableModel

MUTED = QColor("#6b7785")
AMBASSADOR = QColor("#b7791f")


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


class DirectoryContactsModel(RowTableModel):
    COL_NAME, COL_ACCOUNT, COL_ROLE, COL_JOB, COL_AMBASSADOR, COL_LAST, COL_EMAIL, COL_PHONE = range(8)

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(
            [
                Column(translate("DirectoryContactsModel", "Name"), lambda c: c.name),
                Column(translate("DirectoryContactsModel", "Account"), lambda c: c.account),
                Column(translate("DirectoryContactsModel", "Role"), lambda c: label_of(DecisionRole, c.role, lang)),
                Column(translate("DirectoryContactsModel", "Job title"), lambda c: c.job_title),
                Column(translate("DirectoryContactsModel", "Ambassador"), lambda c: c.is_ambassador,
                       display=lambda v: translate("DirectoryContactsModel", "★ Ambassador") if v else ""),
                Column(translate("DirectoryContactsModel", "Last contact"), lambda c: c.last_contact,
                       display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("DirectoryContactsModel", "E-mail"), lambda c: c.email),
                Column(translate("DirectoryContactsModel", "Phone"), lambda c: c.phone),
            ],
            parent,
        )

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_AMBASSADOR:
                return AMBASSADOR
            if column == self.COL_LAST and row.last_contact is None:
                return MUTED
        return None


class ProductsModel(RowTableModel):
    COL_NAME, COL_SERIES, COL_LEVEL, COL_CATEGORY, COL_PRICE, COL_CONTRACT, COL_BUYERS, COL_REVENUE = range(8)

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(
            [
                Column(translate("ProductsModel", "Product"), lambda p: p.name),
                Column(translate("ProductsModel", "Series"), lambda p: p.series),
                Column(translate("ProductsModel", "Level"), lambda p: p.level, align_right=True, searchable=False),
                Column(translate("ProductsModel", "Category"), lambda p: p.category),
                Column(translate("ProductsModel", "Price"), lambda p: p.price, display=lambda v: fmt.money(v, lang, 2),
                       align_right=True, searchable=False),
                Column(translate("ProductsModel", "Contract"), lambda p: p.is_contract,
                       display=lambda v: translate("ProductsModel", "Contract / subscription") if v else ""),
                Column(translate("ProductsModel", "Buyers"), lambda p: p.buyers, display=lambda v: fmt.number(v, lang),
                       align_right=True, searchable=False),
                Column(translate("ProductsModel", "Revenue 12 mo."), lambda p: p.revenue_12m, display=lambda v: fmt.money(v, lang),
                       align_right=True, searchable=False),
            ],
            parent,
        )
