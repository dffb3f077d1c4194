import shutil
import sqlite3

import pytest
from sqlalchemy import inspect

from app.domain import Figure, Measure, ParsedArticle, Qualifier
from app.store import Project, ProjectError
from app.store import migrate


def _article(title="Shelling in Kharkiv", text="At least 12 civilians were killed.", **kw):
    return ParsedArticle(path="a.txt", title=title, text=text, original=text.encode(), **kw)


def test_new_project_is_migrated_from_an_empty_file_to_head(tmp_path):
    path = tmp_path / "p.sitrep"
    project = Project.create(path)
    with project.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        tables = set(inspect(conn).get_table_names())
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    project.close()
    assert {"documents", "figures", "documents_fts", "alembic_version"} <= tables
    assert journal == "wal"
    assert fks == 1


def test_existing_project_reopens_with_its_articles(tmp_path):
    path = tmp_path / "p.sitrep"
    with Project.create(path) as project:
        project.documents.add(_article(), "h1")
    with Project.open(path) as project:
        assert [row.title for row in project.documents.list()] == ["Shelling in Kharkiv"]


def test_creating_over_an_existing_project_is_refused(tmp_path):
    path = tmp_path / "p.sitrep"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"hello, this is a text file\n", "not a SQLite database"),
        (b"", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 80 + b"garbage" * 100, "damaged"),
    ],
)
def test_foreign_or_corrupt_file_is_refused_and_left_untouched(tmp_path, content, message):
    path = tmp_path / "bad.sitrep"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message):
        Project.open(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sitrep"
    conn = sqlite3.connect(path)
    conn.execute("create table contacts (name text)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="another program"):
        Project.open(path)
    assert path.read_bytes() == before


def test_truncated_project_after_a_crash_is_refused_not_overwritten(tmp_path):
    path = tmp_path / "p.sitrep"
    with Project.create(path) as project:
        for i in range(50):
            project.documents.add(_article(title=f"t{i}", text="x " * 2000 + str(i)), f"h{i}")
    data = path.read_bytes()
    half = data[: len(data) // 2]
    path.write_bytes(half)
    with pytest.raises(ProjectError):
        Project.open(path)
    assert path.read_bytes() == half


def test_project_from_a_newer_sitrep_is_refused(tmp_path):
    path = tmp_path / "p.sitrep"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("update alembic_version set version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)


def test_missing_project_gives_a_clear_error(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nowhere.sitrep")


def test_project_copied_while_open_in_wal_mode_still_opens(tmp_path):
    path = tmp_path / "p.sitrep"
    project = Project.create(path)
    project.documents.add(_article(), "h1")
    shutil.copy2(path, tmp_path / "copy.sitrep")
    project.close()
    with Project.open(tmp_path / "copy.sitrep") as copy:
        assert copy.documents.count() in (0, 1)


def test_figures_are_stored_with_their_subset_links(project_factory):
    project = project_factory()
    parent = Figure(5000, 5000, None, Qualifier.MORE_THAN, Measure.KILLED, id=1, start=0, end=5)
    child = Figure(210, 210, 210, Qualifier.EXACT, Measure.KILLED, id=2, parts_of=1, start=6, end=9)
    doc = project.documents.add(_article(), "h", [parent, child])
    stored = project.figures.for_document(doc)
    assert [f.value for f in stored] == [5000, 210]
    assert stored[1].parts_of == stored[0].id
    assert project.documents.get(doc).figure_count == 2


def test_local_project_names_itself_for_recent_project_lists(tmp_path):
    path = tmp_path / "flood.sitrep"
    with Project.create(path) as project:
        assert (project.kind, project.name, project.display_name) == ("sqlite", "flood", "flood.sitrep")
        assert project.url == str(path)
        assert project.actor and project.editor().actor == project.actor


def test_project_from_before_team_mode_is_migrated_and_backed_up(tmp_path):
    from alembic import command

    path = tmp_path / "p.sitrep"
    with Project.create(path) as project, project.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
    with Project.open(path) as project:
        with project.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert "figure_changes" in inspect(conn).get_table_names()
    assert (tmp_path / "p.sitrep.bak").exists()
