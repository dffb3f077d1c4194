"""Importing articles from the GUI: file dialogs, the background task, progress and the report."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from app.domain import ProgressToken
from app.store import Project
from app.ui import dialogs
from app.ui.settings import LAST_IMPORT_DIR, Settings
from app.ui.task_controller import ProgressTaskController
from app.ui.workers import Task, TaskRunner

if TYPE_CHECKING:  # the importer pulls in the readers; load it only when an import starts
    from app.ingest.importer import ImportReport

ARTICLE_FILTER = (
    "Articles (*.txt *.md *.html *.htm *.pdf *.rss *.atom *.xml);;"
    "Text (*.txt *.md);;Web pages (*.html *.htm);;PDF (*.pdf);;Feeds (*.rss *.atom *.xml);;"
    "All files (*)"
)
REFRESH_INTERVAL_MS = 300
NOT_UNDOABLE = "Imports cannot be undone."


def run_import(project: Project, paths: Sequence[str], token: ProgressToken) -> ImportReport:
    """The work itself, on a worker thread: no widgets here."""
    from app.ingest.importer import import_articles

    return import_articles(project, paths, token)


class ImportProgress(QWidget):
    """Status-bar strip: 'Importing name · 3 of 40 done', a progress bar and Cancel.

    The count is what is stored (an import commits a few articles at a time), the name is the
    article being worked on, so the strip never claims more than the project holds.

    Other long work (re-extraction) uses the same strip with its own words and object name.
    """

    def __init__(self, parent: QWidget | None = None, *, name: str = "import",
                 verb: str = "Importing", past: str = "Imported",
                 preparing: str = "Preparing import…",
                 cancel_tip: str = "Stop after the article being imported; those already in stay"
                 ) -> None:
        super().__init__(parent)
        self._verb, self._past, self._preparing = verb, past, preparing
        self.setObjectName(f"{name}Progress")
        self.label = QLabel()
        self.label.setObjectName(f"{name}ProgressLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}ProgressBar")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName(f"{name}CancelButton")
        self.cancel_button.setToolTip(cancel_tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self) -> None:
        self.label.setText(self._preparing)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Cancel")
        self.show()

    def update_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if done < total:
            self.label.setText(f"{self._verb} {name} · {done} of {total} done")
        else:
            self.label.setText(f"{self._past} {total} of {total}")


class ImportController(ProgressTaskController):
    """Runs imports through the single database-writing executor and reports on them."""

    articlesArrived = Signal()  # the library should re-query
    importFinished = Signal(object)  # the ImportReport

    def __init__(
        self, runner: TaskRunner, settings: Settings, status_bar: QStatusBar, dialog_parent: QWidget
    ) -> None:
        super().__init__(runner, status_bar, dialog_parent, ImportProgress(),
                         wait_on_shutdown=True)
        self._settings = settings
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self._refresh_timer.timeout.connect(self.articlesArrived)

    # Asking what to import --------------------------------------------------------------------

    def ask_files(self, project: Project | None) -> None:
        if project is None or self.running:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent, "Import Articles", self._settings.get(LAST_IMPORT_DIR), ARTICLE_FILTER
        )
        if paths:
            self._settings.set(LAST_IMPORT_DIR, str(Path(paths[0]).parent))
            self.start(project, paths)

    def ask_folder(self, project: Project | None) -> None:
        if project is None or self.running:
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, "Import Folder", self._settings.get(LAST_IMPORT_DIR)
        )
        if folder:
            self._settings.set(LAST_IMPORT_DIR, folder)
            self.start(project, [folder])

    # Running ------------------------------------------------------------------------------------

    def start(self, project: Project, paths: Sequence[str]) -> bool:
        if self.running:
            self._status_bar.showMessage(
                "An import is already running; wait for it or cancel it.", 5000
            )
            return False
        paths = [str(path) for path in paths]
        task = Task(partial(run_import, project, paths))
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self._launch(task, write=True)
        return True

    def shutdown(self) -> None:
        """The window is closing: stop after the current article and report nothing more."""
        super().shutdown()
        self._refresh_timer.stop()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.update_progress(done, total, name)
        if done > 0 and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _end(self) -> None:
        self._refresh_timer.stop()
        super()._end()

    def _on_idle(self) -> None:
        self.articlesArrived.emit()

    def _on_finished(self, report: ImportReport) -> None:
        self._end()
        summary = report.summary()
        self._status_bar.showMessage(
            f"{summary} {NOT_UNDOABLE}" if report.imported else summary, 15000
        )
        if report.failed:
            dialogs.show_import_failures(self._parent, summary, report.failed)
        self.importFinished.emit(report)

    def _on_failed(self, exc: object) -> None:
        self._end()
        self._status_bar.showMessage("The import stopped because of an error.", 15000)
        dialogs.show_error(
            self._parent,
            "Import stopped",
            "The import stopped because of an unexpected error. Articles imported before it "
            "are kept in the project; the article being imported was not stored.",
            details=f"{type(exc).__name__}: {exc}",
        )

    def _on_cancelled(self) -> None:
        self._end()
        self._status_bar.showMessage("Import cancelled; articles imported before are kept.", 15000)
