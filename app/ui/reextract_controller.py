"""Tools ▸ Re-extract: run the extractor again over stored articles in the background, with
progress and Cancel; reviewed and hand-made figures are kept by the store."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from app.domain import ProgressToken
from app.store import Project
from app.ui import dialogs
from app.ui.import_controller import ImportProgress
from app.ui.workers import Task, TaskRunner

if TYPE_CHECKING:  # the extractor loads its vocabularies: import it only when work starts
    from app.ingest.reextract import ReextractReport

UNDO_CLEARED = "Undo history cleared: figure ids changed."


def run_reextract(project: Project, document_ids: Sequence[int] | None,
                  token: ProgressToken) -> ReextractReport:
    """The work itself, on the database-writing thread: no widgets here."""
    from app.ingest.reextract import reextract_documents

    return reextract_documents(project, document_ids, token)


class ReextractController(QObject):
    """Starts, reports and cancels re-extraction; emits `finished(report)` when figures changed."""

    runningChanged = Signal(bool)
    finished = Signal(object)  # ReextractReport

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._runner = runner
        self._status_bar = status_bar
        self._parent = dialog_parent
        self._task: Task | None = None
        self.progress = ImportProgress(
            name="reextract", verb="Re-extracting", past="Re-extracted",
            preparing="Preparing re-extraction…",
            cancel_tip="Stop after the article being re-extracted; those done keep their figures",
        )
        status_bar.addPermanentWidget(self.progress)
        self.progress.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, project: Project | None, document_ids: Sequence[int] | None = None) -> bool:
        """Re-extract the given articles (all when None)."""
        if project is None or self.running:
            return False
        ids = list(document_ids) if document_ids is not None else None
        task = Task(partial(run_reextract, project, ids))
        task.progress.connect(self.progress.update_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        self._task = task
        self.progress.start()
        self.runningChanged.emit(True)
        self._runner.run_write(task)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress.cancel_button.setEnabled(False)
            self.progress.cancel_button.setText("Cancelling…")

    def shutdown(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            self._runner.wait()
            task.blockSignals(True)

    def _end(self) -> None:
        self._task = None
        self.progress.hide()
        self.runningChanged.emit(False)

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
