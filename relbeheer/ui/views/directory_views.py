"""The Contacts and Products screens: every contact and every product, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.directory_models import DirectoryContactsModel, ProductsModel
from relbeheer.ui.views.list_page import ListPage


class ContactsView(ListPage):
    """All contacts; Enter opens the contact's account."""

    account_activated = Signal(str)
    settings_key = "contacts"
    default_widths = {1: 220, 2: 120, 3: 160, 4: 110, 5: 110, 6: 220, 7: 120}

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(ctx, DirectoryContactsModel(ctx.lang), self.tr("Contacts"),
                         self.tr("Filter by name, account, role, e-mail…"), parent)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.activated.connect(lambda row: self.account_activated.emit(row.account_id))

    def load_rows(self):
        return self.ctx.services.directory.contacts()

    def count_text(self, shown: int, total: int) -> str:
        lang = self.ctx.lang
        if shown == total:
            return self.tr("%1 contacts").replace("%1", fmt.number(total, lang))
        return (self.tr("%1 of %2 contacts").replace("%1", fmt.number(shown, lang))
                .replace("%2", fmt.number(total, lang)))


class ProductsView(ListPage):
    """The catalogue with how many accounts buy each product and its 12-month revenue."""

    settings_key = "products"
    default_widths = {1: 140, 2: 60, 3: 140, 4: 110, 5: 170, 6: 90, 7: 140}

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(ctx, ProductsModel(ctx.lang), self.tr("Products"),
                         self.tr("Filter by product, series, category…"), parent)
        self.table.horizontalHeader().setSortIndicator(ProductsModel.COL_REVENUE, Qt.SortOrder.DescendingOrder)

    def load_rows(self):
        return self.ctx.services.directory.products(self.ctx.as_of)

    def count_text(self, shown: int, total: int) -> str:
        lang = self.ctx.lang
        if shown == total:
            return self.tr("%1 products").replace("%1", fmt.number(total, lang))
        return (self.tr("%1 of %2 products").replace("%1", fmt.number(shown, lang))
                .replace("%2", fmt.number(total, lang)))
