"""Saving figure edits in a team project: on the version the user saw, with a conflict dialog
when someone else got there first, and into the offline journal when the server is away."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from app.store.figure_edits import FigureEditor, StaleEditError
from app.store.journal import EditJournal, save_edit
from app.ui.models.figure_model import FigureTableModel
from app.ui.team.conflict_dialog import ConflictDialog, decide

Changes = dict[int, dict[str, Any]]
MAX_CONFLICT_ROUNDS = 20  # someone keeps winning the race: give up and say so


def seen_versions(model: FigureTableModel, figure_ids: list[int]) -> dict[int, int]:
    """The version of each figure as the table shows it (the rows the user is looking at)."""
    versions = {}
    for figure_id in figure_ids:
        row = model.row_of(figure_id)
        shown = model.figure_row(row) if row is not None else None
        if shown is not None and shown.id == figure_id:
            versions[figure_id] = shown.version
    return versions


class TeamEditSaver:
    """The FigureWriter's save hook: no lost update, ever.

    `on_journaled()` is called when the edit was kept locally because the server is unreachable.
    """

    def __init__(self, model: FigureTableModel, journal: EditJournal | None,
                 dialog_parent: QWidget | None, on_journaled: Callable[[], None],
                 make_dialog: Callable[..., ConflictDialog] = ConflictDialog) -> None:
        self._model = model
        self._journal = journal
        self._parent = dialog_parent
        self._on_journaled = on_journaled
        self._make_dialog = make_dialog

    def __call__(self, editor: FigureEditor, changes: Mapping[int, Mapping[str, Any]],
                 action: str) -> Changes | None:
        pending: Changes = {fid: dict(fields) for fid, fields in changes.items()}
        expected = seen_versions(self._model, list(pending))
        for _round in range(MAX_CONFLICT_ROUNDS):
            try:
                return self._save(editor, pending, action, expected)
            except StaleEditError as stale:
                resolution = self.ask(stale)
                if resolution is None:
                    del pending[stale.figure_id]
                    if not pending:
                        raise
                else:
                    pending[stale.figure_id] = resolution
                expected[stale.figure_id] = stale.theirs.get("version", expected.get(
                    stale.figure_id))
                if stale.figure_id not in pending:
                    expected.pop(stale.figure_id, None)
        raise StaleEditError(next(iter(pending)), {}, {})

    def _save(self, editor: FigureEditor, changes: Changes, action: str,
              expected: dict[int, int]) -> Changes | None:
        expected_versions = {fid: v for fid, v in expected.items() if fid in changes} or None
        if self._journal is None:
            editor.apply(changes, action, expected_versions)
            return changes
        outcome = save_edit(editor, self._journal, changes, action, expected_versions)
        if outcome.journaled:
            self._on_journaled()
            return None
        return changes

    def ask(self, stale: StaleEditError) -> dict[str, Any] | None:
        """Their value and yours per field; the fields to write on their version, or None."""
        return decide(self._make_dialog(stale.figure_id, stale.theirs, stale.yours, self._parent))
