"""A table model over a Python list of row objects that sorts and filters itself.

``QSortFilterProxyModel`` over a Python model costs 8–10 s per sort at 100k rows
here, because it calls ``data()`` through the binding for every comparison. This
model sorts the list with ``list.sort`` on a precomputed key and filters on a
precomputed lower-case haystack per row, keeping every row in sort order so that
a filter keystroke only picks rows (and typing on only looks at the rows shown):
at 100k rows a sort takes ~0.1 s, a keystroke ~0.03 s (benchmarks/bench_ui.py).
Column layout follows Vorta: ``COL_*`` constants in each subclass, an object role
that returns the row object, a sort role that returns the raw value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """How one column reads, shows and sorts a row object."""

    header: str
    value: Callable[[Any], Any]
    display: Callable[[Any], str] | None = None
    align_right: bool = False
    searchable: bool = True
    tooltip: str = ""

    def text(self, row: Any) -> str:
        value = self.value(row)
        if self.display is not None:
            return self.display(value)
        return "" if value is None else str(value)


def _ranked(keys: list, empty: list[bool]) -> list:
    """Keys as ranks (ints) when a column repeats its values (city, owner, tier, date):
    comparing ints sorts such a column twice as fast as comparing the strings."""
    sample = next((k for k, e in zip(keys, empty) if not e), None)
    if sample is None or isinstance(sample, (int, float)):
        return keys
    distinct = {k for k, e in zip(keys, empty) if not e}  # in row order: cache friendly
    if len(distinct) * 2 > len(keys):
        return keys  # mostly unique (names): ranking would only add work
    rank = {value: n for n, value in enumerate(sorted(distinct))}
    return [rank.get(key, 0) for key in keys]  # empty values are not ranked: they sort apart


def _narrows(old: str, new: str) -> bool:
    """True when every row matching ``new`` also matches ``old``: each old word lies
    inside a new word ("fi" → "fie", "fiets" → "fiets utr")."""
    old_words, new_words = old.split(), new.split()
    return bool(old_words) and all(any(o in n for n in new_words) for o in old_words)


class RowTableModel(QAbstractTableModel):
    """Rows are any objects; columns are ``Column`` descriptions."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Any] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []  # indices into _all, in display order
        # Every row in sort order, kept for the list it was made for: a keystroke in the
        # filter then only picks rows from it (no sort: 100 ms → 20 ms at 100k rows).
        self._order: list[int] = []
        self._order_of: list[Any] | None = None
        self._filter = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._extra_filter: Callable[[Any], bool] | None = None

    # --- data in -------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row; keeps the current sort and filter."""
        self.beginResetModel()
        self._all = list(rows)
        searchable = [c for c in self._columns if c.searchable]
        self._haystacks = [
            "\x1f".join(c.text(r) for c in searchable).casefold() for r in self._all
        ]
        self._rebuild()
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The visible rows in display order."""
        return [self._all[i] for i in self._visible]

    def row_object(self, row: int) -> Any:
        return self._all[self._visible[row]]

    def total_count(self) -> int:
        return len(self._all)

    def columns(self) -> list[Column]:
        return list(self._columns)

    # --- filtering and sorting inside the model --------------------------------
    def set_filter_text(self, text: str) -> None:
        """Rows whose columns contain every word of ``text`` (case-insensitive)."""
        text = text.strip().casefold()
        if text == self._filter:
            return
        narrower = _narrows(self._filter, text)
        self.beginResetModel()
        self._filter = text
        if narrower:
            # Typing on: the rows that match now are among those shown, in order already.
            self._visible = self._matching(self._visible, text.split())
        else:
            self._rebuild()
        self.endResetModel()

    def set_row_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """An extra filter (owner, severity …) on top of the text filter."""
        self.beginResetModel()
        self._extra_filter = predicate
        self._rebuild()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        # Sorting the previous order keeps ties in it (stable): a second click sorts
        # within the first column's order.
        self._order = self._sorted(self._current_order())
        self._order_of = self._all
        self._rebuild()
        self.layoutChanged.emit()

    def _rebuild(self) -> None:
        visible = self._matching(self._current_order(), self._filter.split())
        if self._extra_filter is not None:
            keep = self._extra_filter
            visible = [i for i in visible if keep(self._all[i])]
        self._visible = visible

    def _matching(self, rows: list[int], words: list[str]) -> list[int]:
        """``rows`` whose haystack holds every word, in their order.

        One pass per word, each over what the last one kept: a bare ``in`` per row is
        three times faster than an ``all()`` generator per row.
        """
        hay = self._haystacks
        for word in words:
            rows = [i for i in rows if word in hay[i]]
        return list(rows)

    def _current_order(self) -> list[int]:
        """All rows in sort order, made again when the rows were replaced."""
        if self._order_of is not self._all:
            self._order = self._sorted(range(len(self._all)))
            self._order_of = self._all
        return self._order

    def _sorted(self, indices) -> list[int]:
        """``indices`` ordered by the sort column; empty values last (first when descending).

        Empty values are set apart instead of keyed as (flag, value) tuples: comparing
        bare dates and numbers sorts 100k rows three times faster than tuples.
        """
        if not (0 <= self._sort_column < len(self._columns)):
            return list(indices)
        value = self._columns[self._sort_column].value
        values = [value(row) for row in self._all]
        keys = [v.casefold() if isinstance(v, str) else v for v in values]
        # Flags in row order; ``indices`` (the previous order) then only reads bools, not
        # the scattered values: at 100k rows that random access was half the time.
        empty = [v is None or v == "" for v in values]
        indices = list(indices)
        if any(empty):
            present = [i for i in indices if not empty[i]]
            missing = [i for i in indices if empty[i]]
        else:
            present, missing = indices, []
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        present.sort(key=_ranked(keys, empty).__getitem__, reverse=descending)
        return missing + present if descending else present + missing

    # --- Qt model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._all[self._visible[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        """Subclasses add colours, icons and fonts here."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None
