"""Building blocks shared by the account page tabs: tables, record tabs, figure cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relbeheer.ui.context import UiContext
from relbeheer.ui.forms.base import ConfirmDialog, FormDialog
from relbeheer.ui.models.row_model import RowTableModel
from relbeheer.ui.safety.texts import error_text


def make_table(model: RowTableModel, stretch: int | None = None,
               widths: dict[int, int] | None = None) -> QTableView:
    """A read-only, row-selecting, sortable table in the look of the accounts table."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableView, stretch: int | None, cap: int = 170) -> None:
    """Size columns to what they hold (Dutch words and dates are longer), within a cap.

    Qt samples at most ``resizeContentsPrecision`` rows (1000), so this stays cheap
    on long histories. The stretching column takes whatever room is left.
    """
    header = table.horizontalHeader()
    for column in range(header.count()):
        if column == stretch or header.isSectionHidden(column):
            continue
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(cap, table.columnWidth(column)))


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    return label


class FigureCard(QFrame):
    """One key figure: a caption, a large value and a muted line of context."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("Card")
        self.caption = muted(caption)
        self.value = QLabel("–")
        self.value.setObjectName("KpiValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value or "–")
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)


class RecordTab(QWidget):
    """A toolbar, an optional chart and the table of one kind of the account's records.

    Subclasses say which rows to show (``rows_of``), which form edits a row
    (``form_for``) and how to name a row in the delete question (``describe``).
    The open dialog is kept in ``self.dialog`` (opened non-modally to the app, so
    tests can fill it in) until it closes.
    """

    table_name = ""  # the services' table name, for delete and the change bus

    def __init__(self, ctx: UiContext, model: RowTableModel, *, add_text: str | None = None,
                 filter_text: str | None = None, above: QWidget | None = None,
                 stretch: int | None = None, widths: dict[int, int] | None = None,
                 at_least: dict[int, int] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.bundle = None
        self.dialog: FormDialog | None = None

        self.add_button = QPushButton(add_text) if add_text else None
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.filter_edit = None
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        if self.add_button is not None:
            self.add_button.setObjectName("Primary")
            self.add_button.clicked.connect(self.add)
            toolbar.addWidget(self.add_button)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        self.extra_buttons = QHBoxLayout()
        self.extra_buttons.setSpacing(8)
        toolbar.addLayout(self.extra_buttons)
        toolbar.addStretch(1)
        if filter_text:
            self.filter_edit = QLineEdit()
            self.filter_edit.setPlaceholderText(filter_text)
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.setAccessibleName(filter_text)
            self.filter_edit.setMinimumWidth(300)
            self.filter_edit.textChanged.connect(self.model.set_filter_text)
            toolbar.addWidget(self.filter_edit)

        self.stretch = stretch
        self.at_least = at_least or {}  # columns that matter more than the fitting cap
        self._fitted_for: str | None = None
        self.table = make_table(model, stretch, widths)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        self.empty_label = muted()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected)
        if self.add_button is not None:
            self._shortcut(QKeySequence("Ins"), self.add)
            self._shortcut(QKeySequence.StandardKey.New, self.add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        if above is not None:
            layout.addWidget(above)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.update_buttons()

    def _shortcut(self, keys, slot) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # --- to be filled in -------------------------------------------------------------
    def rows_of(self, bundle) -> list:
        raise NotImplementedError

    def form_for(self, record) -> FormDialog | None:
        """The dialog that edits ``record`` (or adds one when it is None)."""
        raise NotImplementedError

    def describe(self, record) -> str:
        return ""

    def empty_text(self) -> str:
        return ""

    # --- showing ---------------------------------------------------------------------
    def show_bundle(self, bundle) -> None:
        chosen = self.selected()
        self.bundle = bundle
        self.model.set_rows(self.rows_of(bundle))
        if self._fitted_for != bundle.account.id and self.model.rowCount():
            # Once per account, so columns do not jump while the user works.
            fit_columns(self.table, self.stretch)
            for column, width in self.at_least.items():
                self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))
            self._fitted_for = bundle.account.id
        self.select_id(getattr(chosen, "id", None))
        empty = self.model.total_count() == 0
        self.empty_label.setText(self.empty_text())
        self.empty_label.setVisible(empty and bool(self.empty_text()))

    def select_id(self, record_id: str | None) -> None:
        """Keep the selection on the same record across a refresh."""
        for row, record in enumerate(self.model.rows()):
            if record.id == record_id:
                self.table.selectRow(row)
                return

    def selected(self):
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_object(index.row())

    def update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- acting ------------------------------------------------------------------------
    @property
    def account_id(self) -> str | None:
        return self.bundle.account.id if self.bundle else None

    def add(self) -> None:
        if self.bundle is not None:
            self.open_form(self.form_for(None))

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_form(self.form_for(record))

    def open_form(self, dialog: FormDialog | None) -> None:
        if dialog is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or self.account_id is None:
            return
        question = self.tr("Delete %1?").replace("%1", self.describe(record))
        detail = self.tr("It disappears from every list; it can be restored from a backup.")
        if not ConfirmDialog.ask(self, self.tr("Delete"), f"{question}\n\n{detail}", self.tr("Delete")):
            return
        services, table, account_id = self.ctx.services, self.table_name, self.account_id
        self.ctx.runner.run(
            lambda: services.records.delete(table, record.id),
            on_success=lambda _none: self.ctx.bus.changed.emit({table}, account_id),
            on_failure=lambda exc, _tb: self.window().statusBar().showMessage(
                error_text(exc, self.ctx.lang), 8000)
            if hasattr(self.window(), "statusBar") else None,
        )
