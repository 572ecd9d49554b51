"""Wizard page 5: what the import did, and duplicates offered for merging.

The counts come from the importer's report (added, updated, skipped with the
reason, repairs); reasons are shown in the user's language. Then the records
that look like one account or person are listed, all ticked; "Merge ticked"
merges them on the worker and lists what is left.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from relbeheer.core.exchange.report_words import reason_word, table_word
from relbeheer.ui.import_wizard.models import DuplicatesModel, alive, set_status


class SummaryPage(QWizardPage):
    def __init__(self, state, ctx, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, ctx
        self.setTitle(self.tr("Import finished"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        heading = QLabel(self.tr("Possible duplicates"))
        heading.setObjectName("SectionTitle")
        self.dup_status = QLabel()
        self.dup_status.setWordWrap(True)
        self.model = DuplicatesModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (DuplicatesModel.COL_KIND, DuplicatesModel.COL_REASON):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.merge_button = QPushButton(self.tr("&Merge ticked pairs"))
        self.merge_button.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.dup_status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.summary.setText(self.summary_html(self.state.report))
        self._find()

    def summary_html(self, report) -> str:
        lang = self.ctx.lang

        def items(counter, word) -> list[str]:
            # "relaties: 1" rather than "1 relaties": no plural to get wrong.
            out = []
            for key, n in sorted(counter.items()):
                text = word(key, lang)
                count = f"{n:,}".replace(",", ".") if lang == "nl" else f"{n:,}"
                if n:
                    out.append(f"<li>{escape(text[:1].upper() + text[1:])}: {count}</li>")
            return out

        parts = []
        for title, counter, word in ((self.tr("Added"), report.added, table_word),
                                     (self.tr("Updated"), report.updated, table_word),
                                     (self.tr("Skipped"), report.skipped, reason_word),
                                     (self.tr("Repaired or left out"), report.notes,
                                      reason_word)):
            lines = items(counter, word)
            if lines:
                parts.append(f"<b>{escape(title)}</b><ul style='margin-top:2px'>"
                             + "".join(lines) + "</ul>")
        if not parts:
            return escape(self.tr("Nothing new: everything in the file was already there."))
        return "".join(parts)

    def _find(self) -> None:
        self.merge_button.setEnabled(False)
        set_status(self.dup_status, self.tr("Looking for duplicates…"))
        self.ctx.runner.run(self.ctx.services.exchange.find_duplicates,
                            on_success=alive(self, self._show),
                            on_failure=alive(self, self._failed))

    def _show(self, pairs) -> None:
        self.model.set_rows(pairs)
        self.table.setVisible(bool(pairs))
        self.merge_button.setVisible(bool(pairs))
        self.merge_button.setEnabled(bool(pairs))
        if pairs:
            set_status(self.dup_status, self.tr(
                "These records look like the same account or person. Tick the pairs to merge: "
                "everything of the second moves to the first, the second is removed."))
        else:
            set_status(self.dup_status, self.tr("No duplicates found."))

    def _failed(self, exc: Exception, _tb: str) -> None:
        set_status(self.dup_status, str(exc), error=True)

    def _merge(self) -> None:
        pairs = self.model.checked()
        if not pairs:
            return
        exchange = self.ctx.services.exchange
        self.merge_button.setEnabled(False)
        set_status(self.dup_status, self.tr("Merging…"))

        def work() -> int:
            merged = 0
            for pair in pairs:
                try:  # an earlier pair may already have merged one of these away
                    exchange.merge(pair.keep_id, pair.drop_id)
                    merged += 1
                except ValueError:
                    continue
            return merged

        def done(merged: int) -> None:
            self.ctx.bus.changed.emit({"accounts", "contacts"}, None)
            self._find()

        self.ctx.runner.run(work, on_success=alive(self, done),
                            on_failure=alive(self, self._failed))
