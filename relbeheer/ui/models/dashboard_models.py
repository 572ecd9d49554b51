"""Table models of the dashboard: value at stake per account manager, open complaints."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from relbeheer.core import formatting as fmt
from relbeheer.core.dashboard import OpenComplaint, OwnerStake
from relbeheer.ui.models.accounts_model import HEALTH_COLOURS, health_band
from relbeheer.ui.models.row_model import Column, RowTableModel

CRITICAL = QColor("#b71c1c")
MUTED = QColor("#6b7785")


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


class _Model(RowTableModel):
    """Number columns are right-aligned, and so are their headers."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns) and self._columns[section].align_right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


class OwnerStakeModel(_Model):
    """One row per account manager: portfolio size, flagged accounts, value at stake."""

    COL_OWNER, COL_TEAM, COL_ACCOUNTS, COL_FLAGGED, COL_CRITICAL, COL_HEALTH, COL_STAKE = range(7)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        no_owner = translate("OwnerStakeModel", "(no owner)")
        super().__init__(
            [
                Column(translate("OwnerStakeModel", "Account manager"), lambda o: o.owner or no_owner),
                Column(translate("OwnerStakeModel", "Team"), lambda o: o.team),
                Column(translate("OwnerStakeModel", "Accounts"), lambda o: o.accounts,
                       display=lambda v: fmt.number(v, lang), align_right=True, searchable=False),
                Column(translate("OwnerStakeModel", "Attention"), lambda o: o.flagged,
                       display=lambda v: fmt.number(v, lang), align_right=True, searchable=False,
                       tooltip=translate("OwnerStakeModel", "Accounts that need attention (any severity but OK)")),
                Column(translate("OwnerStakeModel", "Critical"), lambda o: o.critical,
                       display=lambda v: fmt.number(v, lang), align_right=True, searchable=False),
                Column(translate("OwnerStakeModel", "Avg. health"), lambda o: o.mean_health,
                       display=lambda v: "" if v is None else fmt.number(v, lang), align_right=True,
                       searchable=False),
                Column(translate("OwnerStakeModel", "At stake"), lambda o: o.value_at_stake,
                       display=lambda v: fmt.money(v, lang), align_right=True, searchable=False,
                       tooltip=translate("OwnerStakeModel",
                                         "12-month revenue of the accounts that need attention")),
            ],
            parent,
        )

    def extra_data(self, row: OwnerStake, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_CRITICAL and row.critical:
                return CRITICAL
            if column == self.COL_HEALTH and row.mean_health is not None:
                return HEALTH_COLOURS.get(health_band(round(row.mean_health)))
            if column == self.COL_OWNER and not row.owner:
                return MUTED
        return None


class ComplaintsModel(_Model):
    """Open service cases, the longest waiting first; overdue ones in red."""

    COL_ACCOUNT, COL_SUBJECT, COL_OWNER, COL_OPENED, COL_DAYS = range(5)

    def __init__(self, lang: str = "nl", as_of: dt.date | None = None, overdue_after: int = 7, parent=None):
        self.lang = lang
        self.as_of = as_of or dt.date.today()
        self.overdue_after = overdue_after  # the attention setting complaint_days
        super().__init__(
            [
                Column(translate("ComplaintsModel", "Account"), lambda c: c.account),
                Column(translate("ComplaintsModel", "Subject"), lambda c: c.subject),
                Column(translate("ComplaintsModel", "Account manager"), lambda c: c.owner),
                Column(translate("ComplaintsModel", "Opened"), lambda c: c.opened_on,
                       display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("ComplaintsModel", "Days open"), lambda c: c.days_open(self.as_of),
                       display=lambda v: fmt.number(v, lang), align_right=True, searchable=False),
            ],
            parent,
        )

    def set_complaints(self, complaints: list[OpenComplaint], as_of: dt.date, overdue_after: int) -> None:
        """Rows with the day and threshold they are measured against."""
        self.as_of, self.overdue_after = as_of, overdue_after
        self.set_rows(complaints)

    def extra_data(self, row: OpenComplaint, column: int, role: int):
        overdue = row.days_open(self.as_of) > self.overdue_after
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DAYS and overdue:
            return CRITICAL
        if role == Qt.ItemDataRole.FontRole and column == self.COL_DAYS and overdue:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SUBJECT and row.contact:
            return translate("ComplaintsModel", "Contact: %1").replace("%1", row.contact)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ACCOUNT and row.owner:
            return translate("ComplaintsModel", "Account manager: %1").replace("%1", row.owner)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DAYS:
            return translate("ComplaintsModel", "Opened on %1").replace("%1", fmt.long_date(row.opened_on, self.lang))
        return None
