"""The edit-form base: fields with their error message in place, save on the worker thread.

Every edit dialog of the account page is a ``FormDialog``. What it guarantees, so each
form only lists its fields:

* a validation problem is shown under its own field (label ``FieldError``, field
  property ``invalid=true``) and the dialog stays open with everything as typed;
* Enter (or Ctrl+Enter inside a multi-line note) saves, Esc cancels;
* labels carry mnemonics and are buddies of their fields; tab order follows the form;
* the save runs through the ``TaskRunner`` (never SQL here), then the change bus is told;
* a save the disk refused (full, I/O error) is one translated line above the buttons,
  the dialog stays open and nothing was written (the services roll back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from relbeheer.core.validation import ValidationError
from relbeheer.ui.context import UiContext
from relbeheer.ui.safety.texts import error_text

# The application style sheet marks invalid line edits, combos and dates; notes too.
_LOCAL_STYLE = 'QPlainTextEdit[invalid="true"] { border: 1px solid #c62828; }'


class ConfirmDialog:
    """Asking "are you sure?"; one class method so tests can monkeypatch the answer."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not delete
        box.exec()
        return box.clickedButton() is confirm


class _Field:
    def __init__(self, name: str, widget: QWidget, label: QLabel, error: QLabel):
        self.name, self.widget, self.label, self.error = name, widget, label, error


class FormDialog(QDialog):
    """A dialog of labelled fields that saves through the services and reports per field."""

    saved = Signal(str)
    #: what the change bus announces after a save ({"contacts"} …)
    changes: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, account_id: str | None, record_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.account_id = account_id
        self.record_id = record_id
        self.saved_id: str | None = None
        self._fields: dict[str, _Field] = {}
        self._busy = False
        self.setStyleSheet(_LOCAL_STYLE)
        self.setMinimumWidth(480)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.general_error = QLabel()
        self.general_error.setObjectName("FieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter in a multi-line note adds a line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # --- building ------------------------------------------------------------------
    def add_field(self, name: str, text: str, widget: QWidget, hint: str = "") -> QWidget:
        """A row: mnemonic label, the field, a muted hint and the (hidden) error beneath."""
        label = QLabel(text)
        label.setBuddy(widget)
        # Centre the label on the field's first line, not on the field plus hint and error:
        # as tall as the field, or as one line edit when the field is taller (a note).
        line = self._line_height()
        height = widget.sizeHint().height()
        label.setFixedHeight(height if height <= line + 8 else line)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("Muted")
            column.addWidget(hint_label)
        error = QLabel()
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, holder)
        self._fields[name] = _Field(name, widget, label, error)
        return widget

    def _line_height(self) -> int:
        if not hasattr(self, "_line"):
            probe = QLineEdit()
            self._line = probe.sizeHint().height()
            probe.deleteLater()
        return self._line

    def add_section(self, widget: QWidget) -> None:
        """A full-width row (a caption or a group of check boxes)."""
        self.form.addRow(widget)

    def finish(self) -> None:
        """Call once the fields are added: tab order follows the form, then Save, Cancel."""
        chain = [f.widget for f in self._fields.values()]
        chain += [self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        if chain:
            chain[0].setFocus()

    def field(self, name: str) -> QWidget:
        return self._fields[name].widget

    # --- to be filled in by each form ----------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as the service expects it."""
        raise NotImplementedError

    def persist(self, values: dict[str, Any]) -> str:
        """Runs on the worker thread: call the service, return the record id."""
        raise NotImplementedError

    def input_errors(self) -> dict[str, str]:
        """Input that cannot even be handed to the service (letters in a number field)."""
        return {}

    def changed_account(self, saved_id: str) -> str | None:
        """The account the change bus should name (a new account's own id)."""
        return self.account_id

    # --- saving ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy:
            return
        self.clear_errors()
        problems = self.input_errors()
        if problems:
            self.show_errors(problems)
            return
        values = self.values()
        self._busy = True
        self.save_button.setEnabled(False)
        self.ctx.runner.run(lambda: self.persist(values), on_success=self._saved, on_failure=self._failed)

    def accept(self) -> None:
        # QDialog's Enter handling calls accept() through the default button; route it
        # through submit so that nothing closes the dialog before the save succeeded.
        if self.saved_id is None:
            self.submit()
        else:
            super().accept()

    def _saved(self, record_id: str) -> None:
        self._busy = False
        self.saved_id = record_id
        self.ctx.bus.changed.emit(set(self.changes), self.changed_account(record_id))
        self.saved.emit(record_id)
        super().accept()

    def _failed(self, exc: Exception, _traceback: str) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            # A full disk or an I/O error (StorageError) in the user's language, the same
            # sentence an import gives; every field keeps what was typed, to save again.
            self.general_error.setText(self.tr("Could not save: %1")
                                       .replace("%1", error_text(exc, self.lang)))
            self.general_error.show()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    # --- messages in place -----------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        unplaced = []
        for name, text in errors.items():
            found = self._fields.get(name)
            if found is None:
                unplaced.append(text)
                continue
            found.error.setText(text)
            found.error.show()
            self._mark(found.widget, True)
            if first is None or list(self._fields).index(name) < list(self._fields).index(first):
                first = name
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
        if first is not None:
            self._fields[first].widget.setFocus()
        # Messages add lines; let the dialog grow rather than squeeze the fields.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def clear_errors(self) -> None:
        for found in self._fields.values():
            found.error.clear()
            found.error.hide()
            self._mark(found.widget, False)
        self.general_error.clear()
        self.general_error.hide()

    def error_text(self, name: str) -> str:
        """The message under a field ('' when none); for tests and accessibility."""
        found = self._fields[name]
        return found.error.text() if found.error.isVisibleTo(self) else ""

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        targets = [widget]
        inner = getattr(widget, "date", None)  # OptionalDateField: colour the date itself
        if isinstance(inner, QWidget):
            targets.append(inner)
        for target in targets:
            target.setProperty("invalid", invalid)
            # A dynamic property only restyles after the style is re-applied.
            target.style().unpolish(target)
            target.style().polish(target)
