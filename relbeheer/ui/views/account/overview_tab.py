"""Overview tab: key figures, the binding-level balance of the last year, and offers."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from relbeheer.core import formatting as fmt
from relbeheer.core.account_figures import AccountFigures
from relbeheer.core.domain import NpsBand, OfferStatus
from relbeheer.core.labels import label, label_of
from relbeheer.core.timeline import binding_balance
from relbeheer.ui.context import UiContext
from relbeheer.ui.views.account.charts import BalanceBar
from relbeheer.ui.models.record_models import TouchpointsModel
from relbeheer.ui.views.account.common import FigureCard, make_table, muted, section_title

RECENT = 6  # touchpoints on the overview; the timeline tab has them all

RED, AMBER, GREEN = "#c62828", "#b7791f", "#2e7d32"
NPS_COLOURS = {NpsBand.PROMOTER: GREEN, NpsBand.PASSIVE: AMBER, NpsBand.DETRACTOR: RED}
OFFER_COLOURS = {OfferStatus.OPEN: "#2f6fed", OfferStatus.WON: GREEN, OfferStatus.LOST: "#8a96a3"}


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    box = QVBoxLayout(card)
    box.setContentsMargins(18, 14, 18, 16)
    box.setSpacing(8)
    box.addWidget(section_title(title))
    return card, box


class OverviewTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.revenue = FigureCard(self.tr("Revenue, last 12 months"))
        self.last_contact = FigureCard(self.tr("Last personal contact"))
        self.contacts = FigureCard(self.tr("Contacts"))
        self.cases = FigureCard(self.tr("Open service cases"))
        self.nps = FigureCard(self.tr("Latest NPS"))
        figures = QHBoxLayout()
        figures.setSpacing(12)
        for card in (self.revenue, self.last_contact, self.contacts, self.cases, self.nps):
            figures.addWidget(card, 1)

        balance_card, balance_box = _card(self.tr("Binding level, last 12 months"))
        balance_box.addWidget(muted(self.tr(
            "Seed research: about 70% of customers are won on the social-emotional level, 30% rationally.")))
        self.balance = BalanceBar(ctx.lang)
        balance_box.addSpacing(4)
        balance_box.addWidget(self.balance)
        balance_box.addStretch(1)

        offers_card, offers_box = _card(self.tr("Offers"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.offer_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, status in enumerate(OfferStatus):
            dot = QLabel("●")
            dot.setStyleSheet(f"color: {OFFER_COLOURS[status]};")
            name = QLabel(label(status, ctx.lang))
            count, value = QLabel(), QLabel()
            count.setObjectName("OfferCount")
            value.setObjectName("Muted")
            grid.addWidget(dot, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(count, row, 2)
            grid.addWidget(value, row, 3)
            self.offer_labels[status.value] = (count, value)
        grid.setColumnStretch(1, 1)
        offers_box.addLayout(grid)
        offers_box.addStretch(1)

        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(balance_card, 3)
        lower.addWidget(offers_card, 2)

        recent_card, recent_box = _card(self.tr("Latest touchpoints"))
        self.recent_model = TouchpointsModel(ctx.lang, self)
        m = TouchpointsModel
        self.recent = make_table(self.recent_model, stretch=m.COL_NOTE,
                                 widths={m.COL_DATE: 100, m.COL_KIND: 130, m.COL_CONTACTS: 190})
        self.recent.setSortingEnabled(False)
        for column in (m.COL_BINDING, m.COL_CHANNEL, m.COL_SENTIMENT, m.COL_FOLLOW_UP, m.COL_OWNER):
            self.recent.setColumnHidden(column, True)
        self.recent.setFocusPolicy(self.recent.focusPolicy().NoFocus)
        self.recent.setStyleSheet("QTableView { border: none; }")
        self.recent_empty = muted(self.tr("No touchpoints yet."))
        recent_box.addWidget(self.recent)
        recent_box.addWidget(self.recent_empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(figures)
        layout.addLayout(lower)
        layout.addWidget(recent_card, 1)

    def show_bundle(self, bundle) -> None:
        f: AccountFigures = bundle.figures
        lang = self.ctx.lang
        purchases = self.tr("%1 purchases in total").replace("%1", fmt.number(len(bundle.purchases), lang))
        self.revenue.show_value(fmt.money(f.revenue_12m, lang), purchases)
        if f.last_personal_contact is None:
            self.last_contact.show_value(self.tr("never"), self.tr("no visit, call or event recorded"))
        else:
            days = f.days_since_personal
            ago = self.tr("today") if days == 0 else self.tr("1 day ago") if days == 1 else \
                self.tr("%1 days ago").replace("%1", fmt.number(days, lang))
            self.last_contact.show_value(fmt.date(f.last_personal_contact, lang), ago)
        ambassadors = (self.tr("no ambassador yet") if f.ambassadors == 0 else self.tr("1 ambassador")
                       if f.ambassadors == 1 else self.tr("%1 ambassadors").replace("%1", str(f.ambassadors)))
        self.contacts.show_value(fmt.number(f.contacts, lang), ambassadors)
        if f.open_cases:
            oldest = f.oldest_open_case_days or 0
            since = self.tr("oldest opened 1 day ago") if oldest == 1 else \
                self.tr("oldest opened %1 days ago").replace("%1", str(oldest))
            self.cases.show_value(fmt.number(f.open_cases, lang), since, RED)
        else:
            self.cases.show_value("0", self.tr("nothing open"))
        if f.latest_nps is None:
            self.nps.show_value("–", self.tr("not measured yet"))
        else:
            band = f.nps_band
            score = fmt.number(f.latest_nps.score, lang, 0 if float(f.latest_nps.score).is_integer() else 1)
            self.nps.show_value(score, f"{label_of(NpsBand, band, lang)} · {fmt.date(f.latest_nps.date, lang)}",
                                NPS_COLOURS.get(band))
        self.balance.set_balance(binding_balance(bundle.touchpoints, bundle.as_of))
        # The service lists touchpoints newest first.
        self.recent_model.set_rows(bundle.touchpoints[:RECENT])
        self.recent.setVisible(bool(bundle.touchpoints))
        self.recent_empty.setVisible(not bundle.touchpoints)
        for status, (count, value) in self.offer_labels.items():
            totals = f.offers.get(status)
            count.setText(fmt.number(totals.count if totals else 0, lang))
            value.setText(fmt.money(totals.value if totals else 0, lang))
