"""Plan notes and goals: free text for the account plan, saved with Ctrl+S.

A refresh of the page (another tab saved something) never overwrites text that
was typed here and not yet saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from relbeheer.core.validation import ValidationError
from relbeheer.ui.context import UiContext
from relbeheer.ui.views.account.common import muted, section_title


class NotesTab(QWidget):
    def __init__(self, ctx: UiContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: str | None = None
        self._saved_text = ("", "")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Plan notes"))
        self.notes.setPlaceholderText(self.tr("Situation, history, who is who, what matters to them…"))
        self.goals = QPlainTextEdit()
        self.goals.setAccessibleName(self.tr("Goals"))
        self.goals.setPlaceholderText(self.tr("What we want to reach with this account this year…"))
        for edit in (self.notes, self.goals):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._update_state)
        self.status = muted()
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setObjectName("Primary")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(section_title(self.tr("Plan notes")), 0, 0)
        grid.addWidget(section_title(self.tr("Goals")), 0, 1)
        grid.addWidget(muted(self.tr("For the account plan: the state of the relationship.")), 1, 0)
        grid.addWidget(muted(self.tr("Concrete and dated, e.g. two staff trainings before June.")), 1, 1)
        grid.addWidget(self.notes, 2, 0)
        grid.addWidget(self.goals, 2, 1)
        grid.setRowStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self._update_state()

    def is_dirty(self) -> bool:
        return (self.notes.toPlainText(), self.goals.toPlainText()) != self._saved_text

    def show_bundle(self, bundle) -> None:
        account = bundle.account
        same = account.id == self.account_id
        self._saved_text = (account.notes or "", account.goals or "")
        if not (same and self.is_dirty()):
            self.notes.setPlainText(self._saved_text[0])
            self.goals.setPlainText(self._saved_text[1])
        self.account_id = account.id
        self._update_state()

    def save(self) -> None:
        if self.account_id is None or not self.is_dirty():
            return
        text = (self.notes.toPlainText(), self.goals.toPlainText())
        account_id, services, lang = self.account_id, self.ctx.services, self.ctx.lang
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

        def done(_id) -> None:
            self._saved_text = text
            self._update_state()
            self.status.setText(self.tr("Saved."))
            self.ctx.bus.changed.emit({"accounts"}, account_id)

        def failed(exc, _tb) -> None:
            self._update_state()
            message = "; ".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
            self.status.setText(self.tr("Not saved: %1").replace("%1", message))
            self._restyle("FieldError")

        self.ctx.runner.run(
            lambda: services.records.save_account({"notes": text[0], "goals": text[1]}, account_id, lang=lang),
            on_success=done,
            on_failure=failed,
        )

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self._restyle("Muted")
        self.status.setText(self.tr("Unsaved changes — Ctrl+S saves.") if dirty else "")

    def _restyle(self, name: str) -> None:
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
