"""Team sync in the window: a status-bar label, "Sync now", "Team server…" and a timer.

The sync itself is ``services.sync`` on the TaskRunner (the same worker thread as
all other database work). Every few minutes it runs by itself when a team server
is set; when the server cannot be reached it stays quiet apart from the label,
because working offline is normal for an account manager on the road.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from relbeheer.ui.context import UiContext

AUTO_SYNC_MINUTES = 5


class SyncControl(QObject):
    synced = Signal()

    def __init__(self, ctx: UiContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("Muted")
        self.sync_action = QAction(self.tr("S&ync with team server"), window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.triggered.connect(lambda: self.sync_now(quiet=False))
        self.server_action = QAction(self.tr("&Team server…"), window)
        self.server_action.triggered.connect(self.ask_server)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MINUTES * 60_000)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))
        self._running = False
        self.refresh_status()

    # --- status -------------------------------------------------------------
    def refresh_status(self) -> None:
        self.ctx.runner.run(self.ctx.services.sync.status, on_success=self._show_status)

    def _show_status(self, status) -> None:
        if not status.server:
            self.label.setText("")
            self.label.setToolTip("")
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
        if status.last_error:
            text = self.tr("Sync: offline")
            tip = status.last_error
        elif status.last_sync:
            text = self.tr("Synced %1").replace("%1", status.last_sync.replace("T", " ")[:16])
            tip = status.server
        else:
            text, tip = self.tr("Not synced yet"), status.server
        if status.pending:
            text += " · " + self.tr("%1 changes waiting").replace("%1", str(status.pending))
        self.label.setText(text)
        self.label.setToolTip(tip)

    # --- actions ------------------------------------------------------------
    def ask_server(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, self.tr("Team server"),
            self.tr("PostgreSQL address of the team server\n(postgresql://user@host/db):"),
            QLineEdit.EchoMode.Normal, "",
        )
        if ok and url.strip():
            self.ctx.runner.run(
                lambda: self.ctx.services.sync.configure(url.strip()),
                on_success=lambda _r: self.sync_now(quiet=False),
                on_failure=lambda exc, _tb: QMessageBox.warning(self.window, self.tr("Team server"), str(exc)),
            )

    def sync_now(self, quiet: bool) -> None:
        if self._running:
            return
        self._running = True
        self.label.setText(self.tr("Syncing…"))

        def done(_result) -> None:
            self._running = False
            self.refresh_status()
            self.ctx.bus.changed.emit({"sync"}, None)
            self.synced.emit()

        def failed(exc, _tb) -> None:
            self._running = False
            self.refresh_status()
            if not quiet:
                QMessageBox.information(self.window, self.tr("Team sync"), str(exc))

        self.ctx.runner.run(self.ctx.services.sync.sync, on_success=done, on_failure=failed)
