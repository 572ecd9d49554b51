"""Wizard page 4: the import itself, on the worker, with a progress bar and Cancel.

The window never waits for the file: the import runs through the TaskRunner and
reports progress by signal. Cancel asks the task to stop; the importer then
rolls its one transaction back, so a cancelled import leaves nothing behind.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from relbeheer.core.exchange.report_words import table_word
from relbeheer.ui.import_wizard.models import alive, set_status
from relbeheer.ui.safety.texts import error_text
from relbeheer.ui.tasks import TaskCancelled

CHANGED = {"accounts", "contacts", "touchpoints", "purchases", "products"}


class RunPage(QWizardPage):
    finished = Signal(bool)  # True when the import succeeded

    def __init__(self, state, ctx, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, ctx
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("A backup is made first; then every row is checked before "
                                 "anything is written, in one go."))
        self.phase = QLabel(self.tr("Starting…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Stop import"))
        # Not the dialog's default button: Enter must never stop an import by accident.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.task = None
        self.running = False
        self.succeeded = False

    def initializePage(self) -> None:
        self.succeeded = False
        self.running = True
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        set_status(self.message, "")
        self.phase.setText(self.tr("Starting…"))
        state, exchange, lang = self.state, self.ctx.services.exchange, self.ctx.lang
        if state.kind == "vcard":
            def work(progress):
                return exchange.import_vcard(state.path, lang=lang, progress=progress)
        elif state.kind == "ics":
            def work(progress):
                return exchange.import_ics(state.path, progress=progress)
        else:
            overrides, mapping = dict(state.overrides), list(state.mapping or [])

            def work(progress):
                return exchange.import_csv(state.path, state.kind, mapping=mapping or None,
                                           lang=lang, progress=progress, **overrides)
        self.task = self.ctx.runner.run(work, on_success=alive(self, self._done),
                                        on_failure=alive(self, self._failed),
                                        on_progress=alive(self, self._progress))
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.running and self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int, what: str) -> None:
        if what == "reading":
            self.phase.setText(self.tr("Reading and checking rows…"))
        elif what.startswith("writing "):
            self.phase.setText(self.tr("Writing %1…").replace(
                "%1", table_word(what.removeprefix("writing "), self.ctx.lang)))
        elif what == "done":
            self.phase.setText(self.tr("Finishing…"))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _done(self, report) -> None:
        self.running = False
        self.succeeded = True
        self.state.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Done."))
        self.ctx.bus.changed.emit(set(CHANGED), None)
        self.completeChanged.emit()
        self.finished.emit(True)

    def _failed(self, exc: Exception, _tb: str) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, TaskCancelled):
            self.phase.setText(self.tr("Stopped."))
            set_status(self.message, self.tr("The import was stopped: nothing was imported."))
        else:
            self.phase.setText(self.tr("The file was not imported; nothing was changed."))
            # A full disk reads as the same translated sentence as in a form (error_text).
            set_status(self.message, error_text(exc, self.ctx.lang), error=True)
        self.completeChanged.emit()
        self.finished.emit(False)

    def isComplete(self) -> bool:
        return self.succeeded
