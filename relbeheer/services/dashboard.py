"""The dashboard for directors and account managers: one call, every figure.

Health and value at stake come from the attention summary (one row per account,
kept current by logging touchpoints); when the summary is out of date for today,
it is recomputed first so the dashboard never shows yesterday's verdicts.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from relbeheer.core.dashboard import (
    DEFAULT_WEEKS,
    Dashboard,
    DashboardFilter,
    FilterOptions,
    build_dashboard,
    week_window,
)
from relbeheer.store import dashboard_data


class DashboardService:
    def __init__(self, db: Database, attention=None):
        self._db = db
        self._attention = attention  # AttentionService: keeps the summary current

    def options(self) -> FilterOptions:
        """Owners, teams and regions for the filter pickers."""
        return dashboard_data.filter_options(self._db)

    def load(self, as_of: dt.date | None = None, scope: DashboardFilter | None = None,
             weeks: int = DEFAULT_WEEKS, refresh: bool = True) -> Dashboard:
        """The dashboard of the accounts in ``scope`` (default: all) as of a day.

        With ``refresh=False`` a stale attention summary is read as it is and the
        result says so (``current``): a screen can show it at once and ask again
        with ``refresh=True``, since recomputing 100k accounts takes a while.
        """
        day = as_of or dt.date.today()
        scope = scope or DashboardFilter()
        current = self.ensure_current(day) if refresh else self.is_current(day)
        since, until = week_window(day, weeks)
        board = build_dashboard(
            day,
            scope,
            dashboard_data.health_cells(self._db, scope),
            dashboard_data.touchpoint_cells(self._db, since, until, scope),
            dashboard_data.open_complaints(self._db, day, scope),
            weeks=weeks,
        )
        board.current = current
        if self._attention is not None:
            board.complaint_days = self._attention.settings().complaint_days
        return board

    def is_current(self, as_of: dt.date) -> bool:
        """Whether the attention summary describes the data as of ``as_of``."""
        if self._attention is None or as_of != dt.date.today():
            return True  # nothing to compare with: the summary is read as it is
        return self._attention.summary_is_current()

    def ensure_current(self, as_of: dt.date) -> bool:
        """Recompute the attention summary when it does not describe today's data.

        Only for today: the summary holds one state, today's; a dashboard of an
        earlier day reads it as it is rather than rewriting it. Returns True.
        """
        if not self.is_current(as_of):
            self._attention.refresh(as_of)
        return True
