"""GUI imports whose reading runs in worker processes, started from the import thread."""

from __future__ import annotations

import multiprocessing
import time
from functools import partial
from pathlib import Path

import pytest
from ingest.import_workers import prepare_or_hang  # tests/ingest: importable by the workers

from app.ingest import importer, parallel
from app.ingest.parallel import FilePreparer
from app.store import Project
from app.ui.actions import ActionId
from app.ui.workers import TaskRunner


@pytest.fixture
def pool_for_any_batch(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_FILES_FOR_POOL", 1)
    monkeypatch.setattr(parallel, "default_jobs", lambda: 2)


@pytest.fixture
def empty_project_path(new_project) -> Path:
    project = new_project("empty.sitrep")
    path = project.path
    project.close()
    return path


@pytest.fixture
def many_articles(article_files) -> Path:
    for index in range(30):
        (article_files / f"bulk-{index:02d}.txt").write_text(
            f"Bulk report {index}\n\nAt least {index + 2} people were killed in Kharkiv on "
            "Monday, officials said.\n",
            encoding="utf-8",
        )
    return article_files


@pytest.fixture
def slow_fourth_file(many_articles, monkeypatch) -> Path:
    """The fourth file takes a minute to read unless the import is stopped."""
    (many_articles / "bulk-03.txt").rename(many_articles / "bulk-03-slow.txt")
    monkeypatch.setattr(importer, "FilePreparer", partial(FilePreparer, prepare=prepare_or_hang))
    return many_articles


def _choose_files(monkeypatch, folder: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    paths = [str(path) for path in sorted(folder.iterdir())]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (paths, ""))


def _consistent(path: Path) -> int:
    with Project.open(path) as project:
        rows = project.documents.list()
        for row in rows:
            assert row.figure_count == len(project.figures.for_document(row.id))
        return len(rows)


def test_a_parallel_import_from_the_import_thread_fills_the_library(
    make_main_window, empty_project_path, many_articles, monkeypatch, qtbot, pool_for_any_batch
):
    window = make_main_window(empty_project_path, runner=TaskRunner())
    _choose_files(monkeypatch, many_articles)
    with qtbot.waitSignal(window.imports.importFinished, timeout=60000) as blocker:
        window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert len(blocker.args[0].imported) == 32
    assert window.library_model.rowCount() == 32
    assert multiprocessing.active_children() == []


def test_cancel_during_a_parallel_import_stops_it_and_keeps_the_project_consistent(
    make_main_window, empty_project_path, slow_fourth_file, monkeypatch, qtbot, pool_for_any_batch
):
    window = make_main_window(empty_project_path, runner=TaskRunner())
    progress = window.imports.progress
    progress.bar.valueChanged.connect(
        lambda value: progress.cancel_button.click() if value == 3 else None
    )
    _choose_files(monkeypatch, slow_fourth_file)
    with qtbot.waitSignal(window.imports.runningChanged, timeout=30000,
                          check_params_cb=lambda running: not running):
        window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert "cancelled" in window.statusBar().currentMessage()
    assert multiprocessing.active_children() == []
    window.close()
    assert _consistent(empty_project_path) == 3


def test_closing_the_window_during_a_parallel_import_returns_promptly(
    make_main_window, empty_project_path, slow_fourth_file, monkeypatch, qtbot, pool_for_any_batch
):
    window = make_main_window(empty_project_path, runner=TaskRunner())
    _choose_files(monkeypatch, slow_fourth_file)
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    qtbot.waitUntil(lambda: window.imports.progress.bar.value() == 3, timeout=30000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 10  # not the minute the slow file would take
    assert multiprocessing.active_children() == []
    assert _consistent(empty_project_path) == 3
