"""Import commits a few articles at a time: progress and the report never run ahead of commits."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import ProgressToken
from app.ingest.importer import import_articles
from app.store import documents as document_store


@pytest.fixture
def reports_folder(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(12):
        (folder / f"report-{number:02d}.txt").write_text(
            f"Shelling hits district {number}\n\nAt least {number + 3} civilians were killed in "
            "Kharkiv on Tuesday, the regional governor said.\n",
            encoding="utf-8",
        )
    return folder


def _whole(project) -> bool:
    return all(row.figure_count == len(project.figures.for_document(row.id)) > 0
               for row in project.documents.list())


def test_a_storing_failure_loses_no_article_progress_had_counted_and_leaves_no_half_article(
    new_project, reports_folder, monkeypatch
):
    project = new_project()
    real_insert = document_store.insert_figures
    calls = []

    def fail_on_the_eighth(conn, document_id, found, *args):
        calls.append(document_id)
        if len(calls) == 8:
            raise RuntimeError("disk full")
        return real_insert(conn, document_id, found, *args)

    monkeypatch.setattr(document_store, "insert_figures", fail_on_the_eighth)
    counted = []
    token = ProgressToken(lambda done, total, name: counted.append(done))
    with pytest.raises(RuntimeError):
        import_articles(project, [reports_folder], token, jobs=1)
    assert project.documents.count() >= max(counted)
    assert project.documents.count() < 8
    assert _whole(project)


def test_cancel_commits_the_whole_articles_already_written_and_reports_just_those(
    new_project, reports_folder
):
    project = new_project()

    def cancel_at_sixth(done: int, total: int, name: str) -> None:
        if name == "report-05.txt":
            token.cancel()

    token = ProgressToken(cancel_at_sixth)
    report = import_articles(project, [reports_folder], token, jobs=1)
    assert report.cancelled
    assert [title for title, _id in report.imported] == [
        f"Shelling hits district {n}" for n in range(5)
    ]
    assert project.documents.count() == 5 and _whole(project)


def test_in_process_progress_names_every_file_and_counts_only_committed_ones(
    new_project, reports_folder
):
    project = new_project()
    seen = []
    token = ProgressToken(
        lambda done, total, name: seen.append((done, name, project.documents.count()))
    )
    report = import_articles(project, [reports_folder], token, jobs=1)
    assert len(report.imported) == 12
    assert [name for _done, name, _stored in seen] == [
        f"report-{n:02d}.txt" for n in range(12)
    ] + [""]
    assert all(done <= stored for done, _name, stored in seen)
    assert any(0 < done < 12 for done, _name, _stored in seen)  # it moves before the end
    assert seen[-1][0] == 12
