"""Table models of the vCard and iCalendar preview: one row per card, one per meeting.

Rows are the services' plans (``CardPlan``, ``MeetingPlan``: what the import would do
with each); the last column says it in words — new, to update, or why it is skipped,
in the user's language (``report_words``, the same words as the import summary).
Skipped rows are grey, so what will be imported stands out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from relbeheer.core import formatting as fmt
from relbeheer.core.domain import TouchpointKind
from relbeheer.core.exchange.report_words import reason_word
from relbeheer.core.labels import label_of
from relbeheer.ui.models.row_model import Column, RowTableModel

MUTED = QColor("#6b7785")
TO_IMPORT = ("new", "update")


def translate(context: str, text: str) -> str:
    """Named like Qt's so that lupdate finds the strings."""
    return QCoreApplication.translate(context, text)


def _sentence(text: str) -> str:
    """A reason as a cell of its own: capitalised, unless it starts with a name ("vCards")."""
    return text if text[1:2].isupper() else text[:1].upper() + text[1:]


class _PlanModel(RowTableModel):
    def extra_data(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome not in TO_IMPORT:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[column].text(row) or None  # long attendee lists
        return None


class CardsModel(_PlanModel):
    """The cards of a vCard file and the account each would be placed at."""

    COL_NAME, COL_ORG, COL_ACCOUNT, COL_EMAIL, COL_PHONE, COL_OUTCOME = range(6)

    def __init__(self, lang: str = "nl", parent=None):
        outcomes = {"new": translate("CardsModel", "New contact"),
                    "update": translate("CardsModel", "Update")}

        def account(card) -> str:
            if not card.organisation:
                return translate("CardsModel", "no account")
            if not card.account:  # skipped before it was placed (no name)
                return ""
            if card.account_new:
                return translate("CardsModel", "%1 (new)").replace("%1", card.account)
            return card.account

        super().__init__([
            Column(translate("CardsModel", "Name"), lambda c: c.name),
            Column(translate("CardsModel", "Organisation"), lambda c: c.organisation),
            Column(translate("CardsModel", "Account"), account),
            Column(translate("CardsModel", "E-mail"), lambda c: c.email),
            Column(translate("CardsModel", "Phone"), lambda c: c.phone),
            Column(translate("CardsModel", "On import"),
                   lambda c: outcomes.get(c.outcome) or _sentence(reason_word(c.outcome, lang))),
        ], parent)


class MeetingsModel(_PlanModel):
    """The meetings of a calendar file, the kind of touchpoint and the accounts they count for."""

    COL_DATE, COL_SUBJECT, COL_KIND, COL_ACCOUNT, COL_ATTENDEES, COL_OUTCOME = range(6)

    def __init__(self, lang: str = "nl", parent=None):
        new = translate("MeetingsModel", "New touchpoint")
        super().__init__([
            Column(translate("MeetingsModel", "Date"), lambda m: m.day,
                   display=lambda d: fmt.date(d, lang), searchable=False),
            Column(translate("MeetingsModel", "Subject"), lambda m: m.subject),
            Column(translate("MeetingsModel", "Kind"),
                   lambda m: label_of(TouchpointKind, m.kind, lang)),
            Column(translate("MeetingsModel", "Account"),
                   lambda m: ", ".join(m.accounts) or translate("MeetingsModel", "no known contact")),
            Column(translate("MeetingsModel", "Attendees"), lambda m: ", ".join(m.attendees)),
            Column(translate("MeetingsModel", "On import"),
                   lambda m: new if m.outcome == "new" else _sentence(reason_word(m.outcome, lang))),
        ], parent)
