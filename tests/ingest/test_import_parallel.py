"""Importing on several worker processes: the same project as in-process, Cancel, crashes."""

from __future__ import annotations

import dataclasses
import multiprocessing
import time
from functools import partial
from pathlib import Path

import pytest

from app.domain import ProgressToken
from app.ingest import importer, parallel
from app.ingest.importer import import_articles
from app.ingest.parallel import FilePreparer, uses_pool

from .conftest import DEMO_DIR, INGEST_FIXTURES
from .import_workers import die_on_start, prepare_or_crash, prepare_or_hang
from .test_feeds import ATOM, RSS


@pytest.fixture
def pool_for_any_batch(monkeypatch):
    """Worker processes even for the small fixture batches (normally those stay in-process)."""
    monkeypatch.setattr(parallel, "MIN_FILES_FOR_POOL", 1)


@pytest.fixture
def reports_folder(tmp_path) -> Path:
    """Forty short casualty reports, each with its own figures."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(40):
        (folder / f"report-{number:02d}.txt").write_text(
            f"Shelling hits district {number}\n\n"
            f"At least {number + 3} civilians were killed and {2 * number + 5} injured in "
            f"Kharkiv on Tuesday, the regional governor said. Another {number + 1} people are "
            "missing, rescue workers said.\n",
            encoding="utf-8",
        )
    return folder


def _stored(project) -> list[tuple]:
    """Every stored article and its figures, in storage order, without the import time."""
    rows = []
    for row in sorted(project.documents.list(), key=lambda row: row.id):
        document = dataclasses.asdict(project.documents.get(row.id))
        document.pop("imported_at")
        figures = [dataclasses.asdict(figure) for figure in project.figures.for_document(row.id)]
        rows.append((document, figures))
    return rows


def _as_seen(report) -> tuple:
    return report.imported, report.duplicates, report.failed, report.warnings, report.cancelled


def test_parallel_import_stores_exactly_what_an_in_process_import_stores(
    new_project, tmp_path, pool_for_any_batch
):
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "northline.rss").write_text(RSS, encoding="utf-8")
    (feeds / "meridian.atom").write_text(ATOM, encoding="utf-8")
    sources = [INGEST_FIXTURES, DEMO_DIR, feeds]
    alone, pooled = new_project("alone.sitrep"), new_project("pooled.sitrep")
    in_process = import_articles(alone, sources, jobs=1)
    in_workers = import_articles(pooled, sources, jobs=2)
    assert in_process.imported and in_process.failed and in_process.duplicates
    assert _as_seen(in_workers) == _as_seen(in_process)
    assert _stored(pooled) == _stored(alone)
    assert sum(len(figures) for _document, figures in _stored(pooled)) > 50
    assert multiprocessing.active_children() == []


def test_progress_names_each_file_in_order_and_never_counts_uncommitted_ones(
    new_project, reports_folder, pool_for_any_batch
):
    project = new_project()
    seen = []

    def record(done: int, total: int, name: str) -> None:
        seen.append((done, total, name, project.documents.count()))  # what another reader sees

    import_articles(project, [reports_folder], ProgressToken(record), jobs=2)
    names = sorted(path.name for path in reports_folder.iterdir())
    assert [name for _done, _total, name, _stored in seen] == names + [""]
    assert seen[-1][:2] == (40, 40)
    dones = [done for done, _total, _name, _stored in seen]
    assert dones == sorted(dones)
    for done, _total, _name, committed in seen:
        assert done <= committed  # one article per file: the count never runs ahead of commits


def test_cancelling_a_parallel_import_keeps_whole_articles_and_the_rest_can_follow(
    new_project, reports_folder, pool_for_any_batch
):
    project = new_project()

    def cancel_at_sixth(done: int, total: int, name: str) -> None:
        if name == "report-05.txt":
            token.cancel()

    token = ProgressToken(cancel_at_sixth)
    report = import_articles(project, [reports_folder], token, jobs=2)
    assert report.cancelled
    titles = [title for title, _id in report.imported]
    assert titles == [f"Shelling hits district {n}" for n in range(5)]
    assert project.documents.count() == 5
    for row in project.documents.list():
        assert row.figure_count == len(project.figures.for_document(row.id)) > 0
    assert multiprocessing.active_children() == []

    rest = import_articles(project, [reports_folder], jobs=2)
    assert len(rest.imported) == 35 and len(rest.duplicates) == 5
    assert project.documents.count() == 40


def test_cancel_does_not_wait_for_a_file_still_being_read(
    new_project, reports_folder, monkeypatch, pool_for_any_batch
):
    (reports_folder / "report-03.txt").rename(reports_folder / "report-03-slow.txt")
    monkeypatch.setattr(importer, "FilePreparer", partial(FilePreparer, prepare=prepare_or_hang))
    cancelled_at: list[float] = []

    def cancel_on_the_slow_file(done: int, total: int, name: str) -> None:
        if "slow" in name:
            cancelled_at.append(time.monotonic())
            token.cancel()

    token = ProgressToken(cancel_on_the_slow_file)
    project = new_project()
    report = import_articles(project, [reports_folder], token, jobs=2)
    assert report.cancelled and len(report.imported) == 3
    assert time.monotonic() - cancelled_at[0] < 10  # the slow file takes 60 s
    assert multiprocessing.active_children() == []
    assert project.documents.count() == 3


def test_a_file_that_kills_its_worker_fails_alone_and_the_batch_goes_on(
    new_project, reports_folder, monkeypatch, pool_for_any_batch
):
    (reports_folder / "report-07.txt").rename(reports_folder / "report-07-crash.txt")
    monkeypatch.setattr(importer, "FilePreparer", partial(FilePreparer, prepare=prepare_or_crash))
    report = import_articles(new_project(), [reports_folder], jobs=2)
    assert [Path(path).name for path, _message in report.failed] == ["report-07-crash.txt"]
    assert "stopped the import worker unexpectedly" in report.failed[0][1]
    assert [title for title, _id in report.imported] == [
        f"Shelling hits district {n}" for n in range(40) if n != 7
    ]
    assert not report.cancelled
    assert multiprocessing.active_children() == []


def test_two_files_that_kill_workers_side_by_side_both_fail_and_only_they(
    new_project, reports_folder, monkeypatch, pool_for_any_batch
):
    for number in (4, 5):
        (reports_folder / f"report-{number:02d}.txt").rename(
            reports_folder / f"report-{number:02d}-crash.txt"
        )
    monkeypatch.setattr(importer, "FilePreparer", partial(FilePreparer, prepare=prepare_or_crash))
    report = import_articles(new_project(), [reports_folder], jobs=2)
    assert [Path(path).name for path, _message in report.failed] == [
        "report-04-crash.txt", "report-05-crash.txt"
    ]
    assert len(report.imported) == 38


def test_when_workers_cannot_start_the_files_are_read_in_process(
    new_project, reports_folder, monkeypatch, pool_for_any_batch
):
    monkeypatch.setattr(parallel, "_init_worker", die_on_start)
    report = import_articles(new_project(), [reports_folder], jobs=2)
    assert report.failed == [] and len(report.imported) == 40
    assert multiprocessing.active_children() == []


def test_unreadable_files_are_reported_by_name_and_the_rest_import_in_workers(
    new_project, reports_folder, pool_for_any_batch
):
    (reports_folder / "report-10.txt").write_bytes(b"")
    (reports_folder / "report-20.txt").write_bytes(bytes(range(256)) * 8)
    report = import_articles(new_project(), [reports_folder], jobs=2)
    assert sorted(Path(path).name for path, _message in report.failed) == [
        "report-10.txt", "report-20.txt"
    ]
    assert all("'report-" in message for _path, message in report.failed)
    assert len(report.imported) == 38


def test_small_batches_and_one_job_stay_in_process():
    assert not uses_pool(parallel.MIN_FILES_FOR_POOL - 1, 8)
    assert not uses_pool(1000, 1)
    assert uses_pool(parallel.MIN_FILES_FOR_POOL, 2)
    with FilePreparer(["a.txt"] * 1000, ProgressToken(), jobs=1) as preparer:
        assert not preparer.parallel
