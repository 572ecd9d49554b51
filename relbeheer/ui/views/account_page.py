"""The account page: everything about one relationship, to prepare a visit or a review.

A header (who, and how the relationship is doing) above tabs: overview, contacts,
timeline, purchases, measurements, service cases, plan notes and goals. All reads
happen in one background task; every save anywhere announces itself on the change
bus, and the page reloads when the change concerns its account.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.account_form import AccountForm
from relbeheer.ui.forms.base import ConfirmDialog
from relbeheer.ui.safety.texts import error_text
from relbeheer.ui.views.account.cases_tab import CasesTab
from relbeheer.ui.views.account.contacts_tab import ContactsTab
from relbeheer.ui.views.account.data import AccountBundle, load_bundle
from relbeheer.ui.views.account.header import AccountHeader
from relbeheer.ui.views.account.measurements_tab import MeasurementsTab
from relbeheer.ui.views.account.notes_tab import NotesTab
from relbeheer.ui.views.account.overview_tab import OverviewTab
from relbeheer.ui.views.account.purchases_tab import PurchasesTab
from relbeheer.ui.views.account.suggestions_tab import SuggestionsTab
from relbeheer.ui.views.account.timeline_tab import TimelineTab
from relbeheer.ui.views.plan_export import export_plan

# Object names that only this page uses; the shared theme lives in resources/style.qss.
PAGE_STYLE = """
QLabel#AccountName { font-size: 19pt; font-weight: 600; color: #1f2a37; }
QLabel#Chip { color: #ffffff; border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#ChipPlain { color: #4a5663; background: #eef1f5; border-radius: 9px; padding: 2px 10px; }
QLabel#SeverityBadge { border-radius: 9px; padding: 2px 10px; font-weight: 600; }
QLabel#NextAction { color: #1f2a37; font-weight: 600; padding-top: 4px; }
QLabel#KpiValue { font-size: 17pt; font-weight: 600; color: #1f2a37; }
QLabel#OfferCount { font-weight: 600; color: #1f2a37; }
QFrame#Divider { color: #dde3ea; }
QPushButton#Back { border: none; background: transparent; color: #2f6fed; font-weight: 600; padding: 6px 4px; }
QPushButton#Back:hover { text-decoration: underline; }
QPushButton#Danger { color: #c62828; }
QWidget#AccountPage { background: #f6f7f9; }
QTabWidget#AccountTabs QStackedWidget > QWidget { background: #ffffff; }
QTabWidget#AccountTabs QTabBar { background: transparent; }
"""


class AccountPage(QWidget):
    """Shows one account; ``load(account_id)`` switches to another."""

    back_requested = Signal()
    loaded = Signal(str)  # the account id, once its data is on screen
    account_deleted = Signal(str)

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AccountPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PAGE_STYLE)
        self.account_id: str | None = None
        self.bundle: AccountBundle | None = None
        self.return_to = ""  # the main window's page to go back to
        self._generation = 0  # ignores answers to loads that were superseded
        self.dialog = None

        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setObjectName("Back")
        self.back_button.setToolTip(self.tr("Back (Alt+Left or Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.message = QLabel()
        self.message.setObjectName("Muted")
        self.export_button = QPushButton(self.tr("E&xport plan…"))
        self.export_button.setToolTip(self.tr("Account plan as PDF (Ctrl+P)"))
        self.export_button.clicked.connect(self.export_plan)
        self.edit_button = QPushButton(self.tr("Ed&it account…"))
        self.edit_button.setToolTip("Ctrl+E")
        self.edit_button.clicked.connect(self.edit_account)
        self.delete_button = QPushButton(self.tr("Delete account…"))
        self.delete_button.setObjectName("Danger")
        self.delete_button.clicked.connect(self.delete_account)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.message)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.header = AccountHeader(ctx.lang)
        self.overview_tab = OverviewTab(ctx)
        self.contacts_tab = ContactsTab(ctx)
        self.timeline_tab = TimelineTab(ctx)
        self.purchases_tab = PurchasesTab(ctx)
        self.suggestions_tab = SuggestionsTab(ctx)
        self.suggestions_tab.loaded.connect(lambda _n: self._set_tab_titles())
        self.measurements_tab = MeasurementsTab(ctx)
        self.cases_tab = CasesTab(ctx)
        self.notes_tab = NotesTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("AccountTabs")
        self.tabs.setDocumentMode(False)
        for widget in self._tab_widgets():
            self.tabs.addTab(widget, "")
        self._set_tab_titles()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)  # focus inside the page makes Esc / Alt+Left work

        self._action(QKeySequence(QKeySequence.StandardKey.Back), self.back_requested.emit)
        self._action(QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit)
        self._action(QKeySequence("Ctrl+E"), self.edit_account)
        self._action(QKeySequence("Ctrl+P"), self.export_plan)
        for i in range(len(self._tab_widgets())):
            # triggered(checked) would fill the first parameter: the index goes second
            self._action(QKeySequence(f"Alt+{i + 1}"), lambda _checked=False, i=i: self.tabs.setCurrentIndex(i))
        self._set_enabled(False)
        ctx.bus.changed.connect(self._on_changed)

    def _tab_widgets(self) -> list[QWidget]:
        return [self.overview_tab, self.contacts_tab, self.timeline_tab, self.purchases_tab,
                self.suggestions_tab,
                self.measurements_tab, self.cases_tab, self.notes_tab]

    def _action(self, keys: QKeySequence, slot) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _set_tab_titles(self) -> None:
        b = self.bundle

        def counted(text: str, n: int | None) -> str:
            return text if not n else f"{text} ({n})"

        open_cases = b.figures.open_cases if b else None
        titles = [
            self.tr("&Overview"),
            counted(self.tr("&Contacts"), len(b.contacts) if b else None),
            counted(self.tr("&Timeline"), len(b.touchpoints) if b else None),
            counted(self.tr("&Purchases"), len(b.purchases) if b else None),
            counted(self.tr("S&uggestions"), self.suggestions_tab.count if b else None),
            counted(self.tr("&Measurements"), len(b.measurements) if b else None),
            self.tr("Service case&s") if not open_cases
            else self.tr("Service case&s (%1 open)").replace("%1", str(open_cases)),
            self.tr("Plan notes && &goals"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    # --- loading ---------------------------------------------------------------------------
    def load(self, account_id: str) -> None:
        """Show ``account_id``; the previous account stays visible until the new one is read."""
        if account_id != self.account_id:
            # Typed plan notes are not lost by opening another account: save them first
            # (the single worker runs this save before the new account is read).
            if self.notes_tab.is_dirty():
                self.notes_tab.save()
            self.tabs.setCurrentIndex(0)
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        if self.account_id is None:
            return
        self._generation += 1
        generation, account_id = self._generation, self.account_id
        services, as_of, lang = self.ctx.services, self.ctx.as_of, self.ctx.lang
        self.message.setText(self.tr("Loading…") if self.bundle is None else "")
        self.ctx.runner.run(
            lambda: load_bundle(services, account_id, as_of, lang),
            on_success=lambda bundle: self._show(generation, bundle),
            on_failure=lambda exc, _tb: self._load_failed(generation, exc),
        )

    def _show(self, generation: int, bundle: AccountBundle) -> None:
        # The runner outlives pages: an answer may arrive after this page was destroyed.
        if generation != self._generation or not isValid(self):
            return
        self.bundle = bundle
        self.message.setText("")
        self.header.show_account(bundle.account)
        attention = bundle.attention
        if attention is None:
            self.header.set_attention(None, "", [], "")
        else:
            self.header.set_attention(attention.health, attention.severity, attention.reasons,
                                      attention.next_action)
        for tab in self._tab_widgets():
            tab.show_bundle(bundle)
        self._set_tab_titles()
        self._set_enabled(True)
        self.loaded.emit(bundle.account.id)

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation or not isValid(self):
            return
        self.bundle = None
        self._set_enabled(False)
        if isinstance(exc, LookupError):
            self.message.setText(self.tr("This account no longer exists."))
        else:
            self.message.setText(self.tr("Could not read this account: %1").replace("%1", str(exc)))

    def _set_enabled(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.edit_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)
        self.tabs.setEnabled(enabled)

    def hideEvent(self, event) -> None:
        # Leaving the page (Back, another screen) keeps typed plan notes: they are saved.
        # Not while the whole window closes: the database may be closing by then.
        window = self.window()
        if window is not self and window.isVisible() and self.notes_tab.is_dirty():
            self.notes_tab.save()
        super().hideEvent(event)

    def _on_changed(self, _what, account_id) -> None:
        if self.account_id is not None and account_id in (None, self.account_id):
            self.refresh()

    # --- the account itself ----------------------------------------------------------------
    def export_plan(self) -> None:
        """Ctrl+P: the account plan as PDF, written on the worker (ui/views/plan_export.py)."""
        if self.bundle is None:
            return

        def done(path, error: str) -> None:
            if isValid(self):
                self.message.setText(self.tr("Plan written: %1").replace("%1", str(path)) if path
                                     else self.tr("Could not write the plan: %1").replace("%1", error))

        export_plan(self, self.ctx, self.bundle.account.id, self.bundle.account.name, done)

    def edit_account(self) -> None:
        if self.bundle is None:
            return
        dialog = AccountForm(self.ctx, self.bundle.account, self.bundle.owners, parent=self)
        self.dialog = dialog

        def closed(_result) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def delete_account(self) -> None:
        if self.bundle is None:
            return
        account = self.bundle.account
        question = self.tr("Delete the account %1?").replace("%1", account.name)
        detail = self.tr("It disappears from every list, with its contacts and history. "
                         "It can be restored from a backup.")
        if not ConfirmDialog.ask(self, self.tr("Delete account"), f"{question}\n\n{detail}",
                                 self.tr("Delete account")):
            return
        services, account_id = self.ctx.services, account.id

        def done(_none) -> None:
            self.account_id, self.bundle = None, None
            self._set_enabled(False)
            self.account_deleted.emit(account_id)
            self.ctx.bus.changed.emit({"accounts"}, account_id)
            self.back_requested.emit()

        self.ctx.runner.run(
            lambda: services.records.delete("accounts", account_id),
            on_success=done,
            on_failure=lambda exc, _tb: self.message.setText(error_text(exc, self.ctx.lang)),
        )
