"""The Dashboard screen: how the portfolio is doing, for a director or an account manager.

Key figures on top; then the health of the relationships, value at stake per
account manager, touchpoints per week and the open complaints. One background
task reads everything (``services.dashboard.load``); when the attention summary
is out of date the page shows it at once, says so, and asks again with a
refresh, so a large portfolio never leaves the screen blank.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from relbeheer.core import formatting as fmt
from relbeheer.core.dashboard import Dashboard, DashboardFilter
from relbeheer.ui.context import UiContext
from relbeheer.ui.views.account.common import FigureCard
from relbeheer.ui.views.dashboard.filters import FilterBar
from relbeheer.ui.views.dashboard.panels import (
    ComplaintsPanel,
    HealthPanel,
    StakePanel,
    TouchpointsPanel,
    compact_money,
    kpi_row,
)

RED, AMBER = "#c62828", "#b7791f"

PAGE_STYLE = """
QWidget#DashboardView, QWidget#DashboardBody { background: #f6f7f9; }
QLabel#KpiValue { font-size: 17pt; font-weight: 600; color: #1f2a37; }
QLabel#BandCount { font-size: 12pt; font-weight: 600; color: #1f2a37; }
QLabel#FilterLabel { color: #4a5663; }
QPushButton#Segment { border-radius: 0; padding: 4px 12px; color: #4a5663; }
QPushButton#Segment:checked { background: #2f6fed; border-color: #2f6fed; color: #ffffff; }
"""


class DashboardView(QWidget):
    """Emits ``account_activated`` when an open complaint is opened (Enter)."""

    account_activated = Signal(str)
    loaded = Signal(object)  # the Dashboard on screen, for tests and the status bar

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DashboardView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PAGE_STYLE)
        self.board: Dashboard | None = None
        self._generation = 0
        self._dirty = True  # refresh() while hidden only marks; showing loads
        self._options_loaded = False
        lang = ctx.lang

        self.title = QLabel(self.tr("Dashboard"))
        self.title.setObjectName("PageTitle")
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.filters = FilterBar()
        self.filters.changed.connect(lambda _scope: self.reload())
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.filters)

        self.accounts_card = FigureCard(self.tr("Accounts"))
        self.flagged_card = FigureCard(self.tr("Need attention"))
        self.stake_card = FigureCard(self.tr("Value at stake"))
        self.complaints_card = FigureCard(self.tr("Open complaints"))
        self.personal_card = FigureCard(self.tr("Personal contact"))
        for card in self._cards():
            # No word wrap anywhere on this page: wrapped labels make the scroll area size
            # the page to its preferred height (heightForWidth) and the charts spill over.
            # A narrow window clips a card's context line instead (full text in the tooltip).
            card.layout().setContentsMargins(16, 10, 16, 10)
            for label in (card.caption, card.detail):
                label.setMinimumWidth(40)
        self.health = HealthPanel(lang)
        self.stake = StakePanel(lang)
        self.stake.owner_chosen.connect(self.show_owner)
        self.touchpoints = TouchpointsPanel(lang)
        self.complaints = ComplaintsPanel(lang)
        self.complaints.account_activated.connect(self.account_activated)

        # Health needs little width (ten bars), value at stake a chart and a table side by
        # side; the complaints table gets the wider half of the lower row.
        upper = QHBoxLayout()
        upper.setSpacing(12)
        upper.addWidget(self.health, 3)
        upper.addWidget(self.stake, 7)
        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(self.touchpoints, 4)
        lower.addWidget(self.complaints, 7)

        body = QWidget()
        body.setObjectName("DashboardBody")
        body.setMinimumHeight(600)  # below this the page scrolls instead of squashing charts
        inner = QVBoxLayout(body)
        inner.setContentsMargins(20, 14, 20, 14)
        inner.setSpacing(12)
        inner.addLayout(top)
        inner.addLayout(kpi_row(*self._cards()))
        inner.addLayout(upper, 1)
        inner.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        # Several saves in a row (an import, a form) come as a burst: reload once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        ctx.bus.changed.connect(lambda *_: self.refresh())

    def _cards(self) -> list[FigureCard]:
        return [self.accounts_card, self.flagged_card, self.stake_card, self.complaints_card,
                self.personal_card]

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload when on screen; otherwise remember to reload when shown."""
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def scope(self) -> DashboardFilter:
        return self.filters.scope()

    def show_owner(self, owner: str) -> None:
        """Narrow the dashboard to one account manager (a click on their bar)."""
        self.filters.set_scope(DashboardFilter(owner=owner))

    def reload(self, refresh: bool = False) -> None:
        """Read the dashboard on the worker; a stale summary is shown, then refreshed."""
        self._dirty = False
        self._generation += 1
        generation, scope = self._generation, self.scope()
        service, as_of = self.ctx.services.dashboard, self.ctx.as_of
        if not self._options_loaded:
            self.ctx.runner.run(service.options, on_success=self._show_options)
        if self.board is None:
            self.status.setText(self.tr("Loading…"))
        self.ctx.runner.run(
            lambda: service.load(as_of, scope, refresh=refresh),
            on_success=lambda board: self._show(generation, board),
            on_failure=lambda exc, _tb: self._failed(generation, exc),
        )

    def _show_options(self, options) -> None:
        if isValid(self):
            self._options_loaded = True
            self.filters.set_options(options)

    def _show(self, generation: int, board: Dashboard) -> None:
        # The runner outlives pages; answers to superseded loads are dropped.
        if not isValid(self) or generation != self._generation:
            return
        self.board = board
        self._show_figures(board)
        for panel in (self.health, self.stake, self.touchpoints, self.complaints):
            panel.show_dashboard(board)
        if board.current:
            self.status.setText("")
        else:
            self.status.setText(self.tr("Updating health and severity…"))
            self.reload(refresh=True)
        self.loaded.emit(board)

    def _failed(self, generation: int, exc: Exception) -> None:
        if isValid(self) and generation == self._generation:
            self.status.setText(self.tr("Could not read the dashboard: %1").replace("%1", str(exc)))

    def _show_figures(self, board: Dashboard) -> None:
        self._fill_figures(board)
        for card in self._cards():
            card.detail.setToolTip(card.detail.text())

    def _fill_figures(self, board: Dashboard) -> None:
        lang = self.ctx.lang
        n = fmt.number
        self.accounts_card.show_value(
            n(board.accounts, lang),
            self.tr("in this selection") if not board.scope.everything else self.tr("in the portfolio"))
        share = board.flagged / board.accounts if board.accounts else 0
        self.flagged_card.show_value(
            n(board.flagged, lang),
            self.tr("%1% · %2 critical").replace("%1", str(round(share * 100)))
            .replace("%2", n(board.critical, lang)),
            RED if board.critical else None)
        self.stake_card.show_value(compact_money(board.value_at_stake, lang),
                                   self.tr("annual revenue of those accounts"))
        self.stake_card.value.setToolTip(fmt.money(board.value_at_stake, lang))
        if board.complaints:
            days = board.oldest_complaint_days
            detail = self.tr("oldest open 1 day") if days == 1 else \
                self.tr("oldest open %1 days").replace("%1", n(days, lang))
            overdue = board.complaint_days is not None and days > board.complaint_days
            self.complaints_card.show_value(n(len(board.complaints), lang), detail, RED if overdue else AMBER)
        else:
            self.complaints_card.show_value("0", self.tr("nothing open"))
        share = board.personal_share()
        if share is None:
            self.personal_card.show_value("–", self.tr("no touchpoints in %1 weeks").replace(
                "%1", str(len(board.weeks))))
        else:
            self.personal_card.show_value(f"{round(share * 100)}%", self.tr("in the last %1 weeks")
                                          .replace("%1", str(len(board.weeks))))
