"""What every background operation with a status-bar progress strip shares: one task at a time,
start, Cancel, shutdown on window close, and the return to idle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from app.ui.workers import Task, TaskRunner

if TYPE_CHECKING:
    from app.ui.import_controller import ImportProgress


class ProgressTaskController(QObject):
    """Base of the import, re-extract and export controllers; subclasses connect the task's
    result signals and call `_launch`."""

    runningChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, dialog_parent: QWidget,
                 progress: ImportProgress, *, wait_on_shutdown: bool) -> None:
        super().__init__(dialog_parent)
        self._runner = runner
        self._status_bar = status_bar
        self._parent = dialog_parent
        self._task: Task | None = None
        self._wait_on_shutdown = wait_on_shutdown
        self.progress = progress
        status_bar.addPermanentWidget(progress)
        progress.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None

    def _launch(self, task: Task, *, write: bool) -> None:
        """Run a task whose signals are connected: writes in order on the writing thread."""
        task.cancelled.connect(self._on_cancelled)
        self._task = task
        self.progress.start()
        self.runningChanged.emit(True)
        (self._runner.run_write if write else self._runner.run_read)(task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress.cancel_button.setEnabled(False)
            self.progress.cancel_button.setText("Cancelling…")

    def shutdown(self) -> None:
        """The window is closing: stop the task at its next safe point and report nothing more."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            if self._wait_on_shutdown:
                self._runner.wait()
            task.blockSignals(True)

    def _end(self) -> None:
        self._task = None
        self.progress.hide()
        self._on_idle()
        self.runningChanged.emit(False)

    def _on_idle(self) -> None:
        """Hook for subclasses: runs after the strip is hidden, before runningChanged(False)."""

    def _on_cancelled(self) -> None:
        raise NotImplementedError
