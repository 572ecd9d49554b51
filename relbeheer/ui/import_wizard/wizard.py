"""File → Import…: choose a file → check how it is read → match columns → import → summary.

CSV files go through every page; a vCard or calendar file has its own preview
(the contacts or meetings found and what the import would do with each) and no
column matching (their fields are fixed). All file and database work runs on
the TaskRunner; the pages only show what comes back. Closing the wizard during an
import stops the import first (it rolls back) and closes when it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard, QWizardPage

from relbeheer.ui.context import UiContext
from relbeheer.ui.import_wizard.file_page import CSV_KINDS, FilePage
from relbeheer.ui.import_wizard.file_preview_page import FilePreviewPage
from relbeheer.ui.import_wizard.mapping_page import MappingPage
from relbeheer.ui.import_wizard.preview_page import PreviewPage
from relbeheer.ui.import_wizard.run_page import RunPage
from relbeheer.ui.import_wizard.summary_page import SummaryPage

FILE, PREVIEW, MAPPING, RUN, SUMMARY, FILE_PREVIEW = range(6)
# The app style colours the default button blue even when it is disabled.
_LOCAL_STYLE = ("QPushButton:default:disabled { background: #ffffff; color: #9aa5b1; "
                "border: 1px solid #dde3ea; }")


@dataclass
class ImportState:
    """What the pages decided so far."""

    path: str = ""
    kind: str = "accounts"
    overrides: dict = field(default_factory=dict)  # encoding, delimiter … the user chose
    preview: object = None  # CsvPreview
    mapping: list | None = None
    report: object = None  # ImportReport


class ImportWizard(QWizard):
    def __init__(self, ctx: UiContext, parent=None, *, path: str = "", kind: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state = ImportState()
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("ImportWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setStyleSheet(_LOCAL_STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage()
        self.preview_page = PreviewPage(self.state, ctx)
        self.file_preview_page = FilePreviewPage(self.state, ctx)
        self.mapping_page = MappingPage(self.state, ctx)
        self.run_page = RunPage(self.state, ctx)
        self.summary_page = SummaryPage(self.state, ctx)
        for page_id, page in ((FILE, self.file_page), (PREVIEW, self.preview_page),
                              (MAPPING, self.mapping_page), (RUN, self.run_page),
                              (SUMMARY, self.summary_page),
                              (FILE_PREVIEW, self.file_preview_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.run_page.finished.connect(self._run_finished)
        self.currentIdChanged.connect(self._page_changed)
        self._close_when_stopped = False
        if path:
            self.file_page.path_edit.setText(path)
        if kind:
            self.file_page.set_kind(kind)
        self.resize(QSize(900, 620))

    def nextId(self) -> int:
        current = self.currentId()
        if current == FILE:
            return PREVIEW if self.file_page.kind() in CSV_KINDS else FILE_PREVIEW
        return {PREVIEW: MAPPING, MAPPING: RUN, FILE_PREVIEW: RUN, RUN: SUMMARY}.get(current, -1)

    def validateCurrentPage(self) -> bool:
        if self.currentId() == FILE:
            self.state.path = self.file_page.path()
            self.state.kind = self.file_page.kind()
            self.state.overrides, self.state.mapping = {}, None
        return super().validateCurrentPage()

    def _page_changed(self, page_id: int) -> None:
        # No way back while the import runs: its pages describe what is being written.
        self.button(QWizard.WizardButton.BackButton).setEnabled(page_id != RUN)

    def _run_finished(self, ok: bool) -> None:
        if self._close_when_stopped:
            super().reject()
            return
        back = self.button(QWizard.WizardButton.BackButton)
        back.setEnabled(not ok)
        if ok:
            self.next()

    def reject(self) -> None:
        """Cancel: during an import, stop it first (it rolls back) and close when it has."""
        if self.run_page.running:
            self._close_when_stopped = True
            self.run_page.cancel()
            return
        super().reject()

    def page_widget(self, page_id: int) -> QWizardPage:
        return self.page(page_id)
