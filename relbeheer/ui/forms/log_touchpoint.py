"""Log a touchpoint in a few keystrokes (Ctrl+T anywhere in the main window).

The users' most frequent act (DESIGN.md §1), so everything defaults to the common
case: today, the account of the screen you are on, a visit — or, when the
attention list advised a step for this account, that kind with that person
already ticked, so having done what the list said is a single Enter. Kind,
people and mood are chosen by typing; messages appear under their field and
nothing typed is lost (the FormDialog base). Saving goes through the attention
service, which stores the touchpoint and refreshes the account's attention state
in one transaction; the change bus then tells the screens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from shiboken6 import isValid

from relbeheer.core.attention.model import AttentionItem
from relbeheer.core.labels import label_of
from relbeheer.core.quick_log import account_labels, propose
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import DateField, OptionalDateField
from relbeheer.ui.forms.quick_fields import FIELD_STYLE, AccountField, ContactList, KindCombo, SentimentPicker
from relbeheer.ui.models.contact_choice_model import ContactChoiceModel

#: a follow-up, once switched on, starts two weeks out (the user moves it as needed)
FOLLOW_UP_DAYS = 14

ADVICE_STYLE = "QLabel#Advice { background: #eef4ff; color: #1f3b73; border-radius: 6px; padding: 8px 10px; }"


@dataclass(frozen=True)
class LogContext:
    """The account (and maybe the person) the user was looking at when pressing Ctrl+T."""

    account_id: str
    account_name: str
    contact_ids: tuple[str, ...] = ()


def context_of(widget: QWidget | None) -> LogContext | None:
    """What the current screen is about: the open account page, or the selected row
    of a list (attention, accounts, contacts). None when it is about no account."""
    if widget is None:
        return None
    bundle = getattr(widget, "bundle", None)
    account_id = getattr(widget, "account_id", None)
    if isinstance(account_id, str) and account_id:  # the account page
        account = getattr(bundle, "account", None)
        return LogContext(account_id, getattr(account, "name", "") or "")
    selected = getattr(widget, "selected_row", None)
    row = selected() if callable(selected) else None
    if row is None:
        return None
    item = getattr(row, "item", None)
    if isinstance(item, AttentionItem):
        return LogContext(item.account_id, item.account)
    if getattr(row, "account_id", None):  # a contact: log with that person ticked
        return LogContext(row.account_id, getattr(row, "account", "") or "", (row.id,))
    if hasattr(row, "tier") and getattr(row, "id", None):  # an account row
        return LogContext(row.id, getattr(row, "name", "") or "")
    return None


class LogTouchpointDialog(FormDialog):
    """New touchpoint; ``advice`` is the attention item of the account when it has one."""

    changes = frozenset({"touchpoints"})
    logged = Signal(str)  # a one-line summary for the status bar

    def __init__(self, ctx: UiContext, context: LogContext | None = None,
                 advice: AttentionItem | None = None, parent=None):
        super().__init__(ctx, context.account_id if context else None, None, parent)
        self.setWindowTitle(self.tr("Log touchpoint"))
        self.setStyleSheet(self.styleSheet() + FIELD_STYLE + ADVICE_STYLE)
        self.setMinimumWidth(560)
        self.save_button.setText(self.tr("&Log"))
        self.save_button.setToolTip(self.tr("Enter (Ctrl+Enter inside the note)"))
        # The default button is drawn bold (style.qss): size it for bold text.
        bold = QFont(self.save_button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.save_button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(self.save_button.text()) + 36)
        self._generation = 0
        self._names_loaded = False
        lang = self.lang
        today = dt.date.today()

        proposal = propose(advice.next_action if advice is not None else None)
        self.advice = QLabel()
        self.advice.setObjectName("Advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)  # engine text is never markup
        if proposal.from_advice:
            self.advice.setText(self.tr("Advised: %1").replace("%1", advice.next_action.text(lang)))
            self.add_section(self.advice)
        else:
            self.advice.hide()

        self.account_field = AccountField()
        self.account_field.setPlaceholderText(self.tr("Type part of the account name…"))
        self.add_field("account_id", self.tr("&Account"), self.account_field)
        self.kind = KindCombo(lang)
        self.add_field("kind", self.tr("&Kind"), self.kind,
                       self.tr("Type the first letters: v(isit), c(all) …"))
        self.contacts_model = ContactChoiceModel(lang, self)
        self.contacts = ContactList(self.contacts_model, self.tr("Choose an account to see its people."))
        self.add_field("contacts", self.tr("&With"), self.contacts,
                       self.tr("A first letter jumps to a person; Space ticks."))
        self.sentiment = SentimentPicker(lang)
        self.add_field("sentiment", self.tr("M&ood"), self.sentiment, self.tr("Keys − 0 +  (Backspace clears)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on; a note rarely needs a tab character
        self.note.setFixedHeight(74)
        self.add_field("note", self.tr("&Note"), self.note, self.tr("Enter adds a line; Ctrl+Enter logs."))
        self.date = DateField(lang)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))  # it happened: not later than today
        self.add_field("date", self.tr("&Date"), self.date)
        self.follow_up = OptionalDateField(lang, self.tr("on"))
        self.follow_up.date.set_value(today + dt.timedelta(days=FOLLOW_UP_DAYS))
        self.add_field("follow_up_on", self.tr("&Follow-up"), self.follow_up)
        self.finish()

        self.kind.set_value(proposal.kind.value)
        self.contacts_model.set_checked(proposal.contact_ids or (context.contact_ids if context else ()))
        self.account_field.account_changed.connect(self._account_changed)
        self.account_field.textEdited.connect(lambda _text: self._load_names())
        if context is not None:
            self.account_field.set_account(context.account_id, context.account_name)
            self._load_contacts(context.account_id)
            self.kind.setFocus()
        else:
            self._load_names()
            self.account_field.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The advice wraps: its height depends on the width, which the dialog's own size
        # hint ignores. Grow to what the fields need at this width, so nothing overlaps.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- loading (worker thread) ------------------------------------------------------
    def _load_names(self) -> None:
        """The account names for the completer: only when the user picks an account."""
        if self._names_loaded:
            return
        self._names_loaded = True
        services = self.ctx.services
        self.ctx.runner.run(lambda: account_labels(services.accounts.list()),
                            on_success=self._names_arrived)

    def _names_arrived(self, labels) -> None:
        if isValid(self):  # the dialog may have been closed (and deleted) meanwhile
            self.account_field.set_names(labels)

    def _account_changed(self, account_id: str | None) -> None:
        self.account_id = account_id
        if account_id:
            self._load_contacts(account_id)
        else:
            self._generation += 1
            self.contacts_model.set_contacts([])

    def _load_contacts(self, account_id: str) -> None:
        self._generation += 1
        generation = self._generation
        records = self.ctx.services.records

        def arrived(contacts) -> None:
            if isValid(self) and generation == self._generation:  # a later choice of account wins
                self.contacts_model.set_contacts(contacts)

        self.ctx.runner.run(lambda: records.contacts(account_id), on_success=arrived)

    # --- saving -----------------------------------------------------------------------
    def input_errors(self) -> dict[str, str]:
        if self.account_id:
            return {}
        if self.account_field.text().strip():
            return {"account_id": self.tr("No account has exactly this name; pick one from the list.")}
        return {"account_id": self.tr("Choose the account.")}

    def values(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "kind": self.kind.value(),
            "contact_ids": self.contacts.value(),  # read here: persist runs on the worker
            "sentiment": self.sentiment.value(),
            "note": self.note.toPlainText().strip(),
            "date": self.date.value(),
            "follow_up_on": self.follow_up.value(),
        }

    def persist(self, values: dict[str, Any]) -> str:
        services = self.ctx.services
        owner_id = services.records.account(values["account_id"]).owner_id
        # log_touchpoint writes under the disk guard: a full disk gives the same clear
        # message as a form
        touchpoint_id, _item = services.attention.log_touchpoint(
            values["account_id"], values["kind"], values["date"], values["contact_ids"],
            owner_id=owner_id, note=values["note"], sentiment=values["sentiment"],
            follow_up_on=values["follow_up_on"], lang=self.lang)
        return touchpoint_id

    def _saved(self, record_id: str) -> None:
        kind = label_of("TouchpointKind", self.kind.value(), self.lang)
        self.logged.emit(self.tr("%1 logged with %2").replace("%1", kind)
                         .replace("%2", self.account_field.text().strip()))
        super()._saved(record_id)
