"""The accounts screen: instant text filter, sort by any column, column chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.accounts_model import COL_NAME, COL_REVENUE, AccountsModel
from relbeheer.ui.views.list_page import ListPage


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
