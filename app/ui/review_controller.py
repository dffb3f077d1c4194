"""The review workflow: verdicts, edits and deletions as undoable commands, keyboard navigation,
the Figure Details panel and the status-bar counts. Builds the Figures and Figure Details docks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QStatusBar, QWidget

from app.domain import ReviewStatus
from app.store import Project
from app.store.figure_query import FigureQuery, FigureRow
from app.ui.commands import (
    DeleteFiguresCommand,
    edit_fields_command,
    set_status_command,
)
from app.ui.completers import PlaceLookup
from app.ui.delegates import FigureItemDelegate
from app.ui.figure_details import FigureDetailsPanel
from app.ui.figure_dialogs import SetFieldDialog
from app.ui.figure_form import FigureForm
from app.ui.figure_writer import ALL_FIELDS, FigureWriter
from app.ui.figures_view import FiguresView
from app.ui.review_counts import ReviewCounts
from app.ui.table_sync import can_move_rows, rows_leaving

MAX_BULK = 50_000  # figures changed by one command; each is a row update and an undo record
SCAN_AHEAD = 4096  # rows looked through for the next unreviewed figure
ROW_CHUNK = 5_000


class ReviewController(QObject):
    """Owns the figures view, its model's edit requests, the details panel and the counts."""

    figuresChanged = Signal(list, list)  # ids, fields; after the table has been updated
    stateChanged = Signal()  # selection or row count changed: actions need updating

    def __init__(self, undo_stack: QUndoStack, status_bar: QStatusBar,
                 actions: Mapping[str, QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._status = status_bar
        self._parent = parent
        self.project: Project | None = None
        self.query: FigureQuery | None = None
        self.writer: FigureWriter | None = None
        self.read_only = False
        self._claimants: list[str] | None = None
        self._document_cache: tuple[int, str] | None = None
        self.places = PlaceLookup(project_places=self._project_places)

        self.view = FiguresView(FigureItemDelegate(self.places, self.claimants))
        self.model = self.view.model
        self.model.edit_request = self.request_edit
        self.form = FigureForm(self.places, self.claimants)
        self.form.fieldsEdited.connect(self._edit_current)
        self.details = FigureDetailsPanel(self.form, [actions["confirm"], actions["reject"]])
        self.figures_dock = self._dock("Figures", "figuresDock", self.view)
        self.details_dock = self._dock("Figure Details", "figureDetails", self.details)
        self.counts = ReviewCounts()
        status_bar.addPermanentWidget(self.counts)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(120)
        self._counts_timer.timeout.connect(self.update_counts)

        self.view.currentFigureChanged.connect(self._show_details)
        self.view.currentFigureChanged.connect(lambda _id: self.stateChanged.emit())
        self.view.selectionCountChanged.connect(lambda _n: self.stateChanged.emit())
        self.model.modelReset.connect(self._counts_timer.start)
        self.model.modelReset.connect(self.stateChanged)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self._parent)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    # Project ------------------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._claimants = None
        self._document_cache = None
        self.places.forget_project_places()
        if self.writer is not None:
            self.writer.deleteLater()
        if project is None:
            self.query = self.writer = None
        else:
            self.query = FigureQuery(project.engine)
            self.writer = FigureWriter(project.editor(), self)
            self.writer.figuresChanged.connect(self._on_figures_changed)
            self.writer.writeFailed.connect(self._on_write_failed)
        self.view.set_query(self.query)
        self._show_details(self.view.current_figure_id or -1)

    def refresh(self) -> None:
        """Re-query after figures changed outside the review (import, re-extraction)."""
        current = self.view.current_figure_id
        self._claimants = None
        self._document_cache = None
        self.places.forget_project_places()
        self.model.refresh()
        if current is not None:
            self.view.select_figure(current)
        self._show_details(self.view.current_figure_id or -1)

    def set_read_only(self, read_only: bool) -> None:
        """No edits while re-extraction rewrites figures in the background."""
        self.read_only = read_only
        self.model.edit_request = None if read_only else self.request_edit
        self.form.setEnabled(not read_only and self.view.current_figure_id is not None)

    def _project_places(self) -> list[str]:
        return self.query.distinct_values("place", limit=5000) if self.query else []

    def claimants(self) -> list[str]:
        if self._claimants is None:
            self._claimants = self.query.distinct_values("claimant", 5000) if self.query else []
        return self._claimants

    def document_text(self, document_id: int) -> str | None:
        if self._document_cache and self._document_cache[0] == document_id:
            return self._document_cache[1]
        document = self.project.documents.get(document_id) if self.project else None
        if document is None:
            return None
        self._document_cache = (document_id, document.text)
        return document.text

    def rows(self, figure_ids: list[int]) -> dict[int, FigureRow]:
        found: dict[int, FigureRow] = {}
        for at in range(0, len(figure_ids), ROW_CHUNK):
            found.update(self.query.rows(figure_ids[at:at + ROW_CHUNK]))
        return found

    # Navigation ---------------------------------------------------------------------------------

    def next_figure(self) -> None:
        self._move(1)

    def previous_figure(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        row = self.view.current_row()
        target = 0 if row is None else row + step
        self.view.select_row(min(max(target, 0), self.model.rowCount() - 1))

    def edit_current(self) -> None:
        """E: show the details panel with its first field focused."""
        self.details_dock.show()
        self.details_dock.raise_()
        self.details.focus_editor()

    def _target_ids(self) -> list[int]:
        """The selected figures, else the current one; none (and a message) if too many."""
        if self._too_many(self.view.selected_count()):
            return []
        ids = self.view.selected_ids()
        current = self.view.current_figure_id
        return ids or ([current] if current is not None else [])

    def _too_many(self, count: int) -> bool:
        if count > MAX_BULK:
            self._status.showMessage(
                f"{count:,} figures are selected; change at most {MAX_BULK:,} at a time "
                "(narrow the filter).", 10000)
            return True
        return False

    # Verdicts and edits -------------------------------------------------------------------------

    def confirm(self) -> None:
        self.set_status(ReviewStatus.CONFIRMED)

    def reject(self) -> None:
        self.set_status(ReviewStatus.REJECTED)

    def set_status(self, status: ReviewStatus) -> None:
        """A verdict on the selected figures, then on to the next unreviewed one."""
        ids = self._target_ids()
        if not ids or self.writer is None or self.read_only:
            return
        rows_done = self.model.rows_of(ids)
        anchor = max(rows_done) if rows_done else self.view.current_row()
        following = self.model.figure_id(anchor + 1) if anchor is not None else None
        command = set_status_command(self.writer, self.rows(ids), status)
        if command is not None:
            self._undo.push(command)
        start = self.model.row_of(following) if following is not None else None
        if start is None and anchor is not None:
            start = min(anchor + 1, self.model.rowCount() - 1)
        self._select_next_unreviewed(start, set(ids))

    def _select_next_unreviewed(self, start: int | None, skip: set[int]) -> None:
        if start is None or start < 0 or not self.model.rowCount():
            return
        last = min(start + SCAN_AHEAD, self.model.rowCount())
        for row in range(start, last):
            figure = self.model.figure_row(row)
            if figure is not None and figure.id not in skip and figure.status == "unreviewed":
                self.view.select_row(row)
                return
        self.view.select_row(start)
        if last == self.model.rowCount():
            self._status.showMessage("No unreviewed figures further down the table.", 6000)

    def request_edit(self, figure_ids: list[int], field: str, value: Any) -> None:
        """The model's edit callback (delegates) and the Set Field dialog come here; a status
        chosen in a list is a verdict, like C and R, but the selection stays."""
        if field == "status" and value and self.writer is not None and not self.read_only:
            if not self._too_many(len(figure_ids)):
                command = set_status_command(
                    self.writer, self.rows(list(figure_ids)), ReviewStatus(value))
                if command is not None:
                    self._undo.push(command)
            return
        self.edit({figure_id: {field: value} for figure_id in figure_ids})

    def _edit_current(self, fields: dict[str, Any]) -> None:
        current = self.view.current_figure_id
        if current is not None:
            self.edit({current: fields})

    def edit(self, changes: Mapping[int, Mapping[str, Any]]) -> None:
        if self.writer is None or self.read_only or self._too_many(len(changes)):
            return
        rows = self.rows(list(changes))
        expanded = {fid: self._expand(rows[fid], fields)
                    for fid, fields in changes.items() if fid in rows}
        named = {name for fields in changes.values() for name in fields}
        command = edit_fields_command(self.writer, rows, expanded, sorted(named))
        if command is not None:
            self._undo.push(command)

    def _expand(self, row: FigureRow, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Keep a figure consistent: bounds follow an exact value, a typed place gets its
        coordinates from the gazetteer."""
        out = dict(fields)
        if "value" in out and "low" not in out and "high" not in out:
            for bound in ("low", "high"):
                if getattr(row, bound) == row.value and getattr(row, bound) is not None:
                    out[bound] = out["value"]
        if "place" in out and not {"lat", "lon"} & set(out):
            place = self.places.resolve(out["place"], row.country) if out["place"] else None
            out.update({"lat": place.lat, "lon": place.lon, "country": place.country}
                       if place else {"lat": None, "lon": None})
        if out.get("country"):
            out["country"] = str(out["country"]).upper()
        return out

    def ask_set_field(self) -> SetFieldDialog | None:
        ids = self._target_ids()
        if not ids or self.read_only:
            return None
        dialog = SetFieldDialog(len(ids), self.places, self.claimants, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            self.request_edit(ids, *dialog.result_change())

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        ids = self._target_ids()
        if not ids or self.writer is None or self.read_only:
            return
        self._undo.push(DeleteFiguresCommand(self.writer, ids))
        noun = "figure" if len(ids) == 1 else f"{len(ids):,} figures"
        self._status.showMessage(f"Deleted {noun}. Edit ▸ Undo brings it back.", 8000)

    # After a write ------------------------------------------------------------------------------

    def _on_figures_changed(self, ids: list[int], fields: list[str], reveal: bool) -> None:
        current, current_row = self.view.current_figure_id, self.view.current_row()
        moves = ALL_FIELDS in fields or can_move_rows(self.model, set(fields))
        leaving = None
        if moves and ALL_FIELDS not in fields and self.query is not None:
            leaving = rows_leaving(self.model, self.rows, ids, set(fields))
        if moves and leaving is None:
            self.model.refresh()
            shown = self.model.rows_of(ids) if reveal else []
            if shown:
                self.view.select_figures([self.model.figure_id(r) for r in shown])
            elif current is None or not self.view.select_figure(current):
                if current_row is not None and self.model.rowCount():
                    self.view.select_row(min(current_row, self.model.rowCount() - 1))
        else:
            self.model.remove_ids(leaving or [])
            self.model.invalidate(ids)
            if reveal and self.model.rows_of(ids):
                self.view.select_figures(ids)
        if "claimant" in fields or ALL_FIELDS in fields:
            self._claimants = None
        if "place" in fields or ALL_FIELDS in fields:
            self.places.forget_project_places()
        if self.view.current_figure_id in ids or self.view.current_figure_id != current:
            self._show_details(self.view.current_figure_id or -1)
        self._counts_timer.start()
        self.figuresChanged.emit(ids, fields)

    def _on_write_failed(self, message: str) -> None:
        self._status.showMessage(message, 15000)
        self.refresh()

    def _show_details(self, figure_id: int) -> None:
        row = None
        if figure_id >= 0 and self.query is not None:
            position = self.view.current_row()
            cached = self.model.figure_row(position) if position is not None else None
            row = cached if cached is not None and cached.id == figure_id else self.query.row(
                figure_id)
        if row is None:
            self.details.show_figure(None)
            return
        history = self.writer.editor.history(row.id) if self.writer else []
        self.details.show_figure(row, history, self.document_text(row.document_id))
        self.form.setEnabled(not self.read_only)

    def update_counts(self) -> None:
        self._counts_timer.stop()
        if self.query is None:
            self.counts.show_counts(None)
            return
        self.counts.show_counts(self.query.status_counts(self.model.filter),
                                filtered=not self.model.filter.is_empty())
