"""A full-page list: title, instant filter, count, sortable table, column chooser.

Accounts, Contacts and Products are the same screen over different models; this
base keeps their behaviour (Ctrl+F, Enter opens, remembered columns) identical.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relbeheer.core import formatting as fmt
from relbeheer.ui.context import UiContext
from relbeheer.ui.models.row_model import RowTableModel


class ListPage(QWidget):
    """Subclasses set the model, texts and ``load_rows``; Enter emits ``activated``."""

    activated = Signal(object)  # the row object

    settings_key = "list"
    stretch_column = 0
    default_widths: dict[int, int] = {}

    def __init__(self, ctx: UiContext, model: RowTableModel, title: str, placeholder: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        model.setParent(self)

        self.title_label = QLabel(title)
        self.title_label.setObjectName("PageTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(placeholder)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)
        self.addAction(find)

        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.title_label)
        self.top_bar.addStretch(1)
        self.top_bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        self._restore_columns()

    # --- to override ----------------------------------------------------------
    def load_rows(self):
        """Runs on the worker thread: return the rows to show."""
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        return f"{fmt.number(shown, self.ctx.lang)} / {fmt.number(total, self.ctx.lang)}"

    # --- data -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload on the worker thread; the table stays usable meanwhile."""
        self.ctx.runner.run(self.load_rows, on_success=self._show_rows)

    def _show_rows(self, rows) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        self._update_count()
        self._reselect(selected)
        if not self._fitted and rows:
            self._fit_columns()

    # Widths a column may take when fitted to its header and first rows: fixed
    # widths fitted English headers only ("Gezondheid", "Ambassadeur" were cut off).
    MIN_WIDTH, MAX_WIDTH = 60, 280

    def _fit_columns(self) -> None:
        """Size every column but the stretching one to its header and contents, once."""
        self._fitted = True
        for col in range(self.model.columnCount()):
            if col == self.stretch_column:
                continue
            self.table.resizeColumnToContents(col)
            width = self.table.columnWidth(col) + 12
            self.table.setColumnWidth(col, max(self.MIN_WIDTH, min(self.MAX_WIDTH, width)))
        self._leave_room_for_names()

    NAME_ROOM = 240  # the stretching (name) column must stay readable

    def _leave_room_for_names(self) -> None:
        """Shrink the other columns (never below their header) until the names have room.

        A stretching column only gets what the others leave over; at 1280 px the
        fitted columns alone can be wider than the table, which squeezed the account
        names to a few pixels. Long sectors and cities elide ("…") instead.
        """
        header = self.table.horizontalHeader()
        others = [c for c in range(self.model.columnCount())
                  if c != self.stretch_column and not header.isSectionHidden(c)]
        available = self.table.viewport().width() or self.width() - 60
        excess = sum(self.table.columnWidth(c) for c in others) + self.NAME_ROOM - available
        if excess <= 0:
            return
        # never narrower than the column's own header text (plus its padding)
        metrics = header.fontMetrics()
        floor = {c: max(self.MIN_WIDTH, metrics.horizontalAdvance(self.model.columns()[c].header) + 22)
                 for c in others}
        shrinkable = {c: max(0, self.table.columnWidth(c) - floor[c]) for c in others}
        total = sum(shrinkable.values()) or 1
        for col, slack in shrinkable.items():
            cut = min(slack, round(excess * slack / total))
            self.table.setColumnWidth(col, self.table.columnWidth(col) - cut)

    def _reselect(self, selected) -> None:
        if selected is not None:
            key = getattr(selected, "id", None)
            for row, obj in enumerate(self.model.rows()):
                if getattr(obj, "id", None) == key:
                    self.table.selectRow(row)
                    return
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount(), self.model.total_count()))

    def _activate(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.activated.emit(self.model.row_object(row))

    def selected_row(self):
        row = self.table.currentIndex().row()
        return self.model.row_object(row) if 0 <= row < self.model.rowCount() else None

    # --- column chooser -----------------------------------------------------------
    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col, column in enumerate(self.model.columns()):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != self.stretch_column)  # the name column always stays
            action.toggled.connect(lambda on, c=col: self._set_column_visible(c, on))
        menu.exec(header.mapToGlobal(pos))

    def _set_column_visible(self, col: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not visible)
        self.save_columns()

    def save_columns(self) -> None:
        QSettings().setValue(f"{self.settings_key}/header", self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        """The user's own widths when saved; else fitted to the first rows that arrive."""
        self._fitted = False
        state = QSettings().value(f"{self.settings_key}/header")
        if state is not None and self.table.horizontalHeader().restoreState(state):
            self._fitted = True
            return
        for col, width in self.default_widths.items():
            self.table.setColumnWidth(col, width)
