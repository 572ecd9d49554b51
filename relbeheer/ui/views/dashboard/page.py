"""The Dashboard's place in the main window, built the first time it is shown.

Importing and building the dashboard (cards, charts, tables) costs about 70 ms;
most sessions start on the attention list, so the start of the app does not pay it.
Only Qt is imported here; view.py comes with the first look.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from relbeheer.ui.context import UiContext


class DashboardPage(QWidget):
    """Holds a DashboardView once shown; ``view`` builds it on demand."""

    account_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DashboardPage")
        self._view = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def view(self):
        """The dashboard itself, built now if it was not yet."""
        if self._view is None:
            from relbeheer.ui.views.dashboard.view import DashboardView

            self._view = DashboardView(self.ctx)
            self._view.account_activated.connect(self.account_activated)
            self._layout.addWidget(self._view)
            self._view.show()  # shown with this page (a child added late stays hidden otherwise)
        return self._view

    def built(self) -> bool:
        return self._view is not None

    def refresh(self) -> None:
        """Data changed: a built dashboard reloads (or marks itself); an unbuilt one has nothing to do."""
        if self._view is not None:
            self._view.refresh()

    def showEvent(self, event) -> None:
        self.view  # noqa: B018 - built on first show; it loads when it is shown itself
        super().showEvent(event)
