"""Recording or correcting a measurement: NPS (0–10), CES (1–7) or CSAT (1–10)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit

from relbeheer.core.domain import MEASUREMENT_RANGES, MeasurementKind
from relbeheer.core.summaries import ContactSummary, MeasurementSummary
from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import FormDialog
from relbeheer.ui.forms.fields import ChoiceCombo, DateField, EnumCombo, NumberField


class MeasurementForm(FormDialog):
    changes = frozenset({"measurements"})

    def __init__(self, ctx: UiContext, account_id: str, measurement: MeasurementSummary | None = None,
                 contacts: Sequence[ContactSummary] = (), parent=None):
        super().__init__(ctx, account_id, measurement.id if measurement else None, parent)
        self.setWindowTitle(self.tr("Edit measurement") if measurement else self.tr("New measurement"))
        lang = self.lang
        kind = self.add_field("kind", self.tr("&Kind"), EnumCombo(MeasurementKind, lang))
        self.add_field("date", self.tr("&Date"), DateField(lang))
        self.add_field("score", self.tr("Sc&ore"), NumberField(lang=lang))
        people = [(c.id, c.name) for c in contacts]
        self.add_field("contact_id", self.tr("&Contact"), ChoiceCombo(people, blank=self.tr("— the account —")))
        self.add_field("comment", self.tr("Co&mment"), QLineEdit())
        kind.currentIndexChanged.connect(self._show_range)

        if measurement is not None:
            kind.set_value(measurement.kind)
            self.field("date").set_value(measurement.date)
            self.field("score").set_value(measurement.score)
            self.field("contact_id").set_value(measurement.contact_id)
            self.field("comment").setText(measurement.comment)
        self._show_range()
        self.finish()

    def _show_range(self) -> None:
        """The placeholder tells which scale the chosen kind uses."""
        code = self.field("kind").value()
        if code in {k.value for k in MeasurementKind}:
            lo, hi = MEASUREMENT_RANGES[MeasurementKind(code)]
            scale = self.tr("%1 to %2").replace("%1", str(lo)).replace("%2", str(hi))
            self.field("score").setPlaceholderText(scale)

    def input_errors(self) -> dict[str, str]:
        return {} if self.field("score").is_valid() else {"score": self.tr("Not a valid number.")}

    def values(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "kind": self.field("kind").value(),
            "date": self.field("date").value(),
            "score": self.field("score").value(),
            "contact_id": self.field("contact_id").value(),
            "comment": self.field("comment").text().strip(),
        }

    def persist(self, values: dict[str, Any]) -> str:
        return self.ctx.services.records.save_measurement(values, self.record_id, lang=self.lang)
