"""Wizard page 2 for a vCard or calendar file: what the import would do, before it does it.

One row per contact (name, organisation and the account it would go to, e-mail,
phone) or per meeting (date, subject, kind, account found through the attendees'
e-mail, attendees), with the counts above. The services work it out with the
importer's own matching in a transaction that is rolled back (nothing is
written); that reads the whole file and the directory, so it runs on the
TaskRunner. A file that cannot be read is one line naming the file and the
line, and Import stays disabled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWizard, QWizardPage

from relbeheer.ui.import_wizard.models import alive, set_status
from relbeheer.ui.import_wizard.preview_models import CardsModel, MeetingsModel
from relbeheer.ui.safety.texts import error_text

WIDE = 1180  # pixels: the wizard's width on this page when the screen has room
MAX_COLUMN = 280  # pixels; a long attendee list must not push the outcome out of sight
UNCHANGED = "contacts already present (unchanged)"


def _whole(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "nl" else text


def _capped(widths: list[int], room: int, least: int = 60) -> list[int]:
    """``widths`` with the widest cut to one cap so that they fill ``room`` at most."""
    if sum(widths) <= room:
        return widths
    cap = max(widths)
    while cap > least and sum(min(w, cap) for w in widths) > room:
        cap -= 4
    return [min(w, cap) for w in widths]


class FilePreviewPage(QWizardPage):
    def __init__(self, state, ctx, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, ctx
        self.setObjectName("FilePreviewPage")
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._request = 0
        self._ok = False
        self.preview = None

    def initializePage(self) -> None:
        lang = self.ctx.lang
        if self.state.kind == "vcard":
            self.setTitle(self.tr("Check the contacts"))
            self.setSubTitle(self.tr("The contacts in the file and the account each one goes "
                                     "to. Grey rows are not imported."))
            self.model = CardsModel(lang, self)
        else:
            self.setTitle(self.tr("Check the meetings"))
            self.setSubTitle(self.tr("The meetings in the file, the kind of touchpoint each "
                                     "becomes and the account found through the attendees' "
                                     "e-mail. Grey rows are not imported."))
            self.model = MeetingsModel(lang, self)
        self.table.setModel(self.model)
        self._widen()
        self.hint.setText(self.tr("Nothing has been written yet: that happens when you choose "
                                  "Import."))
        self._load()

    def _load(self) -> None:
        self._request += 1
        request = self._request
        self._ok = False
        self.preview = None
        self.completeChanged.emit()
        self.status.setToolTip("")
        set_status(self.status, self.tr("Reading the file…"))
        path, kind, lang = self.state.path, self.state.kind, self.ctx.lang
        exchange = self.ctx.services.exchange

        def work():
            if kind == "vcard":
                return exchange.preview_vcard(path, lang=lang)
            return exchange.preview_ics(path)

        self.ctx.runner.run(
            work,
            on_success=alive(self, lambda p: request == self._request and self._show(p)),
            on_failure=alive(self, lambda exc, _tb: request == self._request
                             and self._failed(exc)))

    def _show(self, preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self._fit_columns()
        text = self.cards_text(preview) if preview.kind == "vcard" else self.meetings_text(preview)
        set_status(self.status, text)
        self._ok = True
        self.completeChanged.emit()

    def _widen(self) -> None:
        """Six columns of names and addresses need more than the wizard's 900 pixels; grow
        the window (never past the screen) rather than cut every cell short."""
        wizard = self.wizard()
        if wizard is None or wizard.width() >= WIDE:
            return
        screen = wizard.screen().availableGeometry() if wizard.screen() else None
        width = min(WIDE, screen.width() - 40) if screen else WIDE
        if width > wizard.width():
            wizard.resize(width, wizard.height())

    def _fit_columns(self) -> None:
        """Every column in view without scrolling sideways and the last (what happens) whole:
        when the contents are wider than the table, the widest columns (attendees, e-mail)
        give up width first, so a date or a kind stays readable."""
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        widths = [min(max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col)),
                      MAX_COLUMN) for col in range(count)]
        room = self.table.viewport().width() - 2 - widths[-1]
        widths[:-1] = _capped(widths[:-1], room)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)

    def cards_text(self, preview) -> str:
        lang = self.ctx.lang
        unchanged = preview.report.skipped[UNCHANGED]
        parts = [self.tr("Contacts in the file: %1").replace(
            "%1", _whole(len(preview.rows), lang))]
        for template, n in ((self.tr("new: %1"), preview.new_records),
                            (self.tr("to update: %1"), preview.counts["updated"]),
                            (self.tr("already there: %1"), unchanged),
                            (self.tr("without an organisation (skipped): %1"),
                             preview.counts["no_organisation"]),
                            (self.tr("without a name (skipped): %1"), preview.counts["no_name"]),
                            (self.tr("new accounts: %1"), preview.new_accounts)):
            if n:
                parts.append(template.replace("%1", _whole(n, lang)))
        return "; ".join(parts) + "."

    def meetings_text(self, preview) -> str:
        lang = self.ctx.lang
        new = preview.counts["meetings_new"]
        parts = [self.tr("Meetings in the file: %1").replace("%1", _whole(len(preview.rows), lang)),
                 self.tr("to import: %1").replace("%1", _whole(new, lang)),
                 self.tr("skipped: %1").replace("%1", _whole(len(preview.rows) - new, lang))]
        if preview.new_records > new:  # one meeting with two customers: a touchpoint each
            parts.append(self.tr("touchpoints: %1").replace(
                "%1", _whole(preview.new_records, lang)))
        return "; ".join(parts) + "."

    def _failed(self, exc: Exception) -> None:
        self.model.set_rows([])
        self.hint.setText("")
        # An unreadable file is named with its line and the reader's words in the
        # user's language (error_text): the same sentence as on the other pages.
        path = getattr(exc, "path", None)
        if path is not None:
            self.status.setToolTip(str(path))
        set_status(self.status, error_text(exc, self.ctx.lang), error=True)
        self._ok = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ok
