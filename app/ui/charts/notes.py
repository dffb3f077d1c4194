"""Hover notes for chart points: a figure as one line of text plus its sentence, looked up by id.

The chart holds only ids; the notes are built from FigureRows the caller gives up front
(`add_rows`) or fetched one at a time on hover (`lookup`, e.g. `FigureQuery.row`) and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.store.figure_query import FigureRow
from app.ui.charts.series import FigureNote

RowLookup = Callable[[int], FigureRow | None]
QUALIFIER_WORDS = {
    "approximately": "about", "at_least": "at least", "more_than": "more than",
    "at_most": "at most", "less_than": "fewer than",
}


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def figure_note(row: FigureRow) -> FigureNote:
    """'about 1,200 killed (civilians) · Health ministry · Kharkiv · 2022-03-01'."""
    if row.low is not None and row.high is not None and row.low != row.high:
        amount = f"{_number(row.low)}–{_number(row.high)}"
    else:
        amount = _number(row.value if row.value is not None else row.low)
    word = QUALIFIER_WORDS.get(str(row.qualifier), "")
    head = f"{word} {amount}".strip() + f" {row.measure}"
    if row.who:
        head += f" ({row.who})"
    parts = [head, row.claimant or "unattributed"]
    if row.place:
        parts.append(row.place)
    if row.as_of is not None:
        parts.append(row.as_of.isoformat())
    text = " · ".join(parts)
    if row.hedged:
        text += " · hedged"
    if row.disputed_by:
        text += f" · denied by {row.disputed_by}"
    return FigureNote(row.id, text, row.sentence or "")


class NoteBook:
    """Notes by figure id, filled from rows and, on a miss, from an optional lookup."""

    def __init__(self, lookup: RowLookup | None = None) -> None:
        self.lookup = lookup
        self._notes: dict[int, FigureNote | None] = {}

    def add_rows(self, rows: Iterable[FigureRow]) -> None:
        for row in rows:
            self._notes[row.id] = figure_note(row)

    def add_notes(self, notes: Iterable[FigureNote]) -> None:
        for note in notes:
            self._notes[note.figure_id] = note

    def clear(self) -> None:
        self._notes.clear()

    def __call__(self, figure_id: int) -> FigureNote | None:
        if figure_id in self._notes:
            return self._notes[figure_id]
        if self.lookup is None:
            return None
        row = self.lookup(figure_id)
        note = figure_note(row) if row is not None else None
        self._notes[figure_id] = note
        return note
