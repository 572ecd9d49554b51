"""Creating or editing an account: name, tier, kind, owner, where it is, cadence override."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from relbeheer.core.domain import Account, AccountKind, Tier
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import ChoiceCombo, EnumCombo, NumberField

_TEXT_FIELDS = ("name", "sector", "region", "city", "country", "external_ref")


class AccountForm(FormDialog):
    """Plan notes and goals are edited on the page itself (notes tab), not here."""

    changes = frozenset({"accounts"})

    def __init__(self, ctx: UiContext, account: Account | None = None, owners: list[dict] = (), parent=None):
        super().__init__(ctx, account.id if account else None, account.id if account else None, parent)
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        lang = self.lang
        self.add_field("name", self.tr("&Name"), QLineEdit())
        self.add_field("tier", self.tr("&Tier"), EnumCombo(Tier, lang),
                       self.tr("A strategic, B important, C the rest."))
        self.add_field("kind", self.tr("&Kind"), EnumCombo(AccountKind, lang))
        owner_items = [(o["id"], o["name"]) for o in owners]
        self.add_field("owner_id", self.tr("&Owner"), ChoiceCombo(owner_items, blank=self.tr("— nobody —")))
        self.add_field("sector", self.tr("S&ector"), QLineEdit())
        self.add_field("region", self.tr("&Region"), QLineEdit())
        self.add_field("city", self.tr("C&ity"), QLineEdit())
        self.add_field("country", self.tr("Co&untry"), QLineEdit())
        self.add_field("employees", self.tr("E&mployees"), NumberField(integer=True, lang=lang))
        self.add_field("annual_revenue", self.tr("Annual re&venue"), NumberField(self.tr("in euros"), lang=lang))
        self.add_field(
            "cadence_days",
            self.tr("Ca&dence (days)"),
            NumberField(self.tr("tier default"), integer=True, lang=lang),
            self.tr("Days between visits or calls; empty: as its tier."),
        )
        self.add_field("external_ref", self.tr("E&xternal ref."), QLineEdit())
        if account is not None:
            self._fill(account)
        self.finish()

    def _fill(self, account: Account) -> None:
        for name in _TEXT_FIELDS:
            self.field(name).setText(getattr(account, name) or "")
        self.field("tier").set_value(account.tier.value)
        self.field("kind").set_value(account.kind.value)
        self.field("owner_id").set_value(account.owner_id)
        self.field("employees").set_value(account.employees)
        self.field("annual_revenue").set_value(account.annual_revenue)
        self.field("cadence_days").set_value(account.cadence_days)

    def input_errors(self) -> dict[str, str]:
        return {
            name: self.tr("Not a valid number.")
            for name in ("employees", "annual_revenue", "cadence_days")
            if not self.field(name).is_valid()
        }

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self.field(name).text().strip() for name in _TEXT_FIELDS}
        values.update(
            tier=self.field("tier").value(),
            kind=self.field("kind").value(),
            owner_id=self.field("owner_id").value(),
            employees=self.field("employees").value(),
            annual_revenue=self.field("annual_revenue").value(),
            cadence_days=self.field("cadence_days").value(),
        )
        return values

    def persist(self, values: dict[str, Any]) -> str:
        return self.ctx.services.records.save_account(values, self.record_id, lang=self.lang)

    def changed_account(self, saved_id: str) -> str | None:
        return saved_id
