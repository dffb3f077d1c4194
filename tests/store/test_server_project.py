"""Team projects on a real PostgreSQL server: connect, mark, refuse foreign databases, migrate."""

import pytest
from alembic import command
from sqlalchemy import inspect, text

from app.store import EmptyDatabase, PasswordRequired, Project, ProjectError, migrate
from app.store.figure_edits import FigureEditor
from store_helpers import article, seed

pytestmark = pytest.mark.postgres


def _tables(pg_server, url):
    import psycopg

    database = url.rsplit("/", 1)[-1]
    with psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="sitrep_test",
                         dbname=database) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {name for (name,) in rows}


def test_new_team_project_is_marked_and_migrated_to_head(pg_database):
    url, password = pg_database()
    project = Project.connect(url, password, create=True)
    with project.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        columns = {c["name"] for c in inspect(conn).get_columns("figures")}
        mark = conn.execute(text("SELECT value FROM sitrep_meta WHERE key = 'application'")).scalar()
    project.close()
    assert "search_fts" in columns and mark == "sitrep"
    assert project.kind == "postgresql" and project.path is None
    assert project.url == url and password not in project.url
    assert project.name == url.rsplit("/", 1)[-1]
    assert project.display_name.startswith(f"{project.name} on 127.0.0.1")
    assert project.actor == "sitrep_test"


def test_team_project_reopens_with_its_articles_through_open(pg_database):
    url, password = pg_database()
    with Project.create(url, password=password) as project:
        project.documents.add(article("Shelling in Kharkiv"), "h1")
    with Project.open(url, password=password) as project:
        assert [row.title for row in project.documents.list()] == ["Shelling in Kharkiv"]


def test_password_in_the_url_is_used_but_never_shown(pg_database):
    url, password = pg_database()
    with_password = url.replace("sitrep_test@", f"sitrep_test:{password}@")
    with Project.connect(with_password, create=True) as project:
        assert password not in project.url and password not in repr(project.engine.url)


@pytest.mark.parametrize("password", [None, "wrong"])
def test_missing_or_wrong_password_asks_for_one(pg_database, password):
    url, _ = pg_database()
    with pytest.raises(PasswordRequired, match="password"):
        Project.connect(url, password, create=True)


def test_empty_database_is_opened_only_when_asked_to_create(pg_server, pg_database):
    url, password = pg_database()
    with pytest.raises(EmptyDatabase, match="holds no Sitrep project"):
        Project.open(url, password=password)
    assert _tables(pg_server, url) == set()


def test_foreign_database_is_refused_and_left_untouched(pg_server, pg_database):
    url, password = pg_database()
    import psycopg

    with psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="sitrep_test",
                         dbname=url.rsplit("/", 1)[-1], autocommit=True) as conn:
        conn.execute("CREATE TABLE contacts (name text)")
    for create in (False, True):
        with pytest.raises(ProjectError, match="not a Sitrep project"):
            Project.connect(url, password, create=create)
    assert _tables(pg_server, url) == {"contacts"}


def test_creating_where_a_project_exists_is_refused(pg_database):
    url, password = pg_database()
    Project.connect(url, password, create=True).close()
    with pytest.raises(ProjectError, match="already holds"):
        Project.create(url, password=password)


def test_project_from_a_newer_sitrep_is_refused(pg_database):
    url, password = pg_database()
    with Project.connect(url, password, create=True) as project, project.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(ProjectError, match="newer version"):
        Project.connect(url, password)


def test_older_team_project_is_migrated_on_connect(pg_database):
    url, password = pg_database()
    project = Project.connect(url, password, create=True)
    with project.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
        conn.execute(text("CREATE TABLE sitrep_meta (key varchar(64) PRIMARY KEY, value text)"))
        conn.execute(text("INSERT INTO sitrep_meta VALUES ('application', 'sitrep')"))
    project.close()
    with Project.connect(url, password) as project, project.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_unreachable_server_gives_a_clear_error(pg_server):
    url = f"postgresql://sitrep_test@127.0.0.1:{pg_server.port + 1}/nowhere"
    with pytest.raises(ProjectError, match="Cannot connect to the server at 127.0.0.1"):
        Project.connect(url, "x")


def test_missing_database_gives_a_clear_error(pg_server):
    with pytest.raises(ProjectError, match="There is no database 'nowhere'"):
        Project.connect(pg_server.url("nowhere"), pg_server.password)


def test_edits_are_attributed_to_the_database_user(pg_database):
    url, password = pg_database()
    with Project.connect(url, password, create=True) as project:
        (fid, *_) = seed(project, 1, 1)
        FigureEditor(project.engine).apply({fid: {"value": 7}})
        assert [e.actor for e in project.editor().history(fid)] == ["sitrep_test"]


def test_migrations_downgrade_to_nothing_and_back(pg_database):
    url, password = pg_database()
    with Project.connect(url, password, create=True) as project, project.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrate.upgrade_to_head(conn)
        assert {"documents", "figures", "figure_changes"} <= set(inspect(conn).get_table_names())
