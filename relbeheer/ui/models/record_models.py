"""Table models for one account's records: contacts, touchpoints, purchases, measurements, cases.

Each is a ``RowTableModel`` (sorts and filters inside the model) with ``COL_*``
constants, over the read models of ``core.summaries``. Enum codes become words
through ``core.labels``; headers go through Qt's translator.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import (
    Binding,
    CaseOutcome,
    Channel,
    DecisionRole,
    MeasurementKind,
    NpsBand,
    TouchpointKind,
)
from relbeheer.core.labels import label_of, sentiment_label
from relbeheer.ui.models.row_model import Column, RowTableModel

POSITIVE = QColor("#2e7d32")
NEGATIVE = QColor("#c62828")
MUTED = QColor("#6b7785")


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


class _RecordModel(RowTableModel):
    """Headers of right-aligned (number) columns are right-aligned too, over their figures."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns) and self._columns[section].align_right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


def one_line(text: str) -> str:
    """Notes are multi-line; a table cell shows them on one line (full text in the tooltip)."""
    return " ".join((text or "").split())


class ContactsModel(_RecordModel):
    COL_NAME, COL_ROLE, COL_JOB, COL_AMBASSADOR, COL_LAST, COL_CHANNEL, COL_EMAIL, COL_PHONE = range(8)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(
            [
                Column(translate("ContactsModel", "Name"), lambda c: c.name),
                Column(translate("ContactsModel", "Role"), lambda c: label_of(DecisionRole, c.role, lang)),
                Column(translate("ContactsModel", "Job title"), lambda c: c.job_title),
                Column(translate("ContactsModel", "Ambassador"), lambda c: c.is_ambassador,
                       display=lambda v: translate("ContactsModel", "★ Ambassador") if v else "", searchable=True),
                Column(translate("ContactsModel", "Last contact"), lambda c: c.last_contact,
                       display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("ContactsModel", "Prefers"), lambda c: label_of(Channel, c.preferred_channel, lang)),
                Column(translate("ContactsModel", "E-mail"), lambda c: c.email),
                Column(translate("ContactsModel", "Phone"), lambda c: c.phone),
            ],
            parent,
        )

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_AMBASSADOR:
            return QColor("#b7791f")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LAST and row.last_contact is None:
            return MUTED
        return None


class TouchpointsModel(_RecordModel):
    (COL_DATE, COL_KIND, COL_BINDING, COL_CHANNEL, COL_CONTACTS, COL_SENTIMENT, COL_NOTE,
     COL_FOLLOW_UP, COL_OWNER) = range(9)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(
            [
                Column(translate("TouchpointsModel", "Date"), lambda r: r.date, display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("TouchpointsModel", "Kind"), lambda r: label_of(TouchpointKind, r.kind, lang)),
                Column(translate("TouchpointsModel", "Binding"), lambda r: label_of(Binding, r.binding, lang)),
                Column(translate("TouchpointsModel", "Channel"), lambda r: label_of(Channel, r.channel, lang)),
                Column(translate("TouchpointsModel", "With"), lambda r: r.contacts),
                Column(translate("TouchpointsModel", "Mood"), lambda r: r.sentiment, display=lambda v: sentiment_label(v, lang)),
                Column(translate("TouchpointsModel", "Note"), lambda r: one_line(r.note)),
                Column(translate("TouchpointsModel", "Follow-up"), lambda r: r.follow_up_on,
                       display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("TouchpointsModel", "By"), lambda r: r.owner),
            ],
            parent,
        )

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_SENTIMENT and row.sentiment:
            return POSITIVE if row.sentiment > 0 else NEGATIVE
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE and row.note:
            return row.note
        return None


class PurchasesModel(_RecordModel):
    COL_DATE, COL_PRODUCT, COL_SERIES, COL_QUANTITY, COL_AMOUNT = range(5)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(
            [
                Column(translate("PurchasesModel", "Date"), lambda p: p.date, display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("PurchasesModel", "Product"), lambda p: p.product),
                Column(translate("PurchasesModel", "Series"), lambda p: p.series),
                Column(translate("PurchasesModel", "Quantity"), lambda p: p.quantity,
                       display=lambda q: fmt.number(q, lang, 0 if float(q).is_integer() else 2),
                       align_right=True, searchable=False),
                Column(translate("PurchasesModel", "Amount"), lambda p: p.amount, display=lambda v: fmt.money(v, lang),
                       align_right=True, searchable=False),
            ],
            parent,
        )


class MeasurementsModel(_RecordModel):
    COL_DATE, COL_KIND, COL_SCORE, COL_BAND, COL_CONTACT, COL_COMMENT = range(6)

    def __init__(self, lang: str = "nl", parent=None):
        self.lang = lang
        super().__init__(
            [
                Column(translate("MeasurementsModel", "Date"), lambda m: m.date, display=lambda d: fmt.date(d, lang), searchable=False),
                Column(translate("MeasurementsModel", "Kind"), lambda m: label_of(MeasurementKind, m.kind, lang)),
                Column(translate("MeasurementsModel", "Score"), lambda m: m.score,
                       display=lambda s: fmt.number(s, lang, 0 if float(s).is_integer() else 1),
                       align_right=True, searchable=False),
                Column(translate("MeasurementsModel", "NPS group"), self._band),
                Column(translate("MeasurementsModel", "Contact"), lambda m: m.contact),
                Column(translate("MeasurementsModel", "Comment"), lambda m: one_line(m.comment)),
            ],
            parent,
        )

    def _band(self, m) -> str:
        # Only NPS has promoter/passive/detractor groups (DESIGN.md §2).
        if m.kind != MeasurementKind.NPS.value:
            return ""
        return label_of(NpsBand, NpsBand.of(m.score), self.lang)

    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_BAND and row.kind == "nps":
            band = NpsBand.of(row.score)
            return {NpsBand.PROMOTER: POSITIVE, NpsBand.DETRACTOR: NEGATIVE}.get(band, QColor("#b7791f"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_COMMENT and row.comment:
            return row.comment
        return None


class CasesModel(_RecordModel):
    (COL_OPENED, COL_SUBJECT, COL_CONTACT, COL_STATUS, COL_RESOLVED, COL_DAYS, COL_OUTCOME,
     COL_NOTE) = range(8)

    def __init__(self, lang: str = "nl", as_of: dt.date | None = None, parent=None):
        self.lang = lang
        self.as_of = as_of or dt.date.today()
        self._open_text, self._closed_text = translate("CasesModel", "Open"), translate("CasesModel", "Closed")
        super().__init__(
            [
                Column(translate("CasesModel", "Opened"), lambda c: c.opened_on, display=lambda d: fmt.date(d, lang),
                       searchable=False),
                Column(translate("CasesModel", "Subject"), lambda c: c.subject),
                Column(translate("CasesModel", "Contact"), lambda c: c.contact),
                # 0 = open, 1 = closed: sorting ascending puts open cases first in any language
                Column(translate("CasesModel", "Status"), lambda c: 0 if c.resolved_on is None else 1,
                       display=lambda v: self._open_text if v == 0 else self._closed_text),
                Column(translate("CasesModel", "Resolved"), lambda c: c.resolved_on, display=lambda d: fmt.date(d, lang),
                       searchable=False),
                Column(translate("CasesModel", "Days"), self.days, align_right=True, searchable=False,
                       tooltip=translate("CasesModel", "Days open, or days it took to resolve")),
                Column(translate("CasesModel", "Outcome"), lambda c: label_of(CaseOutcome, c.outcome, lang)),
                Column(translate("CasesModel", "Note"), lambda c: one_line(c.note)),
            ],
            parent,
        )

    def days(self, case) -> int | None:
        if case.opened_on is None:
            return None
        return ((case.resolved_on or self.as_of) - case.opened_on).days

    def extra_data(self, row, column: int, role: int):
        if row.resolved_on is None and column == self.COL_STATUS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return NEGATIVE
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE and row.note:
            return row.note
        return None
