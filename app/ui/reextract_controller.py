"""Tools ▸ Re-extract: run the extractor again over stored articles in the background, with
progress and Cancel; reviewed and hand-made figures are kept by the store."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from app.domain import ProgressToken
from app.store import Project
from app.ui import dialogs
from app.ui.import_controller import ImportProgress
from app.ui.task_controller import ProgressTaskController
from app.ui.workers import Task, TaskRunner

if TYPE_CHECKING:  # the extractor loads its vocabularies: import it only when work starts
    from app.ingest.reextract import ReextractReport

UNDO_CLEARED = "Undo history cleared: figure ids changed."


def run_reextract(project: Project, document_ids: Sequence[int] | None,
                  token: ProgressToken) -> ReextractReport:
    """The work itself, on the database-writing thread: no widgets here."""
    from app.ingest.reextract import reextract_documents

    return reextract_documents(project, document_ids, token)


class ReextractController(ProgressTaskController):
    """Starts, reports and cancels re-extraction; emits `finished(report)` when figures changed."""

    finished = Signal(object)  # ReextractReport

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, dialog_parent: QWidget) -> None:
        progress = ImportProgress(
            name="reextract", verb="Re-extracting", past="Re-extracted",
            preparing="Preparing re-extraction…",
            cancel_tip="Stop after the article being re-extracted; those done keep their figures",
        )
        super().__init__(runner, status_bar, dialog_parent, progress, wait_on_shutdown=True)

    def start(self, project: Project | None, document_ids: Sequence[int] | None = None) -> bool:
        """Re-extract the given articles (all when None)."""
        if project is None or self.running:
            return False
        ids = list(document_ids) if document_ids is not None else None
        task = Task(partial(run_reextract, project, ids))
        task.progress.connect(self.progress.update_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._launch(task, write=True)
        return True

    def _on_finished(self, report: ReextractReport) -> None:
        self._end()
        self._status_bar.showMessage(f"{report.summary()} {UNDO_CLEARED}", 15000)
        self.finished.emit(report)

    def _on_failed(self, exc: object) -> None:
        self._end()
        self._status_bar.showMessage("Re-extraction stopped because of an error.", 15000)
        dialogs.show_error(
            self._parent, "Re-extraction stopped",
            "Re-extraction stopped because of an unexpected error. Articles finished before it "
            "keep their new figures; the others are unchanged.",
            details=f"{type(exc).__name__}: {exc}",
        )
        self.finished.emit(None)

    def _on_cancelled(self) -> None:
        self._end()
        self._status_bar.showMessage(
            f"Re-extraction cancelled; articles done before keep their new figures. "
            f"{UNDO_CLEARED}", 15000)
        self.finished.emit(None)
