"""Table ↔ text: the selected figure's article in the reading view with its evidence highlighted,
every figure of the article marked; a click on a marked number selects its row; a missed number
can be added from the text."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from app.store.figure_query import FigureFilter
from app.ui.commands import AddFigureCommand
from app.ui.figure_dialogs import AddFigureDialog
from app.ui.figure_marks import FigureMark
from app.ui.figure_prefill import prefill
from app.ui.library import LibraryDock
from app.ui.reading_view import ReadingView
from app.ui.review_controller import ReviewController


class ProvenanceController(QObject):
    """Keeps the reading view on the current figure's article and answers clicks in the text."""

    def __init__(self, review: ReviewController, reading_view: ReadingView, library: LibraryDock,
                 status_bar: QStatusBar, undo_push, parent: QWidget) -> None:
        super().__init__(parent)
        self._review = review
        self._reading = reading_view
        self._library = library
        self._status = status_bar
        self._push = undo_push
        self._parent = parent
        review.view.currentFigureChanged.connect(self.show_figure)
        review.figuresChanged.connect(self._on_figures_changed)
        library.documentSelected.connect(self.show_document)
        reading_view.figureClicked.connect(self.reveal_figure)
        reading_view.addFigureRequested.connect(self.ask_add_figure)

    @property
    def _project(self):
        return self._review.project

    # Showing ------------------------------------------------------------------------------------

    def show_document(self, document_id: int) -> None:
        """Show an article (the library's choice, or the current figure's) with its figures."""
        shown = self._reading.current_document
        if shown is not None and shown.id == document_id:
            return
        project = self._project
        document = project.documents.get(document_id) if project and document_id >= 0 else None
        self._reading.show_document(document)
        if document is not None:
            self._reading.set_figure_marks(self._marks(document.id))

    def show_figure(self, figure_id: int) -> None:
        if figure_id < 0 or self._review.query is None:
            self._reading.set_current_figure(None, scroll=False)
            return
        row = self._review.model.figure_row(self._review.view.current_row() or 0)
        if row is None or row.id != figure_id:
            row = self._review.query.row(figure_id)
        if row is None:
            return
        self.show_document(row.document_id)
        if not any(m.figure_id == figure_id for m in self._reading.marks):
            self._reading.set_figure_marks(self._marks(row.document_id))
        self._reading.set_current_figure(figure_id)
        if self._library.model.row_of(row.document_id) is not None:
            self._library.select_document(row.document_id)  # follows along, filter untouched

    def _marks(self, document_id: int) -> list[FigureMark]:
        project = self._project
        if project is None:
            return []
        return [FigureMark(f.id, f.start, f.end, str(f.status), f.sentence)
                for f in project.figures.for_document(document_id)]

    def _on_figures_changed(self, _ids: list[int], _fields: list[str]) -> None:
        self.reload_marks()

    def reload_marks(self) -> None:
        """Re-read the shown article's figures (after edits, additions, re-extraction)."""
        document = self._reading.current_document
        if document is not None:
            current = self._review.view.current_figure_id
            self._reading.set_figure_marks(self._marks(document.id), current)

    # From the text ------------------------------------------------------------------------------

    def reveal_figure(self, figure_id: int) -> bool:
        """Select a figure clicked in the text; clear the filter if it hides it."""
        view = self._review.view
        if view.select_figure(figure_id):
            view.table.setFocus()
            return True
        if not view.model.filter.is_empty():
            view.set_filter(FigureFilter())
            if view.select_figure(figure_id):
                self._status.showMessage(
                    f"Filters cleared to show figure {figure_id}.", 8000)
                return True
        self._status.showMessage(f"Figure {figure_id} is not in the table.", 8000)
        return False

    def add_figure_here(self) -> AddFigureDialog | None:
        """Figures ▸ Add Figure…: the number selected (or under the cursor) in the text."""
        span = self._reading.add_figure_candidate()
        if span is None:
            self._status.showMessage(
                "Select a number in the article that no figure covers, then add it.", 8000)
            return None
        return self.ask_add_figure(*span)

    def ask_add_figure(self, start: int, end: int) -> AddFigureDialog | None:
        document = self._reading.current_document
        writer = self._review.writer
        if document is None or writer is None or self._review.read_only:
            return None
        neighbours = self._project.figures.for_document(document.id)
        values = prefill(document.text, start, end, neighbours)
        dialog = AddFigureDialog(values, values["sentence"], document.text[values["start"]:end],
                                 self._review.places, self._review.claimants, self._parent)

        def add() -> None:
            self._push(AddFigureCommand(writer, document.id, dialog.figure()))

        dialog.accepted.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
