"""The library table: one row per stored article, sorted and filtered by SQL in the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.store import DocumentRow

Index = QModelIndex | QPersistentModelIndex
RowSource = Callable[[str, str, bool], Sequence[DocumentRow]]  # (search, order_by, descending)

FETCH_CHUNK = 200


class LibraryModel(QAbstractTableModel):
    """Holds the rows of the current query (no article text) and hands them out in chunks."""

    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    PublishedInferredRole = Qt.ItemDataRole.UserRole + 2

    TITLE, PUBLISHER, DATE, FIGURES = range(4)
    HEADERS = ("Title", "Publisher", "Date", "Figures")
    ORDER_KEYS = ("title", "publisher", "published", "figure_count")

    def __init__(self, source: RowSource | None = None, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[DocumentRow] = []
        self._shown = 0
        self._search = ""
        self._sort_column = self.DATE
        self._descending = True

    # Query state ---------------------------------------------------------------------------

    def set_source(self, source: RowSource | None) -> None:
        """Point the model at a project's documents (or at nothing when the project closes)."""
        self._source = source
        self.refresh()

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after an import, a sort or a new filter)."""
        rows: Sequence[DocumentRow] = []
        if self._source is not None:
            rows = self._source(self._search, self.ORDER_KEYS[self._sort_column], self._descending)
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), max(self._shown, FETCH_CHUNK))
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._rows)

    # Lookups -------------------------------------------------------------------------------

    def document_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < self._shown else None

    def row_of(self, document_id: int) -> int | None:
        """The row showing a document, fetching further chunks if it is not shown yet."""
        for row, item in enumerate(self._rows):
            if item.id == document_id:
                if row >= self._shown:
                    self._show_up_to(row + 1)
                return row
        return None

    # Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not parent.isValid():
            self._show_up_to(self._shown + FETCH_CHUNK)

    def _show_up_to(self, count: int) -> None:
        count = min(count, len(self._rows))
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: E501, N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == self.DocumentIdRole:
            return item.id
        if role == self.PublishedInferredRole:
            return bool(item.published_inferred)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.DATE and item.published_inferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, item: DocumentRow, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.PUBLISHER:
            return item.publisher or ""
        if column == self.DATE:
            if item.published is None:
                return ""
            text = item.published.isoformat()
            return f"{text} (inferred)" if item.published_inferred else text
        return str(item.figure_count)

    def _tooltip(self, item: DocumentRow, column: int) -> str | None:
        if column == self.TITLE:
            return item.title
        if column == self.DATE:
            if item.published is None:
                return "No publication date found in the article"
            if item.published_inferred:
                return "No publication date in the source; inferred from the text"
            return "Publication date from the source"
        return None
