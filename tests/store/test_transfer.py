"""Publish a local project to a server and save a local copy back: same rows, same ids."""

import pytest
from sqlalchemy import inspect

from app.domain import Cancelled, ProgressToken
from app.store import Project, ProjectError
from app.store.figure_edits import FigureEditor
from app.store.figure_query import FigureFilter, FigureQuery
from app.store.transfer import copy_project
from store_helpers import article, dump, figure, seed


def _reviewed_project(project):
    """Articles, subset links (one pointing forward), edits, a deletion and an addition."""
    ids = seed(project, 4, 5)
    editor = FigureEditor(project.engine, "ana")
    editor.apply({ids[0]: {"value": 11, "claimant": "OCHA"}, ids[6]: {"status": "rejected"}})
    editor.apply({ids[3]: {"parts_of": ids[8]}})  # a link to a later figure
    editor.delete([ids[5]])
    editor.add(1, figure(77, start=300, place="Kherson"))
    return project


def test_publish_and_copy_back_round_trip_equal(tmp_path, pg_database):
    local = _reviewed_project(Project.create(tmp_path / "local.sitrep"))
    url, password = pg_database()
    server = Project.connect(url, password, create=True)
    progress = []
    report = copy_project(local, server, ProgressToken(lambda d, t, m: progress.append((d, t))))
    assert (report.documents, report.figures) == (4, 20)
    assert progress[-1][0] == progress[-1][1] > 0
    assert dump(server) == dump(local)

    back = Project.create(tmp_path / "back.sitrep")
    copy_project(server, back)
    assert dump(back) == dump(local)
    fresh_server = Project.connect(*pg_database(project=True))
    assert _indexes(server) == _indexes(fresh_server)
    assert _indexes(back) == _indexes(local)
    for project in (server, back):
        query = FigureQuery(project.engine)
        assert len(query.ids(FigureFilter(text="kherson"))) == 1
        assert [h.title for h in project.documents.search_text("report 2")][:1] == ["Report 2"]
        FigureEditor(project.engine, "ben").add(1, figure(3, start=400, place="Odesa"))
        assert len(query.ids(FigureFilter(text="odesa"))) == 1  # indexed as before the copy
    new_doc = server.documents.add(article("After publishing"), "h-after", [figure(1)])
    assert new_doc == 5  # the server's id sequences continue after the copied rows
    for project in (local, server, back, fresh_server):
        project.close()


def _indexes(project):
    with project.engine.connect() as conn:
        return {i["name"] for table in ("documents", "figures", "figure_history")
                for i in inspect(conn).get_indexes(table)}


def test_cancelled_copy_leaves_the_destination_empty(project_factory, tmp_path):
    source = _reviewed_project(Project.create(tmp_path / "src.sitrep"))
    target = project_factory()
    token = ProgressToken(lambda done, total, message: token.cancel() if done >= 4 else None)
    with pytest.raises(Cancelled):
        copy_project(source, target, token, batch_size=3)
    assert dump(target) == {"documents": [], "figures": [], "figure_history": []}
    copy_project(source, target)  # and it can be copied again afterwards
    assert dump(target) == dump(source)
    source.close()


def test_copying_into_a_project_with_articles_is_refused(project_factory):
    source, target = project_factory("a"), project_factory("b")
    seed(source, 1, 1)
    seed(target, 1, 1)
    with pytest.raises(ProjectError, match="already holds articles"):
        copy_project(source, target)
