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
    """Made on the worker thread for one run; its signals reach the Task on the main thread.

    Living and dying on the worker thread, it never outlives or is outlived badly by the Task:
    queued calls to a Task that is already gone are simply dropped by Qt.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    raised = Signal(object)
    stopped = Signal()


class _RelayToken(ProgressToken):
    """A ProgressToken whose reports go out through the current run's relay."""

    def __init__(self) -> None:
        super().__init__()
        self.relay: _Relay | None = None

    def report(self, done: int, total: int, message: str = "") -> None:
        relay = self.relay
        if relay is not None:
            relay.progress.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self._work = task.work
        self._token = task.token

    def run(self) -> None:
        relay = _Relay()
        try:
            relay.progress.connect(self._task._on_progress)
            relay.succeeded.connect(self._task._on_succeeded)
            relay.raised.connect(self._task._on_raised)
            relay.stopped.connect(self._task._on_stopped)
        except RuntimeError:  # the Task was deleted before the work started: nobody to tell
            return
        self._token.relay = relay
        try:
            result = self._work(self._token)
        except Cancelled:
            relay.stopped.emit()
        except BaseException as exc:  # noqa: BLE001 - reported to the user by the GUI side
            relay.raised.emit(exc)
        else:
            relay.succeeded.emit(result)
        finally:
            self._token.relay = None


class Task(QObject):
    """The GUI side of one piece of running work; all its signals arrive on the main thread."""

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.token = _RelayToken()
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


def _single_thread_pool(parent: QObject) -> QThreadPool:
    pool = QThreadPool(parent)
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
        self._write = write_executor if write_executor is not None else _single_thread_pool(self)
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
        task.setParent(self)  # owned by Qt from here: no Python garbage collection of it
        self._tasks.add(task)
        task.done.connect(self._on_task_done)
        executor.start(_Runnable(task))
        return task

    @Slot()
    def _on_task_done(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
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
