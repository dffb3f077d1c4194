"""File ▸ Publish Project to Server… and File ▸ Save a Local Copy…: copy the open project into
an empty team database or a new .sitrep file, with progress and Cancel (a cancelled copy leaves the
destination empty, and a new local file is removed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QStatusBar, QWidget

from app.domain import ProgressToken
from app.domain.progress import Cancelled
from app.store import PROJECT_SUFFIX, Project, ProjectError
from app.store.transfer import CopyReport, copy_project
from app.ui import dialogs
from app.ui.team.connect_dialog import ConnectDialog, open_server_project
from app.ui.workers import Task, TaskRunner


def run_copy(src: Project, dst: Project, token: ProgressToken) -> CopyReport:
    """The work itself, on the write thread: no widgets here."""
    return copy_project(src, dst, token)


def _publish_dialog(parent, url=None, message=""):
    return ConnectDialog(parent, title="Publish Project to Server", url=url, message=message
                         or "Choose an empty database on the server; the project is copied "
                         "into it.", ok_text="Publish")


class TransferController(QObject):
    """Runs one copy at a time through the task runner; `finished(report)` when done."""

    finished = Signal(object)
    runningChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._status = status_bar
        self._parent = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def publish(self, project: Project | None) -> Task | None:
        if project is None or self.running:
            return None
        target = open_server_project(self._parent, ask_first=True, create_if_empty=True,
                                     make_dialog=_publish_dialog)
        if target is None:
            return None
        return self.start(project, target, f"Publishing to {target.display_name}", None)

    def save_local_copy(self, project: Project | None) -> Task | None:
        if project is None or self.running:
            return None
        start = Path.home() / f"{project.name}{PROJECT_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, "Save a Local Copy", str(start),
            f"Sitrep projects (*{PROJECT_SUFFIX})")
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            target = Project.create(path, overwrite=True)
        except (ProjectError, OSError) as exc:
            dialogs.show_error(self._parent, "Cannot save a local copy", str(exc))
            return None
        return self.start(project, target, f"Saving a local copy to {path.name}", path)

    def start(self, src: Project, dst: Project, label: str, new_file: Path | None) -> Task:
        progress = QProgressDialog(f"{label}…", "Cancel", 0, 0, self._parent)
        progress.setObjectName("transferProgress")
        progress.setWindowTitle("Copying project")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        task = Task(lambda token: run_copy(src, dst, token))
        self.task = task
        progress.canceled.connect(task.cancel)
        task.progress.connect(self._on_progress)
        task.finished.connect(lambda report: self._on_finished(report, dst))
        task.failed.connect(lambda error: self._on_failed(error, dst, new_file))
        task.cancelled.connect(lambda: self._on_cancelled(dst, new_file))
        task.done.connect(self._on_done)
        self.runningChanged.emit(True)
        progress.show()
        return self._runner.run_write(task)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))
            if message:
                self.progress.setLabelText(f"Copying {message}… {done:,} of {total:,}")

    def _on_finished(self, report: CopyReport, dst: Project) -> None:
        where = dst.url
        dst.close()
        self._status.showMessage(f"{report.summary()} The copy is at {where}.", 15000)
        self.finished.emit(report)

    def _on_failed(self, error: BaseException, dst: Project, new_file: Path | None) -> None:
        self._discard(dst, new_file)
        if isinstance(error, Cancelled):
            return
        dialogs.show_error(self._parent, "The copy failed",
                           f"The project could not be copied: {error}. Nothing was changed at "
                           "the destination.", details=f"{type(error).__name__}: {error}")

    def _on_cancelled(self, dst: Project, new_file: Path | None) -> None:
        self._discard(dst, new_file)
        self._status.showMessage("Copy cancelled; nothing was changed at the destination.", 8000)

    def _discard(self, dst: Project, new_file: Path | None) -> None:
        dst.close()
        if new_file is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{new_file}{suffix}").unlink(missing_ok=True)

    def _on_done(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.runningChanged.emit(False)

    def shutdown(self) -> None:
        if self.task is not None:
            self.task.cancel()
