"""The figures table with its filter bar: sorting and filtering run in SQL through the model."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.store.figure_query import FigureFilter, FigureQuery
from app.ui.delegates import FigureItemDelegate
from app.ui.figure_filter_bar import FigureFilterBar
from app.ui.models.figure_model import FigureTableModel

# Column widths in characters of the table font ("article" stretches).
COLUMN_CHARS = {"value": 9, "range": 14, "qualifier": 14, "measure": 10, "who": 9, "side": 7,
                "claimant": 20, "place": 12, "as_of": 10, "status": 10, "confidence": 9}
FIRST_SHOWN = "status"  # a reviewer reads the verdict first


class _SideScroller(QScrollArea):
    """Lets the filter bar scroll sideways in a narrow window instead of widening the window."""

    def __init__(self, bar: QWidget) -> None:
        super().__init__()
        self.setWidget(bar)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit()

    def _fit(self) -> None:
        height = self.widget().sizeHint().height()
        if self.widget().minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class FiguresView(QWidget):
    """Filter bar over a QTableView of FigureTableModel; reports the current figure by id."""

    currentFigureChanged = Signal(int)  # figure id, or -1
    selectionCountChanged = Signal(int)

    def __init__(self, delegate: FigureItemDelegate | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.model = FigureTableModel(parent=self)
        self.filter_bar = FigureFilterBar()
        self.filter_bar.filterChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setObjectName("figuresTable")
        self.table.setAccessibleName("Figures")
        self._current_id = -1
        self.delegate = delegate or FigureItemDelegate()
        self.delegate.setParent(self)  # the table does not own its delegate
        self._configure_table(self.delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(_SideScroller(self.filter_bar))
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._after_reset)
        self.model.queryStarted.connect(self._show_busy)
        self.model.queryChanged.connect(self._end_busy)
        self._busy = False

    def _configure_table(self, delegate: FigureItemDelegate) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegate(delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setCornerButtonEnabled(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: no measuring
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        width = table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(FigureTableModel.COLUMNS.index(column), chars * width + 16)
        header.setSectionResizeMode(
            FigureTableModel.COLUMNS.index("article"), QHeaderView.ResizeMode.Stretch
        )
        header.moveSection(header.visualIndex(FigureTableModel.COLUMNS.index(FIRST_SHOWN)), 0)
        sort_column, descending = self.model.sort_key
        header.setSortIndicator(
            FigureTableModel.COLUMNS.index(sort_column),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)  # the model has no query yet: this sort costs nothing
        selection = table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        selection.selectionChanged.connect(self._on_selection_changed)

    def _show_busy(self) -> None:
        """A big project's re-query takes a moment: say so with the pointer."""
        if not self._busy:
            self._busy = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _end_busy(self) -> None:
        if self._busy:
            self._busy = False
            QGuiApplication.restoreOverrideCursor()

    # Query --------------------------------------------------------------------------------------

    def set_query(self, query: FigureQuery | None) -> None:
        self.model.set_query(query)

    def set_filter(self, spec: FigureFilter) -> None:
        self.filter_bar.set_filter(spec)

    # Selection ----------------------------------------------------------------------------------

    @property
    def current_figure_id(self) -> int | None:
        return self._current_id if self._current_id >= 0 else None

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, read range by range from the id array (no rows loaded)."""
        ids: list[int] = []
        for selected in self.table.selectionModel().selection():
            ids.extend(self.model.ids_in_rows(selected.top(), selected.bottom()))
        return list(dict.fromkeys(ids))

    def selected_count(self) -> int:
        return sum(r.bottom() - r.top() + 1 for r in self.table.selectionModel().selection())

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else 0
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def select_figure(self, figure_id: int) -> bool:
        row = self.model.row_of(figure_id)
        return row is not None and self.select_row(row)

    def select_figures(self, figure_ids: list[int]) -> None:
        rows = self.model.rows_of(figure_ids)
        if not rows:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        model = self.table.selectionModel()
        model.setCurrentIndex(self.model.index(rows[0], 0),
                              QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(rows[0], 0))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        figure_id = self.model.figure_id(current.row()) if current.isValid() else None
        self._set_current(figure_id if figure_id is not None else -1)

    def _set_current(self, figure_id: int) -> None:
        if figure_id != self._current_id:
            self._current_id = figure_id
            self.currentFigureChanged.emit(figure_id)

    def _on_selection_changed(self, *_args) -> None:
        self.selectionCountChanged.emit(self.selected_count())

    def _after_reset(self) -> None:
        """A re-query (sort, filter) keeps the current figure selected when it is still shown."""
        self.selectionCountChanged.emit(0)
        if self._current_id < 0:
            return
        row = self.model.row_of(self._current_id)
        if row is None:
            self._set_current(-1)
        else:
            self.select_row(row)
