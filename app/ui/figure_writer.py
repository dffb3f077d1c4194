"""The one door for figure writes from the GUI: FigureEditor calls, then a signal saying what changed.

Each call is one small transaction on the GUI thread, committed before it returns, so whatever the
window shows as done is on disk. Undo commands and controllers write through here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain import Figure
from app.store.figure_edits import FigureEditor

ALL_FIELDS = "*"  # a figure appeared or disappeared: every view of it must be re-queried


class FigureWriter(QObject):
    """Writes through a FigureEditor and announces `figuresChanged(ids, fields, reveal)`.

    `reveal` asks views to bring the figures into sight (undo and redo do; a first edit does not,
    because the user is looking at it already).
    """

    figuresChanged = Signal(list, list, bool)
    writeFailed = Signal(str)  # a message for the user

    def __init__(self, editor: FigureEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # Team mode (app.ui.team.editing): `save(editor, changes, action)` writes on the version
        # the user saw, resolves conflicts, and returns what was saved, or None if kept offline.
        self.save_hook: Callable[..., Mapping[int, Mapping[str, Any]] | None] | None = None

    @property
    def actor(self) -> str:
        return self.editor.actor

    def apply(self, changes: Mapping[int, Mapping[str, Any]], action: str,
              reveal: bool = False) -> None:
        if self.save_hook is None:
            self.editor.apply(changes, action=action)
        else:
            changes = self.save_hook(self.editor, changes, action)
            if changes is None:
                return
        fields = sorted({name for fields in changes.values() for name in fields})
        self.figuresChanged.emit(list(changes), fields, reveal)

    def add(self, document_id: int, figure: Figure, reveal: bool = True) -> int:
        figure_id = self.editor.add(document_id, figure)
        self.figuresChanged.emit([figure_id], [ALL_FIELDS], reveal)
        return figure_id

    def delete(self, figure_ids: Sequence[int]) -> list[dict[str, Any]]:
        snapshots = self.editor.delete(figure_ids)
        self.figuresChanged.emit(list(figure_ids), [ALL_FIELDS], False)
        return snapshots

    def restore(self, snapshots: Sequence[Mapping[str, Any]], reveal: bool = True) -> None:
        self.editor.restore(snapshots)
        self.figuresChanged.emit([s["id"] for s in snapshots], [ALL_FIELDS], reveal)
