"""The home screen: which relationships need attention today, and what to do about each.

The attention engine's list by priority (severity colour, health with trend, the
first reason, the next action, value at stake, days since personal contact),
narrowed by owner, team, region, severity and free text — all inside the model,
so a filter is instant on the M demo. Enter opens the account; L or Ctrl+T logs a
touchpoint for it. When a touchpoint is saved only that account is evaluated
again (a few milliseconds) and spliced into the list, so it updates at once.
An empty database gets a friendly start instead of a blank table.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget

from relbeheer.core import formatting as fmt
from relbeheer.core.attention.model import AttentionItem, Severity
from relbeheer.core.attention_list import AttentionFilter, filter_choices, severity_counts, splice
from relbeheer.core.labels import label_of
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.attention_model import (
    COL_ACCOUNT,
    COL_ACTION,
    COL_DAYS,
    COL_HEALTH,
    COL_OWNER,
    COL_REASON,
    COL_SEVERITY,
    COL_TIER,
    COL_VALUE,
    SEVERITY_COLOURS,
    AttentionModel,
    AttentionRow,
)
from relbeheer.ui.views.attention_detail import AttentionDetail
from relbeheer.ui.views.attention_parts import EmptyPanel, HealthDelegate, SeverityDelegate, centred
from relbeheer.ui.views.list_page import ListPage

log = logging.getLogger(__name__)

PAGE_STYLE = """
QLabel#Headline { font-size: 11.5pt; font-weight: 600; color: #1f2a37; }
QLabel#Hint { color: #6b7785; padding-top: 2px; }
QPushButton#SeverityChip { border-radius: 11px; padding: 3px 12px; font-weight: 600; }
QFrame#EmptyCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 10px; }
QLabel#EmptyTitle { font-size: 15pt; font-weight: 600; color: #1f2a37; }
QLabel#EmptyBody { color: #4a5663; font-size: 10.5pt; }
"""

#: which demo the empty state offers: small enough to load in a few seconds
DEMO_SCALE = "S"


class AttentionView(ListPage):
    """The attention list; ``log_requested`` asks the window for the log dialog."""

    account_activated = Signal(str)
    log_requested = Signal(str)  # account id
    import_requested = Signal()
    settings_key = "attention"
    stretch_column = COL_REASON
    default_widths = {COL_SEVERITY: 90, COL_ACCOUNT: 214, COL_TIER: 76, COL_OWNER: 150,
                      COL_HEALTH: 110, COL_VALUE: 104, COL_DAYS: 88}

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(ctx, AttentionModel(ctx.lang), self.tr("Attention"),
                         self.tr("Filter by account, owner, reason, action…"), parent)
        self.setObjectName("AttentionView")
        self.setStyleSheet(PAGE_STYLE)
        self.filter_edit.setAccessibleName(self.tr("Filter the attention list"))
        self._items: list[AttentionItem] = []
        self._rows: dict[str, AttentionRow] = {}
        self._accounts = 0
        self._loaded = False
        self._demo_task = None

        # Reason and next action share what the fixed columns leave, so a 1280 px
        # window needs no sideways scrolling; the card below shows both in full.
        self.table.horizontalHeader().setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(COL_SEVERITY, SeverityDelegate(self.table))
        self.table.setItemDelegateForColumn(COL_HEALTH, HealthDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSortIndicator(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
        if QSettings().value(f"{self.settings_key}/header") is None:
            self.table.horizontalHeader().setSectionHidden(COL_TIER, True)  # team view: via the menu
        self.table.setAccessibleName(self.tr("Accounts that need attention"))
        self.activated.connect(lambda row: self.account_activated.emit(row.id))
        log_key = QShortcut(QKeySequence(Qt.Key.Key_L), self.table)
        log_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        log_key.activated.connect(self._log_selected)
        # Enter in the filter hands over to the list, so filter-then-act needs no mouse.
        self.filter_edit.returnPressed.connect(self.table.setFocus)

        self._build_headline()
        self._build_filters()
        self._build_pages()

    # --- layout -------------------------------------------------------------------
    def _build_headline(self) -> None:
        self.headline = QLabel()
        self.headline.setObjectName("Headline")
        self.chips: dict[Severity, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.headline)
        row.addSpacing(10)
        for severity in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW):
            chip = QPushButton()
            chip.setObjectName("SeverityChip")
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            colour = SEVERITY_COLOURS[severity.label]
            tint = f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, 30)"
            chip.setStyleSheet(
                f"QPushButton#SeverityChip {{ color: {colour.darker(115).name()}; background: {tint};"
                f" border: 1px solid transparent; }}"
                f"QPushButton#SeverityChip:checked {{ color: #ffffff; background: {colour.name()}; }}"
                f"QPushButton#SeverityChip:hover {{ border: 1px solid {colour.name()}; }}"
            )
            chip.toggled.connect(lambda on, s=severity: self._chip_toggled(s, on))
            self.chips[severity] = chip
            row.addWidget(chip)
        row.addStretch(1)
        self.layout().insertLayout(1, row)

    def _build_filters(self) -> None:
        lang = self.ctx.lang
        self.owner_combo = self._combo(self.tr("All owners"), self.tr("Owner"))
        self.team_combo = self._combo(self.tr("All teams"), self.tr("Team"))
        self.region_combo = self._combo(self.tr("All regions"), self.tr("Region"))
        self.severity_combo = self._combo(self.tr("All severities"), self.tr("Severity"))
        for severity in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW):
            self.severity_combo.addItem(label_of("Severity", severity.label, lang), int(severity))
        layout = self.layout()
        layout.removeWidget(self.filter_edit)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.filter_edit, 1)
        for combo in (self.owner_combo, self.team_combo, self.region_combo, self.severity_combo):
            row.addWidget(combo)
        layout.insertLayout(2, row)

    def _combo(self, everyone: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everyone, None)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumWidth(150)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _build_pages(self) -> None:
        """The table, the first-run start and the all-clear share one spot."""
        layout = self.layout()
        layout.removeWidget(self.table)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.start_panel = EmptyPanel(with_actions=True)
        self.start_panel.set_text(
            self.tr("No accounts yet"),
            self.tr("Start with demo data to see how relbeheer points out the relationships that "
                    "need attention, or import your own accounts, contacts and touchpoints."),
        )
        self.start_panel.demo_requested.connect(self.load_demo)
        self.start_panel.import_requested.connect(self.import_requested)
        self.start_panel.cancel_requested.connect(self._cancel_demo)
        self.clear_panel = EmptyPanel(with_actions=False)
        self.pages.addWidget(centred(self.start_panel))
        self.pages.addWidget(centred(self.clear_panel))
        layout.addWidget(self.pages, 1)
        self.detail = AttentionDetail(self.ctx.lang)
        self.detail.open_requested.connect(lambda: self._activate(self.table.currentIndex().row()))
        self.detail.log_requested.connect(self._log_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.detail.show_row(self.selected_row()))
        self.model.modelReset.connect(lambda: self.detail.show_row(self.selected_row()))
        layout.addWidget(self.detail)
        self.hint = QLabel(self.tr("Enter: open the account   ·   L or Ctrl+T: log a touchpoint   ·   "
                                   "Ctrl+F: filter   ·   Ctrl+N: new account"))
        self.hint.setObjectName("Hint")
        layout.addWidget(self.hint)

    # --- loading --------------------------------------------------------------------
    def refresh(self) -> None:
        """The whole list again (start, imports, settings); the engine runs on the worker."""
        services, as_of, lang = self.ctx.services, self.ctx.as_of, self.ctx.lang

        def load():
            listing = services.attention.listing(as_of=as_of)
            return listing.accounts, [AttentionRow.of(item, lang) for item in listing.items]

        self.ctx.runner.run(load, on_success=self._show_listing, on_failure=self._load_failed)

    def apply_change(self, what, account_id) -> None:
        """After a save: one account is evaluated again; anything wider reloads all."""
        if account_id is None or "accounts" in (what or ()):
            self.refresh()
            return
        services, as_of, lang = self.ctx.services, self.ctx.as_of, self.ctx.lang
        self.ctx.runner.run(
            lambda: AttentionRow.of(services.attention.for_account(account_id, as_of), lang),
            on_success=self._show_one,
            on_failure=lambda exc, tb: self._one_failed(account_id, exc, tb),
        )

    def _show_listing(self, result) -> None:
        self._accounts, rows = result
        self._rows = {row.id: row for row in rows}
        self._items = [row.item for row in rows]
        self._loaded = True
        self._fill_choices()
        self._show()

    def _show_one(self, row: AttentionRow) -> None:
        self._rows[row.id] = row
        self._items = splice(self._items, row.item)
        self._show()

    def _one_failed(self, account_id: str, exc: Exception, tb: str) -> None:
        if isinstance(exc, LookupError):  # deleted meanwhile: it leaves the list
            self._rows.pop(account_id, None)
            self._items = [i for i in self._items if i.account_id != account_id]
            self._show()
        else:
            self._load_failed(exc, tb)

    def _load_failed(self, exc: Exception, tb: str) -> None:
        log.error("attention list failed: %s\n%s", exc, tb)
        self.headline.setText(self.tr("The attention list could not be computed: %1").replace("%1", str(exc)))

    def _show(self) -> None:
        """Rows in the engine's order through the current filters, counts, the right page."""
        self._show_rows([self._rows[i.account_id] for i in self._items])
        self._apply_filters()
        self._set_chrome_visible(self._accounts > 0)
        if self._accounts == 0:
            self.pages.setCurrentIndex(1)
        elif not self._items:
            self.clear_panel.set_text(
                self.tr("Nobody needs attention"),
                self.tr("All %1 relationships are within their cadence and show no warning signs.")
                .replace("%1", fmt.number(self._accounts, self.ctx.lang)),
            )
            self.pages.setCurrentIndex(2)
        else:
            self.pages.setCurrentIndex(0)

    def _set_chrome_visible(self, visible: bool) -> None:
        """An empty database shows only the title and the start card, nothing to filter."""
        widgets = [self.headline, self.filter_edit, self.severity_combo, self.detail, self.hint,
                   self.count_label]
        for widget in widgets:
            widget.setVisible(visible)
        if not visible:
            for widget in (*self.chips.values(), self.owner_combo, self.team_combo, self.region_combo):
                widget.hide()

    def _show_rows(self, rows) -> None:
        # Keep the selected account; when it just left the list (a touchpoint was
        # logged), select the row that took its place so the user works down the list.
        selected = self.selected_row()
        current = self.table.currentIndex().row()
        self.model.set_rows(rows)
        if selected is not None:
            for number, row in enumerate(self.model.rows()):
                if row.id == selected.id:
                    self.table.selectRow(number)
                    return
        if self.model.rowCount():
            self.table.selectRow(min(max(current, 0), self.model.rowCount() - 1))

    # --- filters and counts -------------------------------------------------------------
    def _fill_choices(self) -> None:
        choices = filter_choices(self._items)
        for combo, values in ((self.owner_combo, choices.owners), (self.team_combo, choices.teams),
                              (self.region_combo, choices.regions)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)
            combo.setVisible(len(values) > 1 or chosen is not None)

    def current_filter(self) -> AttentionFilter:
        severity = self.severity_combo.currentData()
        return AttentionFilter(self.owner_combo.currentData(), self.team_combo.currentData(),
                               self.region_combo.currentData(),
                               Severity(severity) if severity is not None else None)

    def _apply_filters(self) -> None:
        flt = self.current_filter()
        self.model.set_row_filter(None if flt.is_empty() else (lambda row: flt.matches(row.item)))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_headline(flt)
        self._update_count()

    def _update_headline(self, flt: AttentionFilter) -> None:
        # The counts describe the chosen people and places across all severities,
        # so the chips still say how many a click on them would show.
        scope = AttentionFilter(flt.owner, flt.team, flt.region)
        counts = severity_counts(i for i in self._items if scope.matches(i))
        total = sum(counts.values())
        lang = self.ctx.lang
        self.headline.setText(
            self.tr("%1 relationships need attention").replace("%1", fmt.number(total, lang))
            if total != 1 else self.tr("1 relationship needs attention")
        )
        for severity, chip in self.chips.items():
            chip.setText(f"{fmt.number(counts[severity], lang)}  {label_of('Severity', severity.label, lang).lower()}")
            chip.blockSignals(True)
            chip.setChecked(flt.severity == severity)
            chip.blockSignals(False)
            chip.setVisible(counts[severity] > 0 or flt.severity == severity)

    def _chip_toggled(self, severity: Severity, on: bool) -> None:
        index = self.severity_combo.findData(int(severity)) if on else 0
        self.severity_combo.setCurrentIndex(max(index, 0))

    def count_text(self, shown: int, total: int) -> str:
        lang = self.ctx.lang
        if shown != total:
            return self.tr("%1 of %2 shown").replace("%1", fmt.number(shown, lang)).replace(
                "%2", fmt.number(total, lang))
        return self.tr("of %1 accounts").replace("%1", fmt.number(self._accounts, lang))

    def _on_filter(self, text: str) -> None:
        super()._on_filter(text)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # --- acting on the selection -------------------------------------------------------------
    def selected_account_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def item_for(self, account_id: str | None) -> AttentionItem | None:
        """The engine's current verdict for an account on the list (None when fine)."""
        row = self._rows.get(account_id or "")
        return row.item if row is not None and row.item in self._items else None

    def _log_selected(self) -> None:
        account_id = self.selected_account_id()
        if account_id:
            self.log_requested.emit(account_id)

    # --- first run ---------------------------------------------------------------------------
    def set_import_available(self, available: bool) -> None:
        self.start_panel.set_import_available(available)

    def load_demo(self) -> None:
        """Fill the empty database with the S demo on the worker, with progress."""
        if self._demo_task is not None:
            return
        self.start_panel.set_busy(True)
        lang = self.ctx.lang

        def progress(done: int, total: int, _what: str) -> None:
            self.start_panel.show_progress(done, total, self.tr("%1 of %2 accounts created").replace(
                "%1", fmt.number(done, lang)).replace("%2", fmt.number(total, lang)))

        self._demo_task = self.ctx.runner.run(
            lambda report: self.ctx.services.data.demo(DEMO_SCALE, progress=report),
            on_success=self._demo_loaded, on_failure=self._demo_failed, on_progress=progress,
        )

    def _cancel_demo(self) -> None:
        if self._demo_task is not None:
            self._demo_task.cancel()

    def _demo_loaded(self, _report) -> None:
        self._demo_task = None
        self.start_panel.set_busy(False)
        self.ctx.bus.changed.emit({"accounts", "contacts", "touchpoints", "purchases", "products"}, None)

    def _demo_failed(self, exc: Exception, tb: str) -> None:
        self._demo_task = None
        self.start_panel.set_busy(False)
        if tb:  # an empty traceback means the user cancelled
            log.error("demo data failed: %s\n%s", exc, tb)
            self.start_panel.body.setText(self.tr("The demo data could not be loaded: %1").replace("%1", str(exc)))
