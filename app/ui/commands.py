"""Undoable figure changes for the window's QUndoStack: field edits, verdicts, additions, deletions.

Every redo and undo writes through the FigureWriter at once (one transaction each), so the stack
never holds unsaved work. A bulk change is one command, hence one undo step. A write that fails
(the figure was deleted meanwhile, the disk is full) marks the command obsolete, so the stack
drops it, and the writer tells the user.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError

from app.domain import Figure, ReviewStatus
from app.store.figure_edits import StaleEditError
from app.store.figure_query import FigureRow
from app.ui.figure_writer import FigureWriter

Changes = dict[int, dict[str, Any]]
WRITE_ERRORS = (KeyError, StaleEditError, SQLAlchemyError, ValueError)
REVERTED = "reverted"

FIELD_LABELS = {
    "value": "value", "low": "low", "high": "high", "qualifier": "qualifier",
    "measure": "measure", "who": "who", "side": "side", "claimant": "claimant",
    "hedged": "hedged", "disputed_by": "disputed by", "place": "place", "lat": "latitude",
    "lon": "longitude", "country": "country", "as_of": "as-of date", "since": "since",
    "status": "status", "parts_of": "part of",
}


def _count(n: int) -> str:
    return "figure" if n == 1 else f"{n:,} figures"


class _WritingCommand(QUndoCommand):
    """Runs a write, turning a failure into an obsolete command and a message to the user."""

    def __init__(self, writer: FigureWriter, text: str) -> None:
        super().__init__(text)
        self._writer = writer
        self._first = True
        self.error: Exception | None = None

    def _attempt(self, write) -> bool:
        try:
            write()
        except WRITE_ERRORS as exc:
            self.error = exc
            self.setObsolete(True)
            self._writer.writeFailed.emit(f"Could not {self.text().lower()}: {exc}")
            return False
        return True


class ChangeFiguresCommand(_WritingCommand):
    """Set fields on one or many figures; keeps each figure's values before and after."""

    def __init__(self, writer: FigureWriter, before: Changes, after: Changes, action: str,
                 text: str) -> None:
        super().__init__(writer, text)
        self.before = before
        self.after = after
        self.action = action

    @property
    def figure_ids(self) -> list[int]:
        return list(self.after)

    def redo(self) -> None:
        reveal = not self._first
        self._first = False
        self._attempt(lambda: self._writer.apply(self.after, self.action, reveal=reveal))

    def undo(self) -> None:
        self._attempt(lambda: self._writer.apply(self.before, REVERTED, reveal=True))


def edit_fields_command(writer: FigureWriter, rows: Mapping[int, FigureRow],
                        changes: Mapping[int, Mapping[str, Any]],
                        named: Sequence[str] = ()) -> ChangeFiguresCommand | None:
    """Field edits on figures (each may change different fields); a reviewed figure becomes
    "edited" unless the edit sets the status itself. None when nothing would change.
    `named` are the fields the user edited (the undo text names them), when others follow."""
    before: Changes = {}
    after: Changes = {}
    for figure_id, fields in changes.items():
        row = rows.get(figure_id)
        if row is None:
            continue
        wanted = {name: value for name, value in fields.items() if getattr(row, name) != value}
        if not wanted:
            continue
        wanted.setdefault("status", str(ReviewStatus.EDITED))
        before[figure_id] = {name: getattr(row, name) for name in wanted}
        after[figure_id] = wanted
    if not after:
        return None
    named = sorted(set(named or {n for fields in changes.values() for n in fields}) - {"status"})
    label = FIELD_LABELS.get(named[0], named[0]) if len(named) == 1 else "fields"
    text = f"Edit {label} of {_count(len(after))}" if named else f"Edit {_count(len(after))}"
    return ChangeFiguresCommand(writer, before, after, "edited", text)


def set_status_command(writer: FigureWriter, rows: Mapping[int, FigureRow],
                       status: ReviewStatus) -> ChangeFiguresCommand | None:
    """A verdict on figures; None when every one already has it."""
    changing = {fid: row for fid, row in rows.items() if row.status != status}
    if not changing:
        return None
    verb = {ReviewStatus.CONFIRMED: "Confirm", ReviewStatus.REJECTED: "Reject"}.get(
        status, f"Mark {status} for")
    before = {fid: {"status": row.status} for fid, row in changing.items()}
    after = {fid: {"status": str(status)} for fid in changing}
    return ChangeFiguresCommand(
        writer, before, after, str(status), f"{verb} {_count(len(changing))}"
    )


class AddFigureCommand(_WritingCommand):
    """A figure a person adds; undo removes it, redo puts back the very same row (same id)."""

    def __init__(self, writer: FigureWriter, document_id: int, figure: Figure) -> None:
        super().__init__(writer, "Add figure")
        self._document_id = document_id
        self._figure = figure
        self._snapshots: list[dict[str, Any]] = []
        self.figure_id: int | None = None

    def redo(self) -> None:
        if self._first:
            self._first = False

            def add() -> None:
                self.figure_id = self._writer.add(self._document_id, copy.copy(self._figure))

            self._attempt(add)
        else:
            self._attempt(lambda: self._writer.restore(self._snapshots))

    def undo(self) -> None:
        def delete() -> None:
            self._snapshots = self._writer.delete([self.figure_id])

        self._attempt(delete)


class DeleteFiguresCommand(_WritingCommand):
    """Delete figures, keeping full snapshots so undo restores them with their ids."""

    def __init__(self, writer: FigureWriter, figure_ids: Sequence[int]) -> None:
        super().__init__(writer, f"Delete {_count(len(figure_ids))}")
        self.figure_ids = list(figure_ids)
        self._snapshots: list[dict[str, Any]] = []

    def redo(self) -> None:
        def delete() -> None:
            self._snapshots = self._writer.delete(self.figure_ids)

        self._attempt(delete)

    def undo(self) -> None:
        self._attempt(lambda: self._writer.restore(self._snapshots))
