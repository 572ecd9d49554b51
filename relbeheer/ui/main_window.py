"""The main window: navigation side bar, pages, menus, status bar.

Pages register through ``add_page`` so that each screen stays in its own module;
the window only wires navigation, menus and the change bus together.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relbeheer import __version__
from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.safety import actions as safety_actions
from relbeheer.ui.safety.texts import text as safety_text
from relbeheer.ui.views.accounts_view import AccountsView
from relbeheer.ui.views.attention_view import AttentionView
from relbeheer.ui.views.dashboard.page import DashboardPage
from relbeheer.ui.views.directory_views import ContactsView, ProductsView
from relbeheer.ui.views.plan_export import open_review


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, ctx: UiContext):
        super().__init__()
        self.ctx = ctx
        self.closing_for_rebuild = False
        self.setObjectName("MainWindow")
        self.setWindowTitle("relbeheer")
        self._pages: dict[str, QWidget] = {}
        self._buttons: dict[str, QToolButton] = {}

        self.nav = QFrame()
        self.nav.setObjectName("NavBar")
        self.nav_layout = QVBoxLayout(self.nav)
        self.nav_layout.setContentsMargins(10, 16, 10, 12)
        self.nav_layout.setSpacing(4)
        brand = QLabel("relbeheer")
        brand.setObjectName("Brand")
        self.nav_layout.addWidget(brand)
        self.nav_layout.addSpacing(14)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self._nav_end = self.nav_layout.count()
        self.nav_layout.addStretch(1)
        version = QLabel(f"v{__version__}")
        version.setObjectName("NavFooter")
        self.nav_layout.addWidget(version)

        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()

        # Attention first: it is the home page (the default view and Ctrl+1).
        self.attention_view = AttentionView(ctx)
        self.add_page("attention", self.tr("A&ttention"), self.attention_view)
        self.attention_view.account_activated.connect(self.open_account)
        self.attention_view.log_requested.connect(self.log_touchpoint)
        self.attention_view.import_requested.connect(self._import_from_start)
        self.accounts_view = AccountsView(ctx)
        self.add_page("accounts", self.tr("&Accounts"), self.accounts_view)
        self.accounts_view.account_activated.connect(self.open_account)
        self.contacts_view = ContactsView(ctx)
        self.add_page("contacts", self.tr("&Contacts"), self.contacts_view)
        self.contacts_view.account_activated.connect(self.open_account)
        self.products_view = ProductsView(ctx)
        self.add_page("products", self.tr("&Products"), self.products_view)
        self.dashboard_page = DashboardPage(ctx)  # built when first shown
        self.add_page("dashboard", self.tr("&Dashboard"), self.dashboard_page)
        self.dashboard_page.account_activated.connect(self.open_account)
        # Fit the suggestion engine on the worker after the first pages are read (the
        # timer fires once the event loop runs), so a Suggestions tab opens at once;
        # not for a window that was never shown or is being replaced (language switch).
        QTimer.singleShot(0, self, lambda: self.isVisible() and not self.closing_for_rebuild
                          and ctx.runner.run(ctx.services.suggestions.prepare))

        ctx.bus.changed.connect(self._on_data_changed)
        self._restore_state()
        # Once every module has added its menu actions: offer Import… on the first-run page?
        QTimer.singleShot(0, self, lambda: self.attention_view.set_import_available(self._import_action() is not None))

    # --- pages --------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        button = QToolButton()
        button.setText(title)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName("NavButton")
        button.setAccessibleName(title.replace("&", ""))
        button.clicked.connect(lambda: self.show_page(key))
        self.nav_group.addButton(button)
        self.nav_layout.insertWidget(self._nav_end, button)
        self._nav_end += 1
        self._pages[key] = widget
        self._buttons[key] = button
        self.stack.addWidget(widget)
        index = len(self._pages)
        if index <= 9:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda: self.show_page(key))
            self.addAction(action)

    def _nav_mnemonics(self, on: bool) -> None:
        """The side bar's Alt+letters, off while the account page is shown.

        The account page's tabs and buttons need most letters themselves; two
        controls with one Alt+letter make Qt fire neither. The pages keep Ctrl+1…9.
        """
        for button in self._buttons.values():
            title = button.property("navTitle") or button.text()
            button.setProperty("navTitle", title)
            button.setText(title if on else title.replace("&&", "\0").replace("&", "").replace("\0", "&&"))

    def show_page(self, key: str) -> None:
        if key not in self._pages:
            return
        self._nav_mnemonics(True)
        self.stack.setCurrentWidget(self._pages[key])
        self._buttons[key].setChecked(True)
        QSettings().setValue("window/page", key)

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, w in self._pages.items() if w is widget), "")

    def open_account(self, account_id: str) -> None:
        """Show the account page in the stack; Back (Alt+Left, Esc) returns to where we were."""
        # Imported and built on first use, so that starting the app stays fast.
        from relbeheer.ui.views.account_page import AccountPage

        page = self.findChild(AccountPage)
        if page is None:
            page = AccountPage(self.ctx)
            self.stack.addWidget(page)
            page.back_requested.connect(lambda: self.show_page(page.return_to or next(iter(self._pages))))
        if self.stack.currentWidget() is not page:
            page.return_to = self.current_page()
        page.load(account_id)
        self._nav_mnemonics(False)
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def refresh_all(self) -> None:
        for page in self._pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh:
                refresh()

    def _on_data_changed(self, what, account_id) -> None:
        # Pages that can update one account in place (the attention list) do so;
        # the others reload.
        for page in self._pages.values():
            if hasattr(page, "apply_change"):
                page.apply_change(what, account_id)
            elif hasattr(page, "refresh"):
                page.refresh()

    # --- logging and creating ------------------------------------------------------------
    def log_touchpoint(self, account_id: str | None = None) -> None:
        """Ctrl+T: the quick log dialog for the account on screen (or one to pick)."""
        from relbeheer.ui.forms.log_touchpoint import LogContext, LogTouchpointDialog, context_of

        context = context_of(self.stack.currentWidget())
        if account_id and (context is None or context.account_id != account_id):
            item = self.attention_view.item_for(account_id)
            context = LogContext(account_id, item.account if item else "")
        advice = self.attention_view.item_for(context.account_id) if context else None
        dialog = LogTouchpointDialog(self.ctx, context, advice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.log_dialog = dialog
        dialog.open()

    def new_account(self) -> None:
        """Ctrl+N: the account form; the new account opens when saved."""
        from relbeheer.ui.forms.account_form import AccountForm

        def show(owners) -> None:
            dialog = AccountForm(self.ctx, None, owners, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(self.open_account)
            self.account_dialog = dialog
            dialog.open()

        self.ctx.runner.run(self.ctx.services.records.owners, on_success=show)

    def _import_from_start(self) -> None:
        """The first-run page's Import…: whatever import the File menu offers."""
        action = self._import_action()
        if action is not None:
            action.trigger()

    def _import_action(self) -> QAction | None:
        # Import actions are added to the File menu by their own module; they name
        # themselves "action_import" (or at least start their text with Import).
        found = self.findChild(QAction, "action_import")
        if found is not None:
            return found
        word = self.tr("Import").casefold()
        for action in self.file_menu.actions():
            if action.text().replace("&", "").casefold().startswith(word):
                return action
        return None

    # --- chrome ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_account_action = file_menu.addAction(self.tr("&New account…"))
        self.new_account_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_account_action.triggered.connect(self.new_account)
        self.log_action = file_menu.addAction(self.tr("&Log touchpoint…"))
        self.log_action.setShortcut(QKeySequence("Ctrl+T"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(lambda: self.log_touchpoint())
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import…"))
        self.import_action.setObjectName("action_import")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = file_menu.addAction(self.tr("E&xport…"))
        self.export_action.setObjectName("action_export")
        self.export_action.triggered.connect(self.open_export)
        file_menu.addSeparator()
        backup = file_menu.addAction(self.tr("&Back up database…"))
        backup.triggered.connect(self._backup)
        # Restore and one person's data (GDPR): ui/safety/actions.py does the work.
        for key, handler in (("restore_menu", safety_actions.restore_from_backup),
                             ("export_menu", safety_actions.export_person),
                             ("erase_menu", safety_actions.erase_person)):
            action = file_menu.addAction(safety_text(key, self.ctx.lang))
            action.setObjectName(f"action_{key.removesuffix('_menu')}")
            action.triggered.connect(lambda _=False, h=handler: h(self))
        review = file_menu.addAction(self.tr("Account &review…"))
        review.triggered.connect(lambda: open_review(
            self, self.ctx, lambda message: self.statusBar().showMessage(message, 15000)))
        file_menu.addSeparator()
        quit_action = self.quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        reload_action = self.view_menu.addAction(self.tr("&Refresh"))
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.refresh_all)
        self.view_menu.addSeparator()
        language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._request_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About relbeheer"))
        about.triggered.connect(self._about)

    def open_import(self) -> None:
        """File → Import…: the import wizard (ui/import_wizard), modal."""
        from relbeheer.ui.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def open_export(self) -> None:
        from relbeheer.ui.import_wizard import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def _build_status_bar(self) -> None:
        path = self.ctx.services.path
        self.db_label = QLabel(str(path) if path else self.tr("in-memory database"))
        self.as_of_label = QLabel(
            self.tr("As of %1").replace("%1", fmt.long_date(self.ctx.as_of, self.ctx.lang))
        )
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        from relbeheer.ui.sync_control import SyncControl

        self.sync_control = SyncControl(self.ctx, self)
        self.statusBar().addPermanentWidget(self.sync_control.label)
        for action in (self.sync_control.sync_action, self.sync_control.server_action):
            self.file_menu.insertAction(self.quit_action, action)
        self.file_menu.insertSeparator(self.quit_action)
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.ctx.runner.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("Working…") if busy else "")
        )

    def _backup(self) -> None:
        def done(path) -> None:
            self.statusBar().showMessage(self.tr("Backup written: %1").replace("%1", str(path)), 8000)

        def failed(exc, _tb) -> None:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))

        self.ctx.runner.run(lambda: self.ctx.services.data.backup(), on_success=done, on_failure=failed)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About relbeheer"),
            self.tr("relbeheer %1\nRelationship management as a growth strategy.").replace(
                "%1", __version__
            ),
        )

    def _request_language(self, code: str) -> None:
        if code != self.ctx.lang:
            self.language_requested.emit(code)

    def save_state(self) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        QSettings().setValue("window/page", self.current_page())
        for page in self._pages.values():
            save = getattr(page, "save_columns", None)
            if save:
                save()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = settings.value("window/page", "")
        self.show_page(page if page in self._pages else next(iter(self._pages)))

    def closeEvent(self, event) -> None:
        if not self.closing_for_rebuild:
            self.save_state()
        # Typed plan notes are saved, not lost, when the window closes.
        from relbeheer.ui.views.account_page import AccountPage

        page = self.findChild(AccountPage)
        if page is not None and page.notes_tab.is_dirty():
            page.notes_tab.save()
        self.ctx.runner.wait(10000)
        super().closeEvent(event)
