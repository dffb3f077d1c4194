"""Run long work off the GUI thread and hand its progress and result back to the main thread.

The work is a plain function `fn(token) -> result` that never touches widgets. Database writes go
through one single-thread pool so they happen one after another, in order; reads may use the
shared pool. Tests pass an `ImmediateExecutor` to run everything synchronously.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.progress import Cancelled, ProgressToken

Work = Callable[[ProgressToken], Any]


class Executor(Protocol):
    """What a task runner needs from a pool: QThreadPool, or ImmediateExecutor in tests."""

    def start(self, runnable: QRunnable) -> None: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...


class ImmediateExecutor:
    """Runs each task at once on the calling thread (tests: results arrive before start returns)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt naming)
        return True


class _Relay(QObject):
    """Carries what the worker thread emits to the Task living in the main thread (queued)."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Work, token: ProgressToken, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._token = token
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._token)
        except Cancelled:
            self._relay.stopped.emit()
        except BaseException as exc:  # noqa: BLE001 - reported to the user by the GUI side
            self._relay.raised.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Task(QObject):
    """The GUI side of one piece of running work; all its signals arrive on the main thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.raised.connect(self._on_raised)
        self._relay.stopped.connect(self._on_stopped)
        self.token = ProgressToken(self._relay.progress.emit)
        self.runnable = _Runnable(work, self.token, self._relay)
        self.running = True

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point; `cancelled` follows when it has."""
        self.token.cancel()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_raised(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)
        self.done.emit()

    @Slot()
    def _on_stopped(self) -> None:
        self.running = False
        self.cancelled.emit()
        self.done.emit()


def _single_thread_pool() -> QThreadPool:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class TaskRunner(QObject):
    """Owns the executors; `run_write` serialises database writes, `run_read` may go in parallel.

    Connect a Task's signals before handing it over: a synchronous executor finishes it at once.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        write_executor: Executor | None = None,
        read_executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write_executor if write_executor is not None else _single_thread_pool()
        self._read = read_executor if read_executor is not None else QThreadPool.globalInstance()
        self._tasks: set[Task] = set()

    @classmethod
    def synchronous(cls, parent: QObject | None = None) -> TaskRunner:
        """A runner that does all work on the calling thread (for tests and headless use)."""
        executor = ImmediateExecutor()
        return cls(parent, write_executor=executor, read_executor=executor)

    def run_write(self, task: Task) -> Task:
        return self._submit(task, self._write)

    def run_read(self, task: Task) -> Task:
        return self._submit(task, self._read)

    def _submit(self, task: Task, executor: Executor) -> Task:
        task.setParent(self)
        self._tasks.add(task)
        task.done.connect(lambda: self._forget(task))
        executor.start(task.runnable)
        return task

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        return any(task.running for task in self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queued work has stopped (used before closing a project)."""
        done = self._write.waitForDone(msecs)
        if self._read is not self._write and self._read is not QThreadPool.globalInstance():
            done = self._read.waitForDone(msecs) and done
        return done
