"""The dashboard's cards: health, value at stake per owner, touchpoints per week, complaints.

Each card takes the ``Dashboard`` of core.dashboard and shows one part of it; the
page (view.py) only arranges them and loads the data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relbeheer.core import formatting as fmt
from relbeheer.core.dashboard import BANDS, Dashboard, UNSCORED
from relbeheer.core.domain import Binding, Channel
from relbeheer.core.labels import label_of
from relbeheer.ui.models.dashboard_models import ComplaintsModel, OwnerStakeModel
from relbeheer.ui.views.account.charts import BINDING_COLOURS, month_word
from relbeheer.ui.views.account.common import make_table, muted, section_title
from relbeheer.ui.views.account.header import SEVERITY_COLOURS
from relbeheer.ui.views.dashboard.charts import Bar, Legend, RankedBars, Series, StackedBars

BAND_COLOURS = {"red": QColor("#c62828"), "amber": QColor("#ef8f00"), "green": QColor("#2e7d32")}
CHANNEL_COLOURS = {Channel.PERSONAL.value: QColor("#2f6fed"), Channel.DIGITAL.value: QColor("#9fb7e6")}
STAKE_SEVERITIES = ("critical", "high", "medium", "low")
TOP_OWNERS = 8
WIDE_COMPLAINTS = 640  # card width from which the complaints show their account manager


def compact_money(value: float, lang: str) -> str:
    """'€ 232,3 mln' / '€232.3M': a key figure is read at a glance, the tooltip has it exactly."""
    if abs(value) < 1_000_000:
        return fmt.money(value, lang)
    millions = fmt.number(value / 1_000_000, lang, 1)
    return f"€ {millions} mln" if lang == "nl" else f"€{millions}M"


class Card(QFrame):
    """A white card with a title, an optional muted subtitle and a body layout.

    Its size hint is small on purpose: the page shares the width out by stretch
    factors, which a large hint (a table's summed columns) would override.
    """

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def __init__(self, title: str, subtitle: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("Card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 12, 16, 14)
        self.box.setSpacing(6)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.title = section_title(title)
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        self.box.addLayout(self.header)
        self.subtitle = muted(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.box.addWidget(self.subtitle)


class HealthPanel(Card):
    """Red / amber / green counts above a histogram of health scores split by band."""

    def __init__(self, lang: str, parent=None):
        super().__init__(self.tr("Health of the relationships"), parent=parent)
        self.lang = lang
        self.counts: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        names = {"red": self.tr("Red"), "amber": self.tr("Amber"), "green": self.tr("Green")}
        for band in BANDS:
            swatch = QLabel("●")
            swatch.setStyleSheet(f"color: {BAND_COLOURS[band].name()}; font-size: 11pt;")
            count = QLabel("–")
            count.setObjectName("BandCount")
            name = muted(names[band])
            row.addWidget(swatch)
            row.addWidget(count)
            row.addWidget(name)
            row.addSpacing(10)
            self.counts[band] = count
        row.addStretch(1)
        self.box.addLayout(row)
        self.chart = StackedBars(lambda v: fmt.number(v, lang), self.tr("Accounts by health score"))
        self.chart.show_legend = False  # the counts above are the legend
        self.chart.label_gap = 6  # short numbers: every bin keeps its label
        self.box.addWidget(self.chart, 1)

    def show_dashboard(self, board: Dashboard) -> None:
        dist, lang = board.health, self.lang
        for band, label in self.counts.items():
            label.setText(fmt.number(dist.bands.get(band, 0), lang))
        unscored = dist.bands.get(UNSCORED, 0)
        mean = "–" if dist.mean is None else fmt.number(dist.mean, lang)
        text = self.tr("Average health %1 of 100").replace("%1", mean)
        if unscored:
            text += " · " + self.tr("%1 not assessed yet").replace("%1", fmt.number(unscored, lang))
        self.subtitle.setText(text)
        self.subtitle.show()
        names = {"red": self.tr("Red"), "amber": self.tr("Amber"), "green": self.tr("Green")}
        series = [Series(b, names[b], BAND_COLOURS[b]) for b in BANDS]
        bars = []
        for b in dist.bins:
            lines = [self.tr("Health %1–%2: %3 accounts").replace("%1", str(b.low)).replace("%2", str(b.high))
                     .replace("%3", fmt.number(b.total, lang))]
            lines += [f"{names[k]}: {fmt.number(v, lang)}" for k, v in b.counts.items() if v]
            bars.append(Bar(f"{b.low}", dict(b.counts), "\n".join(lines)))
        self.chart.set_data(series, bars, self.tr("No accounts"))


class StakePanel(Card):
    """Value at stake per account manager: the top ones as bars, all of them in a table."""

    owner_chosen = Signal(str)

    def __init__(self, lang: str, parent=None):
        super().__init__(self.tr("Value at stake per account manager"),
                         self.tr("Annual revenue of the accounts that need attention"), parent=parent)
        self.lang = lang
        # The severity legend sits on the subtitle line: the chart beside the table is narrow.
        self.legend = Legend()
        self.box.removeWidget(self.subtitle)
        line = QHBoxLayout()
        line.addWidget(self.subtitle)
        line.addStretch(1)
        line.addWidget(self.legend)
        self.box.addLayout(line)
        self.chart = RankedBars(lambda v: compact_money(v, lang), self.tr("Value at stake per account manager"))
        self.chart.setToolTip(self.tr("Click a bar to show that account manager only"))
        self.chart.show_legend = False
        self.chart.bar_clicked.connect(lambda owner: self.owner_chosen.emit(str(owner)))
        self.model = OwnerStakeModel(lang, self)
        m = OwnerStakeModel
        self.table = make_table(self.model, stretch=m.COL_OWNER,
                                widths={m.COL_TEAM: 110, m.COL_ACCOUNTS: 78, m.COL_FLAGGED: 84,
                                        m.COL_CRITICAL: 70, m.COL_HEALTH: 92, m.COL_STAKE: 128})
        self.table.setAccessibleName(self.tr("Value at stake per account manager"))
        for column in (m.COL_TEAM, m.COL_ACCOUNTS, m.COL_CRITICAL, m.COL_HEALTH):
            self.table.setColumnHidden(column, True)
        self.table.sortByColumn(m.COL_STAKE, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.chart, 4)
        body.addWidget(self.table, 7)
        self.box.addLayout(body, 1)

    def _activated(self, index) -> None:
        owner = self.model.row_object(index.row()).owner
        if owner:
            self.owner_chosen.emit(owner)

    def show_dashboard(self, board: Dashboard) -> None:
        lang = self.lang
        names = {s: label_of("Severity", s, lang) for s in STAKE_SEVERITIES}
        series = [Series(s, names[s], QColor(SEVERITY_COLOURS[s])) for s in STAKE_SEVERITIES]
        bars = []
        for owner in [o for o in board.owners if o.value_at_stake > 0][:TOP_OWNERS]:
            lines = [owner.owner or self.tr("(no owner)"),
                     self.tr("%1 of %2 accounts need attention").replace("%1", fmt.number(owner.flagged, lang))
                     .replace("%2", fmt.number(owner.accounts, lang))]
            lines += [f"{names[s]}: {fmt.money(owner.by_severity[s], lang)}"
                      for s in STAKE_SEVERITIES if owner.by_severity.get(s)]
            bars.append(Bar(owner.owner or self.tr("(no owner)"), dict(owner.by_severity), "\n".join(lines),
                            key=owner.owner or None))
        self.chart.set_data(series, bars, self.tr("Nothing at stake: every account is fine"))
        self.legend.set_series(series)
        self.model.set_rows(board.owners)
        # Only one owner in view: the table would repeat the bar, the columns say more.
        single = len(board.owners) <= 1
        for column in (OwnerStakeModel.COL_ACCOUNTS, OwnerStakeModel.COL_HEALTH):
            self.table.setColumnHidden(column, not single)


class TouchpointsPanel(Card):
    """Touchpoints per week, stacked by channel or by binding level (a toggle)."""

    def __init__(self, lang: str, parent=None):
        super().__init__(self.tr("Touchpoints per week"), parent=parent)
        self.lang = lang
        self.board: Dashboard | None = None
        self.by_channel = QPushButton(self.tr("Channe&l"))
        self.by_binding = QPushButton(self.tr("&Binding"))
        self.by_channel.setToolTip(self.tr("Personal and digital touchpoints"))
        self.by_binding.setToolTip(self.tr("By binding level: rational, social-emotional and structural"))
        group = QButtonGroup(self)
        segments = QHBoxLayout()
        segments.setSpacing(0)  # one control of two halves
        for button in (self.by_channel, self.by_binding):
            button.setCheckable(True)
            button.setObjectName("Segment")
            group.addButton(button)
            segments.addWidget(button)
        self.header.addLayout(segments)
        self.by_channel.setChecked(True)
        group.buttonToggled.connect(lambda *_: self._draw())
        self.chart = StackedBars(lambda v: fmt.number(v, lang), self.tr("Touchpoints per week"))
        self.box.addWidget(self.chart, 1)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        share = board.personal_share()
        total = sum(w.total for w in board.weeks)
        text = self.tr("%1 touchpoints in %2 weeks").replace("%1", fmt.number(total, self.lang)) \
            .replace("%2", str(len(board.weeks)))
        if share is not None:
            text += " · " + self.tr("%1% personal").replace("%1", str(round(share * 100)))
        self.subtitle.setText(text)
        self.subtitle.show()
        self._draw()

    def _draw(self) -> None:
        board, lang = self.board, self.lang
        if board is None:
            return
        channel = self.by_channel.isChecked()
        if channel:
            series = [Series(c.value, label_of(Channel, c.value, lang), CHANNEL_COLOURS[c.value]) for c in Channel]
        else:
            series = [Series(b.value, label_of(Binding, b.value, lang), BINDING_COLOURS[b.value]) for b in Binding]
        bars = []
        for week in board.weeks:
            values = week.by_channel if channel else week.by_binding
            number = week.week.isocalendar().week
            head = self.tr("Week %1 (from %2): %3").replace("%1", str(number)) \
                .replace("%2", fmt.long_date(week.week, lang)).replace("%3", fmt.number(week.total, lang))
            lines = [head] + [f"{s.label}: {fmt.number(values.get(s.key, 0), lang)}" for s in series]
            label = f"{week.week.day} {month_word(week.week, lang)}"
            bars.append(Bar(label, dict(values), "\n".join(lines)))
        self.chart.set_data(series, bars, self.tr("No touchpoints in these weeks"))


class ComplaintsPanel(Card):
    """Open complaints, the longest waiting first; Enter opens the account."""

    account_activated = Signal(str)

    def __init__(self, lang: str, parent=None):
        super().__init__(self.tr("Open complaints"), parent=parent)
        self.lang = lang
        self.board: Dashboard | None = None
        self.model = ComplaintsModel(lang, parent=self)
        m = ComplaintsModel
        self.table = make_table(self.model, stretch=m.COL_SUBJECT,
                                widths={m.COL_ACCOUNT: 200, m.COL_OWNER: 140, m.COL_OPENED: 92, m.COL_DAYS: 116})
        self.table.setAccessibleName(self.tr("Open complaints"))
        self.table.setToolTip(self.tr("Enter or double-click opens the account"))
        self.table.sortByColumn(m.COL_DAYS, Qt.SortOrder.DescendingOrder)
        self.table.setColumnHidden(m.COL_OPENED, True)  # days open says it; the tooltip has the date
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.empty = muted(self.tr("No open complaints. Good."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.box.addWidget(self.table, 1)
        self.box.addWidget(self.empty, 1)

    def _open(self, index) -> None:
        if index.isValid():
            self.account_activated.emit(self.model.row_object(index.row()).account_id)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._owner_column()

    def _owner_column(self) -> None:
        """The account manager column when the card has room for it and more than one
        account manager is in view; otherwise their name is in the account's tooltip."""
        one_owner = self.board is not None and bool(self.board.scope.owner)
        self.table.setColumnHidden(ComplaintsModel.COL_OWNER, one_owner or self.width() < WIDE_COMPLAINTS)

    def show_dashboard(self, board: Dashboard) -> None:
        lang = self.lang
        self.board = board
        self._owner_column()
        self.model.set_complaints(board.complaints, board.as_of, board.complaint_days or 10**6)
        count = len(board.complaints)
        if count:
            overdue = sum(c.days_open(board.as_of) > (board.complaint_days or 10**6) for c in board.complaints)
            text = self.tr("%1 open, the oldest for %2 days").replace("%1", fmt.number(count, lang)) \
                .replace("%2", fmt.number(board.oldest_complaint_days, lang))
            if overdue and board.complaint_days is not None:
                text += " · " + self.tr("%1 open longer than %2 days").replace("%1", fmt.number(overdue, lang)) \
                    .replace("%2", str(board.complaint_days))
            self.subtitle.setText(text)
        else:
            self.subtitle.setText("")
        self.subtitle.setVisible(bool(count))
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        if count and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))


def kpi_row(*cards: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for card in cards:
        row.addWidget(card, 1)
    return row
