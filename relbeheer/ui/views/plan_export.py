"""Printing from the app: "Export plan…" on the account page, "Account review…" in the menu.

Both run on the task runner's worker (the window never freezes); a review shows a
progress dialog whose Cancel stops the batch after the plans already being drawn.
File and option dialogs are class methods that tests replace (``ask``), so no
test ever waits on a native file dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relbeheer.core.labels import label_of
from relbeheer.core.plan_files import slug
from relbeheer.core.review import SEVERITIES, ReviewFilters
from relbeheer.ui.context import UiContext
from relbeheer.ui.tasks import TaskCancelled


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanExport", text)


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class PlanFileDialog:
    """Where to save; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Export account plan"), str(suggested),
                                              tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    @classmethod
    def ask_folder(cls, parent: QWidget, suggested: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, tr("Folder for the account plans"), str(suggested))
        return Path(name) if name else None


def export_plan(parent: QWidget, ctx: UiContext, account_id: str, account_name: str,
                done=None):
    """Ask where, then write the plan on the worker; ``done(path or None, error text)``."""
    target = PlanFileDialog.ask(parent, _documents() / f"{tr('account-plan')}-{slug(account_name)}.pdf")
    if target is None:
        return None
    services, lang, as_of = ctx.services, ctx.lang, ctx.as_of

    def failed(exc, _tb) -> None:
        if done:
            done(None, str(exc))

    return ctx.runner.run(
        lambda: services.plans.write_plan(account_id, target, lang=lang, as_of=as_of),
        on_success=lambda path: done and done(path, ""),
        on_failure=failed,
    )


@dataclass
class ReviewChoice:
    filters: ReviewFilters
    split: bool  # one file per account in a folder, instead of one PDF


class ReviewDialog(QDialog):
    """Filters (owner, team, region, tier, severity) and the kind of output."""

    def __init__(self, owners: list[dict], parent: QWidget | None = None, lang: str = "en"):
        super().__init__(parent)
        self.setWindowTitle(tr("Account review"))
        self.owner = self._combo(sorted({o["name"] for o in owners if o.get("name")}))
        self.team = self._combo(sorted({o["team"] for o in owners if o.get("team")}))
        self.region = self._combo(sorted({o["region"] for o in owners if o.get("region")}))
        self.tier = self._combo(["A", "B", "C"])
        self.severity = QComboBox()
        self.severity.addItem(tr("(all)"), "")
        for code in SEVERITIES[1:]:
            self.severity.addItem(tr("at least %1").replace("%1", label_of("Severity", code, lang)), code)
        self.one_pdf = QRadioButton(tr("One PDF: summary, contents and every plan"))
        self.per_account = QRadioButton(tr("A folder with one PDF per account"))
        self.one_pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_pdf)
        group.addButton(self.per_account)
        form = QFormLayout()
        form.addRow(tr("Account manager"), self.owner)
        form.addRow(tr("Team"), self.team)
        form.addRow(tr("Region"), self.region)
        form.addRow(tr("Tier"), self.tier)
        form.addRow(tr("Severity"), self.severity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create review…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.one_pdf)
        layout.addWidget(self.per_account)
        layout.addWidget(buttons)

    @staticmethod
    def _combo(values: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(tr("(all)"), "")
        for value in values:
            combo.addItem(value, value)
        return combo

    def choice(self) -> ReviewChoice:
        return ReviewChoice(
            ReviewFilters(owner=self.owner.currentData(), team=self.team.currentData(),
                          region=self.region.currentData(), tier=self.tier.currentData(),
                          severity=self.severity.currentData()),
            split=self.per_account.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget, owners: list[dict], lang: str = "en") -> ReviewChoice | None:
        dialog = cls(owners, parent, lang)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_review(parent: QWidget, ctx: UiContext, done=None) -> None:
    """File > Account review…: read the owners, ask the options and where, then run."""
    ctx.runner.run(ctx.services.records.owners,
                   on_success=lambda owners: _ask_and_run(parent, ctx, owners, done),
                   on_failure=lambda exc, _tb: QMessageBox.warning(parent, tr("Account review"), str(exc)))


def _ask_and_run(parent: QWidget, ctx: UiContext, owners: list[dict], done) -> None:
    choice = ReviewDialog.ask(parent, owners, ctx.lang)
    if choice is None:
        return
    if choice.split:
        target = PlanFileDialog.ask_folder(parent, _documents())
    else:
        target = PlanFileDialog.ask(parent, _documents() / f"{tr('account-review')}.pdf")
    if target is not None:
        run_review(parent, ctx, choice, target, done)


def run_review(parent: QWidget, ctx: UiContext, choice: ReviewChoice, target: Path,
               done=None):
    """Write the review with a progress dialog; Cancel stops it. ``done(message)`` at the end."""
    services, lang, as_of = ctx.services, ctx.lang, ctx.as_of
    dialog = QProgressDialog(tr("Preparing the account review…"), tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr("Account review"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def work(progress):
        if choice.split:
            result = services.plans.write_split(choice.filters, target, lang=lang, as_of=as_of,
                                                progress=progress)
            return tr("%1 account plans written to %2").replace("%1", str(len(result.files))).replace(
                "%2", str(result.directory))
        review = services.plans.write_review(choice.filters, target, lang=lang, as_of=as_of,
                                             progress=progress)
        return tr("Account review of %1 accounts written to %2").replace(
            "%1", str(review.total.accounts)).replace("%2", str(target))

    def progressed(done_n: int, total: int, what: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done_n, total))
        dialog.setLabelText(what)

    def finish(message: str) -> None:
        dialog.close()
        dialog.deleteLater()
        if done:
            done(message)

    def failed(exc, _tb) -> None:
        if isinstance(exc, TaskCancelled):
            finish(tr("Account review cancelled"))
        else:
            finish(tr("Account review failed: %1").replace("%1", str(exc)))

    task = ctx.runner.run(work, on_success=finish, on_failure=failed, on_progress=progressed)
    # A lambda, not the bound method: PySide ties a bound-method slot to the Task's
    # wrapper and disconnects it when the pool thread deletes the Task — from that
    # thread, taking Qt's connection lock and then waiting for the GIL while the UI
    # thread (holding the GIL) closes the dialog and waits for that lock: a deadlock
    # seen in CI. The lambda keeps the Task alive until the dialog goes.
    dialog.canceled.connect(lambda: task.cancel())
    dialog.show()
    return task, dialog
