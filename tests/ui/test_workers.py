"""The task runner: results, errors and cancellation come back to the main thread by signal."""

from __future__ import annotations

import threading

import pytest

from app.domain import Cancelled
from app.ui.workers import Task, TaskRunner


def _collect(task: Task) -> dict:
    seen: dict = {"progress": []}
    task.progress.connect(lambda *args: seen["progress"].append(args))
    task.finished.connect(lambda result: seen.setdefault("finished", result))
    task.failed.connect(lambda exc: seen.setdefault("failed", exc))
    task.cancelled.connect(lambda: seen.setdefault("cancelled", True))
    return seen


def _work(token):
    for step in range(3):
        token.check()
        token.report(step, 3, f"step {step}")
    return "done"


def test_synchronous_runner_delivers_progress_and_result_at_once(qtbot):
    runner = TaskRunner.synchronous()
    task = Task(_work)
    seen = _collect(task)
    runner.run_write(task)
    assert seen["finished"] == "done"
    assert seen["progress"] == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]


def test_errors_in_the_work_arrive_as_failed(qtbot):
    def broken(token):
        raise ValueError("bad input")

    runner = TaskRunner.synchronous()
    task = Task(broken)
    seen = _collect(task)
    runner.run_write(task)
    assert isinstance(seen["failed"], ValueError)


def test_cancelled_work_reports_cancelled(qtbot):
    def cancel_then_check(token):
        token.cancel()
        token.check()

    task = Task(cancel_then_check)
    seen = _collect(task)
    TaskRunner.synchronous().run_write(task)
    assert seen == {"progress": [], "cancelled": True}


@pytest.mark.parametrize("kind", ["write", "read"])
def test_threaded_runner_works_off_the_gui_thread_and_reports_on_it(qtbot, kind):
    main = threading.get_ident()
    ran_on = []
    received_on = []

    def work(token):
        ran_on.append(threading.get_ident())
        token.report(1, 1, "")
        return 42

    runner = TaskRunner()
    task = Task(work)
    task.progress.connect(lambda *a: received_on.append(threading.get_ident()))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        getattr(runner, f"run_{kind}")(task)
    assert blocker.args == [42]
    assert ran_on and ran_on[0] != main
    assert received_on == [main]
    assert runner.wait(5000)


def test_cancel_all_stops_running_work(qtbot):
    started = threading.Event()

    def endless(token):
        started.set()
        while True:
            token.check()
            threading.Event().wait(0.01)

    runner = TaskRunner()
    task = Task(endless)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        runner.run_write(task)
        assert started.wait(5)
        runner.cancel_all()
    assert not runner.busy
    assert Cancelled
