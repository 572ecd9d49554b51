"""Wizard page 2 (CSV): the first rows as the importer reads them, and how it read them.

Encoding, delimiter, date format and decimal mark are detected; each can be
corrected, and the preview is read again (on the worker: no file work here).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from relbeheer.core.exchange.csvformat import DATE_FORMAT_KEYS, DECIMALS, ENCODINGS
from relbeheer.ui.import_wizard.models import PreviewModel, alive, set_status
from relbeheer.ui.safety.texts import error_text


class PreviewPage(QWizardPage):
    def __init__(self, state, ctx, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, ctx
        self.setTitle(self.tr("Check how the file is read"))
        self.setSubTitle(self.tr("The first rows as they will be imported. If letters, columns "
                                 "or dates look wrong, correct the setting below."))
        self.encoding = QComboBox()
        for code, text in ENCODINGS:
            self.encoding.addItem(text, code)
        self.delimiter = QComboBox()
        for code, text in ((";", self.tr("Semicolon ( ; )")), (",", self.tr("Comma ( , )")),
                           ("\t", self.tr("Tab")), ("|", self.tr("Vertical bar ( | )"))):
            self.delimiter.addItem(text, code)
        self.date_format = QComboBox()
        for key in DATE_FORMAT_KEYS:
            self.date_format.addItem(key, key)
        self.decimal = QComboBox()
        for code, text in DECIMALS:
            self.decimal.addItem(text, code)
        grid = QGridLayout()
        for col, (label, combo) in enumerate((
                (self.tr("&Encoding"), self.encoding), (self.tr("&Delimiter"), self.delimiter),
                (self.tr("Da&te format"), self.date_format), (self.tr("&Numbers"), self.decimal))):
            caption = QLabel(label)
            caption.setBuddy(combo)
            grid.addWidget(caption, 0, col)
            grid.addWidget(combo, 1, col)
            combo.activated.connect(self._reload)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._request = 0
        self._ok = False

    def initializePage(self) -> None:
        self.state.overrides = {}
        self._load()

    def _reload(self) -> None:
        self.state.overrides = {"encoding": self.encoding.currentData(),
                                "delimiter": self.delimiter.currentData(),
                                "date_format": self.date_format.currentData(),
                                "decimal": self.decimal.currentData()}
        self._load()

    def _load(self) -> None:
        self._request += 1
        request = self._request
        self._ok = False
        self.completeChanged.emit()
        set_status(self.status, self.tr("Reading the file…"))
        path, kind, overrides = self.state.path, self.state.kind, dict(self.state.overrides)
        self.ctx.runner.run(
            lambda: self.ctx.services.exchange.preview_csv(path, kind, **overrides),
            on_success=alive(self, lambda p: request == self._request and self._show(p)),
            on_failure=alive(self, lambda exc, _tb: request == self._request
                             and self._failed(exc)))

    def _show(self, preview) -> None:
        self.state.preview = preview
        self.state.mapping = None  # the columns may have changed: map again
        fmt = preview.format
        for combo, value in ((self.encoding, fmt.encoding), (self.delimiter, fmt.delimiter),
                             (self.date_format, fmt.date_format), (self.decimal, fmt.decimal)):
            index = combo.findData(value)
            if index < 0:  # an encoding we found that the list lacks (utf-16-le …)
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.model.set_table(preview.header, preview.rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        set_status(self.status, self.tr("%1 columns; the first %2 rows of about %3 lines are "
                                        "shown.")
                   .replace("%1", str(len(preview.header))).replace("%2", str(len(preview.rows)))
                   .replace("%3", f"{preview.total_lines:,}".replace(",", ".")))
        self._ok = bool(preview.rows)
        if not preview.rows:
            set_status(self.status, self.tr("The file has no rows below its header."), error=True)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.model.set_table([], [])
        # "kapot.csv kan niet worden gelezen, regel 3: …" in the user's language; the
        # whole path in the tooltip.
        path = getattr(exc, "path", None)
        self.status.setToolTip(str(path) if path is not None else "")
        set_status(self.status, error_text(exc, self.ctx.lang), error=True)
        self._ok = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ok
