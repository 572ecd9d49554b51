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


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class DirectoryContactsModel(RowTableModel):
    COL_NAME, COL_ACCOUNT, COL_ROLE, COL_JOB, COL_AMBASSADOR, COL_LAST, COL_EMAIL, COL_PHONE = range(8)

    def __init__(self, lang: str = "nl", parent=None):
        t = lambda s: _tr("DirectoryContactsModel", s)  # noqa: E731
        super().__init__(
            [
                Column(t("Name"), lambda c: c.name),
                Column(t("Account"), lambda c: c.account),
                Column(t("Role"), lambda c: label_of(DecisionRole, c.role, lang)),
                Column(t("Job title"), lambda c: c.job_title),
                Column(t("Ambassador"), lambda c: c.is_ambassador,
                       display=lambda v: t("★ Ambassador") if v else ""),
                Column(t("Last contact"), lambda c: c.last_contact,
                       display=lambda d: fmt.date(d, lang), searchable=False),
                Column(t("E-mail"), lambda c: c.email),
                Column(t("Phone"), lambda c: c.phone),
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
        t = lambda s: _tr("ProductsModel", s)  # noqa: E731
        super().__init__(
            [
                Column(t("Product"), lambda p: p.name),
                Column(t("Series"), lambda p: p.series),
                Column(t("Level"), lambda p: p.level, align_right=True, searchable=False),
                Column(t("Category"), lambda p: p.category),
                Column(t("Price"), lambda p: p.price, display=lambda v: fmt.money(v, lang, 2),
                       align_right=True, searchable=False),
                Column(t("Contract"), lambda p: p.is_contract,
                       display=lambda v: t("Contract / subscription") if v else ""),
                Column(t("Buyers"), lambda p: p.buyers, display=lambda v: fmt.number(v, lang),
                       align_right=True, searchable=False),
                Column(t("Revenue 12 mo."), lambda p: p.revenue_12m, display=lambda v: fmt.money(v, lang),
                       align_right=True, searchable=False),
            ],
            parent,
        )
