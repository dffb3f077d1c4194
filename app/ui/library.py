"""The Library dock: a filter box over a sortable table of the project's articles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.library_model import LibraryModel

FILTER_DELAY_MS = 250


class LibraryDock(QDockWidget):
    """Lists articles; emits `documentSelected(id)` (or -1) when the selection really changes."""

    documentSelected = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__("Library", parent)
        self.setObjectName("libraryDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.model = model
        self._selected_id = -1
        self._refreshing = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("libraryFilter")
        self.filter_edit.setPlaceholderText("Filter by title or publisher")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter library")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.view = QTableView()
        self.view.setObjectName("libraryView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSortIndicator(model.sort_column, model.sort_order)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        metrics = self.view.fontMetrics()
        # Narrow enough to leave the title room beside the review docks; an inferred date is
        # italic (and explained in its tooltip) when "(inferred)" is cut short.
        header.resizeSection(
            LibraryModel.PUBLISHER, metrics.horizontalAdvance("Northline Pr") + 12
        )
        header.resizeSection(LibraryModel.DATE, metrics.horizontalAdvance("2024-03-14") + 24)
        header.resizeSection(LibraryModel.FIGURES, metrics.horizontalAdvance("Figures") + 12)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.setAccessibleName("Library")

        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.count_label.setContentsMargins(4, 0, 4, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.setWidget(body)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        self._update_count()

    @property
    def selected_id(self) -> int | None:
        return self._selected_id if self._selected_id >= 0 else None

    def selected_ids(self) -> list[int]:
        """Every selected article (Tools ▸ Re-extract Selected Articles works on them)."""
        rows = self.view.selectionModel().selectedRows(LibraryModel.TITLE)
        ids = [index.data(LibraryModel.DocumentIdRole) for index in rows]
        return [document_id for document_id in ids if document_id is not None]

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._keeping_selection(lambda: self.model.set_search(self.filter_edit.text()))

    def refresh(self) -> None:
        """Re-run the query (articles arrived), keeping the selected article selected."""
        self._keeping_selection(self.model.refresh)

    def _keeping_selection(self, change) -> None:
        keep = self._selected_id
        self._refreshing = True
        try:
            change()
            row = self.model.row_of(keep) if keep >= 0 else None
            if row is not None:
                self._select_row(row)
        finally:
            self._refreshing = False
        if keep >= 0 and self.model.row_of(keep) is None:
            self._emit_selected(-1)

    def select_document(self, document_id: int) -> bool:
        """Select and show a document; clears the filter if that hides it."""
        row = self.model.row_of(document_id)
        if row is None and self.model.search:
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.model.set_search("")
            row = self.model.row_of(document_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def select_first(self) -> None:
        if self.model.rowCount() > 0:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, LibraryModel.TITLE)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return
        document_id = current.data(LibraryModel.DocumentIdRole) if current.isValid() else None
        self._emit_selected(document_id if document_id is not None else -1)

    def _emit_selected(self, document_id: int) -> None:
        if document_id != self._selected_id:
            self._selected_id = document_id
            self.documentSelected.emit(document_id)

    def _update_count(self) -> None:
        total = self.model.total_count()
        noun = "article" if total == 1 else "articles"
        suffix = " match the filter" if self.model.search else ""
        self.count_label.setText(f"{total} {noun}{suffix}")
