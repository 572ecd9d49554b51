"""The accounts screen: instant text filter, sort by any column, column chooser."""

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
from relbeheer.ui.models.accounts_model import COL_NAME, COL_REVENUE, AccountsModel


class AccountsView(QWidget):
    """Lists every account; Enter or double-click opens one."""

    account_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AccountsView")
        self.model = AccountsModel(ctx.lang, self)

        title = QLabel(self.tr("Accounts"))
        title.setObjectName("PageTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, owner, sector, region, city…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter accounts"))
        self.filter_edit.textChanged.connect(self._on_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")

        self.table = QTableView()
        self.table.setModel(self.model)
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
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(COL_REVENUE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)
        self.addAction(find)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        self._restore_columns()

    # --- data ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the rows on the worker thread; the table stays usable meanwhile."""
        as_of = self.ctx.as_of
        self.ctx.runner.run(
            lambda: self.ctx.services.accounts.summaries(as_of),
            on_success=self._show_rows,
        )

    def _show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._update_count()
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def _on_filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        lang = self.ctx.lang
        if shown == total:
            self.count_label.setText(self.tr("%1 accounts").replace("%1", fmt.number(total, lang)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 accounts")
                .replace("%1", fmt.number(shown, lang))
                .replace("%2", fmt.number(total, lang))
            )

    def _activate(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.account_activated.emit(self.model.row_object(row).id)

    def selected_account_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.row_object(row).id if 0 <= row < self.model.rowCount() else None

    # --- column chooser -----------------------------------------------------
    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col, column in enumerate(self.model.columns()):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != COL_NAME)  # the name always stays
            action.toggled.connect(lambda on, c=col: self._set_column_visible(c, on))
        menu.exec(header.mapToGlobal(pos))

    def _set_column_visible(self, col: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not visible)
        self._save_columns()

    def _save_columns(self) -> None:
        QSettings().setValue("accounts/header", self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        state = QSettings().value("accounts/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            for col, width in ((1, 56), (2, 160), (3, 130), (4, 110), (5, 120), (6, 76), (7, 190), (8, 140)):
                self.table.setColumnWidth(col, width)

    def closeEvent(self, event) -> None:  # pragma: no cover - exercised via main window
        self._save_columns()
        super().closeEvent(event)
