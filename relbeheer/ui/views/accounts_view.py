"""The accounts screen: instant text filter, sort by any column, column chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.accounts_model import COL_NAME, COL_REVENUE, AccountsModel
from relbeheer.ui.views.list_page import ListPage


FIRST_SCREEN = 200  # rows shown before the whole portfolio is read


class AccountsView(ListPage):
    """Lists every account; Enter or double-click opens one."""

    account_activated = Signal(str)
    settings_key = "accounts"
    stretch_column = COL_NAME
    default_widths = {1: 56, 2: 160, 3: 130, 4: 110, 5: 120, 6: 76, 7: 190, 8: 140}

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(
            ctx,
            AccountsModel(ctx.lang),
            self.tr("Accounts"),
            self.tr("Filter by name, owner, sector, region, city…"),
            parent,
        )
        self.setObjectName("AccountsView")
        self.filter_edit.setAccessibleName(self.tr("Filter accounts"))
        self.table.horizontalHeader().setSortIndicator(COL_REVENUE, Qt.SortOrder.DescendingOrder)
        self.activated.connect(lambda row: self.account_activated.emit(row.id))

    def load_rows(self):
        return self.ctx.services.accounts.summaries(self.ctx.as_of)

    def refresh(self) -> None:
        """On the first load, the accounts with the highest value at once, then every row.

        At 100k accounts reading all rows takes about a second; the first screen
        comes from the attention summary in a few tens of milliseconds.
        """
        if self.model.total_count() == 0:
            accounts, as_of = self.ctx.services.accounts, self.ctx.as_of
            self.ctx.runner.run(lambda: accounts.first_summaries(FIRST_SCREEN, as_of),
                                on_success=self._show_first)
        super().refresh()

    def _show_first(self, rows) -> None:
        if rows and self.model.total_count() == 0:  # the full list has not overtaken it
            self.model.set_rows(rows)
            self.count_label.setText(self.tr("Loading all accounts…"))
            if self.model.rowCount():
                self.table.selectRow(0)

    def count_text(self, shown: int, total: int) -> str:
        lang = self.ctx.lang
        if shown == total:
            return self.tr("%1 accounts").replace("%1", fmt.number(total, lang))
        return (
            self.tr("%1 of %2 accounts")
            .replace("%1", fmt.number(shown, lang))
            .replace("%2", fmt.number(total, lang))
        )

    def selected_account_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None
