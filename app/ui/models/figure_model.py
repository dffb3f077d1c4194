"""The figures table: holds the ids of the current query and loads rows by the block on demand.

Sorting and filtering re-run the query in SQL (FigureQuery); a small per-instance block cache keeps
memory flat whatever the project size. Edits go through an injected callback, never from here.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain import Measure, Qualifier, ReviewStatus, Who
from app.store.figure_query import FigureFilter, FigureQuery, FigureRow

Index = QModelIndex | QPersistentModelIndex
EditRequest = Callable[[list[int], str, Any], None]  # (figure ids, field, new value)

BLOCK = 256
MAX_BLOCKS = 64

STATUS_COLOURS = {
    "confirmed": QColor("#2e7d32"),
    "edited": QColor("#1565c0"),
    "rejected": QColor("#9e9e9e"),
    "unreviewed": QColor("#e65100"),
}


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def format_range(row: FigureRow) -> str:
    low, high = format_number(row.low), format_number(row.high)
    if row.low is not None and row.high is not None:
        return low if row.low == row.high else f"{low}–{high}"
    if row.low is not None:
        return f"≥ {low}"
    if row.high is not None:
        return f"≤ {high}"
    return ""


class FigureTableModel(QAbstractTableModel):
    """A million-row-capable table over the figures of a project."""

    FigureIdRole = Qt.ItemDataRole.UserRole + 1
    DocumentIdRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    RowRole = Qt.ItemDataRole.UserRole + 4
    EditValueRole = Qt.ItemDataRole.UserRole + 5

    COLUMNS = ("value", "range", "qualifier", "measure", "who", "side", "claimant", "place",
               "as_of", "status", "confidence", "article")
    HEADERS = ("Value", "Low–high", "Qualifier", "Measure", "Who", "Side", "Claimant", "Place",
               "As of", "Status", "Confidence", "Article")
    EDITABLE = {"value": "value", "qualifier": "qualifier", "measure": "measure", "who": "who",
                "side": "side", "claimant": "claimant", "place": "place", "as_of": "as_of",
                "status": "status"}
    CHOICES = {"qualifier": [str(q) for q in Qualifier], "measure": [str(m) for m in Measure],
               "who": [str(w) for w in Who], "status": [str(s) for s in ReviewStatus]}

    queryStarted = Signal()  # a re-query is about to block for a moment (a wait cursor)
    queryChanged = Signal()

    def __init__(self, query: FigureQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._query = query
        self._ids = array("q")
        self._blocks: OrderedDict[int, dict[int, FigureRow]] = OrderedDict()
        self._filter = FigureFilter()
        self._sort = "article"
        self._descending = False
        self._queried = False
        self.edit_request: EditRequest | None = None

    # Query state ---------------------------------------------------------------------------

    def set_query(self, query: FigureQuery | None) -> None:
        self._query = query
        self.refresh()

    @property
    def filter(self) -> FigureFilter:
        return self._filter

    def set_filter(self, spec: FigureFilter) -> None:
        if spec != self._filter:
            self._filter = spec
            self.refresh()

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in a new order; the order already shown is not queried again (QTableView's
        sortByColumn asks twice, and each ask is a full SQL sort)."""
        if not 0 <= column < len(self.COLUMNS):
            return
        key = (self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if key == (self._sort, self._descending) and self._queried:
            return
        self._sort, self._descending = key
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query: ids in the new order, row cache emptied."""
        ids = array("q")
        if self._query is not None:
            self.queryStarted.emit()
            try:
                ids = self._query.ids(self._filter, self._sort, self._descending)
            except Exception:
                self.queryChanged.emit()  # ends the wait; the rows shown stay as they were
                raise
        self.beginResetModel()
        self._ids = ids
        self._queried = self._query is not None
        self._blocks.clear()
        self.endResetModel()
        self.queryChanged.emit()

    def remove_ids(self, figure_ids: Sequence[int]) -> None:
        """Drop rows that no longer match the filter (a verdict under a status filter) without
        re-running the query: each run of adjacent rows is one removal, last run first."""
        rows = self.rows_of(figure_ids)
        if not rows:
            return
        runs: list[list[int]] = []
        for row in rows:
            if runs and row == runs[-1][1] + 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first:last + 1]
            for block in [b for b in self._blocks if b >= first // BLOCK]:
                del self._blocks[block]  # rows after the gap moved up: their blocks are stale
            self.endRemoveRows()

    def invalidate(self, figure_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows after an edit (all, or the blocks holding these ids) and repaint."""
        if figure_ids is None:
            self._blocks.clear()
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                                   self.columnCount() - 1))
            return
        for row in self.rows_of(figure_ids):
            self._blocks.pop(row // BLOCK, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # Lookups -------------------------------------------------------------------------------

    def figure_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def figure_row(self, row: int) -> FigureRow | None:
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._load_block(block)
        else:
            self._blocks.move_to_end(block)
        return rows.get(self._ids[row])

    def row_of(self, figure_id: int) -> int | None:
        """Where a figure is in the current order: a vectorised scan of the id array (about a
        millisecond for a million rows), so no position dictionary is ever built."""
        hits = np.flatnonzero(self._id_vector() == figure_id)
        return int(hits[0]) if len(hits) else None

    def rows_of(self, figure_ids: Sequence[int]) -> list[int]:
        """Rows of several figures (those shown), in table order."""
        if not len(self._ids) or not len(figure_ids):
            return []
        wanted = np.fromiter(figure_ids, dtype=np.int64, count=len(figure_ids))
        return [int(r) for r in np.flatnonzero(np.isin(self._id_vector(), wanted))]

    def ids_in_rows(self, first: int, last: int) -> list[int]:
        """The ids of rows first..last inclusive (a selection range), without loading rows."""
        return list(self._ids[max(first, 0):last + 1])

    def _id_vector(self) -> np.ndarray:
        return np.frombuffer(self._ids, dtype=np.int64) if len(self._ids) else np.empty(0, np.int64)

    def _load_block(self, block: int) -> dict[int, FigureRow]:
        start = block * BLOCK
        rows = self._query.rows(self._ids[start:start + BLOCK]) if self._query else {}
        self._blocks[block] = rows
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    # Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.COLUMNS[index.column()] in self.EDITABLE and self.edit_request is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.figure_row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole or role == self.EditValueRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.sentence
        if role == self.FigureIdRole:
            return row.id
        if role == self.DocumentIdRole:
            return row.document_id
        if role == self.StatusRole:
            return row.status
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "range", "confidence"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "rejected":
                return QBrush(STATUS_COLOURS["rejected"])
            if column == "status":
                return QBrush(STATUS_COLOURS.get(row.status, QColor("black")))
        if role == Qt.ItemDataRole.FontRole and row.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.edit_request is None:
            return False
        column = self.COLUMNS[index.column()]
        field = self.EDITABLE.get(column)
        row = self.figure_row(index.row())
        if field is None or row is None:
            return False
        try:
            value = _coerce(field, value)
        except ValueError:
            return False
        if value == getattr(row, field):
            return False
        self.edit_request([row.id], field, value)
        return True

    @staticmethod
    def _display(row: FigureRow, column: str) -> str:
        if column == "value":
            return format_number(row.value)
        if column == "range":
            return format_range(row)
        if column == "confidence":
            return f"{row.confidence:.2f}"
        if column == "as_of":
            return row.as_of.isoformat() if row.as_of else ""
        if column == "claimant":
            text = row.claimant or "(reporter)"
            return f"{text} · disputed" if row.disputed_by else text
        if column == "qualifier":
            return row.qualifier.replace("_", " ") + (" · hedged" if row.hedged else "")
        if column == "article":
            return row.article
        return getattr(row, column) or ""

    @staticmethod
    def _edit_value(row: FigureRow, column: str) -> Any:
        if column == "range":
            return format_range(row)
        if column == "article":
            return row.article
        return getattr(row, column)


def _coerce(field: str, value: Any) -> Any:
    if hasattr(value, "toPython"):  # QDate from a date editor
        value = value.toPython()
    if field == "value":
        if value in (None, ""):
            return None
        return float(str(value).replace(",", "").replace("\u202f", "").strip())
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value
