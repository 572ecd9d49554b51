"""The dashboard's owner / team / region filter: three pickers that accept typing.

A director's portfolio has hundreds of account managers, so each picker is an
editable combo box whose completer matches any part of a name; "All …" stays the
first entry so one key (Home, then Enter) clears a filter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton, QWidget

from relbeheer.core.dashboard import DashboardFilter, FilterOptions


class _Picker(QComboBox):
    """'All …' plus the names; typing narrows the list, an unknown name means 'all'."""

    def __init__(self, everything: str, accessible_name: str, parent=None):
        super().__init__(parent)
        self.everything = everything
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(accessible_name)
        self.lineEdit().setAccessibleName(accessible_name)
        self.lineEdit().setPlaceholderText(everything)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_values([])

    def set_values(self, values: list[str]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.everything, "")
        for value in values:
            self.addItem(value, value)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> str:
        """The chosen name: typed in full, or a part that only one name contains
        ("bram" → "Bram Smit"); "" for everything and for text that names nobody."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0 and text:
            found = [i for i in range(1, self.count()) if text.casefold() in self.itemText(i).casefold()]
            index = found[0] if len(found) == 1 else -1
        return (self.itemData(index) or "") if index >= 0 else ""

    def set_value(self, value: str) -> None:
        index = self.findData(value) if value else 0
        self.setCurrentIndex(max(index, 0))


class FilterBar(QWidget):
    """Owner, team and region pickers; ``changed`` carries the new DashboardFilter."""

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.owner = _Picker(self.tr("All account managers"), self.tr("Account manager"))
        self.team = _Picker(self.tr("All teams"), self.tr("Team"))
        self.region = _Picker(self.tr("All regions"), self.tr("Region"))
        self.reset_button = QPushButton(self.tr("&Show all"))
        self.reset_button.setToolTip(self.tr("Clear the account manager, team and region filters"))
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, picker in ((self.tr("Account &manager"), self.owner), (self.tr("T&eam"), self.team),
                             (self.tr("Re&gion"), self.region)):
            label = QLabel(text)
            label.setObjectName("FilterLabel")
            label.setBuddy(picker)
            layout.addWidget(label)
            layout.addWidget(picker)
            layout.addSpacing(8)
            picker.activated.connect(lambda _i: self._emit())
            picker.lineEdit().editingFinished.connect(self._emit)
        layout.addWidget(self.reset_button)
        # "All …" in each picker already clears it; the button is kept for the keyboard
        # (Alt+S) but only shown while a filter is on, so the bar stays narrow.
        self._last = DashboardFilter()
        self._update_reset()

    def set_options(self, options: FilterOptions) -> None:
        self.owner.set_values(options.owners)
        self.team.set_values(options.teams)
        self.region.set_values(options.regions)

    def scope(self) -> DashboardFilter:
        return DashboardFilter(self.owner.value(), self.team.value(), self.region.value())

    def set_scope(self, scope: DashboardFilter) -> None:
        self.owner.set_value(scope.owner)
        self.team.set_value(scope.team)
        self.region.set_value(scope.region)
        self._emit()

    def reset(self) -> None:
        self.set_scope(DashboardFilter())

    def _emit(self) -> None:
        scope = self.scope()
        # Show what the filter is: the full name for a part typed, "All …" for a typo.
        for picker, value in ((self.owner, scope.owner), (self.team, scope.team), (self.region, scope.region)):
            if picker.currentText() != (value or picker.everything):
                picker.set_value(value)
        self._update_reset()
        if scope != self._last:
            self._last = scope
            self.changed.emit(scope)

    def _update_reset(self) -> None:
        self.reset_button.setVisible(not self.scope().everything)
