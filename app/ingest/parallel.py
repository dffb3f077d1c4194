"""Preparing import files on several cores and handing the results back in input order.

The caller stays the single writer: it asks for file 0, 1, 2… and stores each, while worker
processes (started with 'spawn', safe from a thread of a Qt program and in a frozen bundle) read
and extract the files ahead of it. Small batches and `jobs=1` run in-process instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from app.domain import ProgressToken
from app.ingest.errors import display_name
from app.ingest.preparation import PreparedFile, crashed_file, prepare_file, warm_up

MIN_FILES_FOR_POOL = 64  # below this, starting the workers (~0.5 s) costs more than they save
FILES_AHEAD_PER_WORKER = 4  # bounds memory when the writer falls behind a slow file
POLL_SECONDS = 0.05  # how often a wait for a result looks at the Cancel button
TERMINATE_WAIT_SECONDS = 10.0  # for the pool's thread to reap workers ended on Cancel
MAX_WORKERS = 61  # what ProcessPoolExecutor accepts on Windows
START_METHOD = "spawn"  # never fork a process that may have Qt threads running


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def uses_pool(file_count: int, jobs: int | None) -> bool:
    """Whether an import of `file_count` files with `jobs` workers starts worker processes."""
    jobs = default_jobs() if jobs is None else jobs
    return jobs > 1 and file_count >= MIN_FILES_FOR_POOL


def _worker_started() -> bool:
    """Sent to a new pool after a crash: it comes back only if workers can start here at all."""
    return True


def _init_worker() -> None:
    """Runs once in each worker: Ctrl+C is the parent's business, and the extractor loads now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm_up()
    except Exception:  # noqa: BLE001 - each file will report the same problem itself
        pass


class FilePreparer:
    """Hands out `PreparedFile`s for `paths` in order through `result(index)`; a context manager.

    A crash of a worker process fails the files that were in flight only after each has been
    retried on its own, so one damaged file cannot take its neighbours down with it.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]],
        token: ProgressToken,
        jobs: int | None = None,
        is_known: Callable[[str], bool] | None = None,
        *,
        prepare: Callable[..., PreparedFile] = prepare_file,
    ) -> None:
        """`prepare(path, is_known)` is what runs per file; tests pass one that crashes."""
        self._prepare = prepare
        self._paths = [str(path) for path in paths]
        self._token = token
        self._jobs = default_jobs() if jobs is None else max(1, jobs)
        self._is_known = is_known
        self._executor: ProcessPoolExecutor | None = None
        self._in_process = not uses_pool(len(self._paths), self._jobs)
        self._queue: deque[int] = deque(range(len(self._paths)))
        self._in_flight: dict[int, Future[PreparedFile]] = {}
        self._ready: dict[int, PreparedFile] = {}
        self._alone: set[int] = set()  # in flight when a worker died: retried one at a time

    @property
    def parallel(self) -> bool:
        return not self._in_process

    def __enter__(self) -> FilePreparer:
        if not self._in_process:
            self._start_pool()
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        self.close(abandon=exc_type is not None)

    def ready(self, index: int) -> bool:
        """Whether `result(index)` would return without waiting for a worker process."""
        if index in self._ready:
            return True
        future = self._in_flight.get(index)
        return future is not None and future.done()

    def result(self, index: int) -> PreparedFile:
        """File `index`, waiting for it if need be; raises Cancelled when the user cancels."""
        while index not in self._ready:
            self._fill()
            future = self._in_flight.get(index)
            if future is None:  # in-process, or the pool gave up
                return self._prepare(self._paths[index], self._is_known)
            while not future.done():
                self._token.check()
                wait([future], timeout=POLL_SECONDS)
            self._collect(index)
        return self._ready.pop(index)

    def close(self, abandon: bool = False) -> None:
        """Stop the workers; with files still being read, or on `abandon`, at once."""
        executor, self._executor = self._executor, None
        unfinished = any(not future.done() for future in self._in_flight.values())
        self._in_flight.clear()
        if executor is None:
            return
        if unfinished or abandon:
            _terminate_workers(executor)
        else:
            executor.shutdown(wait=True)

    # The pool -------------------------------------------------------------------------------

    def _start_pool(self) -> None:
        try:
            self._executor = ProcessPoolExecutor(
                min(self._jobs, len(self._paths), MAX_WORKERS),
                mp_context=multiprocessing.get_context(START_METHOD),
                initializer=_init_worker,
            )
            self._in_process = False
        except (OSError, ValueError, NotImplementedError, ImportError):  # no processes here
            self._executor = None
            self._in_process = True

    def _fill(self) -> None:
        """Keep a few files per worker queued; a suspect file runs with nothing beside it."""
        limit = self._jobs * FILES_AHEAD_PER_WORKER
        while self._executor is not None and self._queue and len(self._in_flight) < limit:
            if any(index in self._alone for index in self._in_flight):
                return
            index = self._queue[0]
            if index in self._alone and self._in_flight:
                return
            try:
                future = self._executor.submit(self._prepare, self._paths[index])
            except BrokenProcessPool:
                self._restart_pool()
                continue
            except OSError:  # no worker could be started: read the rest in-process
                self._stop_pool()
                return
            self._queue.popleft()
            self._in_flight[index] = future

    def _collect(self, index: int) -> None:
        outcome = self._outcome(index, self._in_flight[index])
        if outcome is None:
            self._restart_pool()
        else:
            self._ready[index] = outcome
            del self._in_flight[index]

    def _outcome(self, index: int, future: Future[PreparedFile]) -> PreparedFile | None:
        """What a finished future gave for its file; None when its worker died under it."""
        exc = future.exception()
        if exc is None:
            return future.result()
        if isinstance(exc, BrokenProcessPool):
            return None
        path = self._paths[index]  # e.g. a result that could not be sent back from the worker
        return PreparedFile(path, error=f"{display_name(path)} could not be imported: {exc}")

    def _restart_pool(self) -> None:
        """A worker died: keep what finished, suspect what did not, carry on with new workers."""
        suspects = []
        for index, future in self._in_flight.items():
            finished = future.done() and not future.cancelled()
            outcome = self._outcome(index, future) if finished else None
            if outcome is not None:
                self._ready[index] = outcome
            elif index in self._alone:  # it ran alone and took its worker down: it is the cause
                self._ready[index] = crashed_file(self._paths[index])
            else:
                suspects.append(index)
        self._in_flight.clear()
        self._alone.update(suspects)
        self._queue.extendleft(sorted(suspects, reverse=True))
        self._stop_pool()
        self._start_pool()
        if self._executor is not None and not self._workers_can_start():
            self._stop_pool()  # it was never a file's fault: read the rest in-process

    def _workers_can_start(self) -> bool:
        probe = self._executor.submit(_worker_started)
        while not probe.done():
            self._token.check()
            wait([probe], timeout=POLL_SECONDS)
        return probe.exception() is None

    def _stop_pool(self) -> None:
        """No more workers; files already handed to them still finish (or are already broken)."""
        executor, self._executor = self._executor, None
        self._in_process = True
        if executor is not None:
            executor.shutdown(wait=True)


def _terminate_workers(executor: ProcessPoolExecutor) -> None:
    """End the workers now (they only read files: nothing is left half-written) and wait for the
    pool's own thread to notice, so no process outlives the import.

    As Python 3.14's `terminate_workers`: shut down first, so futures not yet started are
    cancelled by the pool itself (3.11 fails on futures cancelled from outside in a broken pool).
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            if process.is_alive():
                process.terminate()
        except (ValueError, ProcessLookupError):  # already closed or gone
            continue
    if manager is not None:
        manager.join(TERMINATE_WAIT_SECONDS)
