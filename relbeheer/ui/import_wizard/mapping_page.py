"""Wizard page 3 (CSV): which column fills which field, mapped automatically, editable.

One row per column of the file: its header, an example value from the first
row, and a choice of field (or "not imported"). A field can be chosen once; the
page is complete when every required field has a column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from relbeheer.core.exchange.fields import fields_of, mapping_problem
from relbeheer.ui.import_wizard.models import set_status

SAMPLE_CHARS = 40


class MappingPage(QWizardPage):
    def __init__(self, state, ctx, parent=None):
        super().__init__(parent)
        self.state, self.ctx = state, ctx
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Recognised columns are matched already (also from Salesforce "
                                 "and HubSpot). Choose a field for the others, or leave them "
                                 "out. Fields marked * are needed."))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        preview = self.state.preview
        mapping = self.state.mapping or list(preview.mapping)
        lang = self.ctx.lang
        fields = fields_of(self.state.kind)
        for col, text in enumerate((self.tr("Column in the file"), self.tr("Example"),
                                    self.tr("Imported as"))):
            head = QLabel(text)
            head.setObjectName("SectionTitle")
            self.grid.addWidget(head, 0, col)
        self.combos = []
        first = preview.rows[0] if preview.rows else []
        for i, title in enumerate(preview.header):
            name = QLabel(title)
            sample_text = " ".join((first[i] if i < len(first) else "").split())
            if len(sample_text) > SAMPLE_CHARS:
                sample_text = sample_text[: SAMPLE_CHARS - 1] + "…"
            sample = QLabel(sample_text)
            sample.setObjectName("Muted")
            sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for f in fields:
                combo.addItem(f.label(lang) + (" *" if f.required else ""), f.name)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i] if i < len(mapping) else None)))
            combo.currentIndexChanged.connect(self._changed)
            name.setBuddy(combo)
            self.grid.addWidget(name, i + 1, 0)
            self.grid.addWidget(sample, i + 1, 1)
            self.grid.addWidget(combo, i + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(preview.header) + 1, 1)
        self._changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _changed(self) -> None:
        self.state.mapping = self.mapping()
        problem = mapping_problem(self.state.kind, self.state.mapping, self.ctx.lang)
        if problem:
            set_status(self.problem, problem[0].upper() + problem[1:] + ".", error=True)
        else:
            used = sum(1 for m in self.state.mapping if m)
            set_status(self.problem, self.tr("%1 of %2 columns will be imported.")
                       .replace("%1", str(used)).replace("%2", str(len(self.combos))))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and mapping_problem(self.state.kind, self.mapping()) is None
