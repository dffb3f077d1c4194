"""Shared test set-up: Qt offscreen, settings and caches in temp dirs, small project factories."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest

pytest_plugins = ["figure_builders"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
DEMO_DIR = REPO / "resources" / "demo"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's settings, recent files and demo project."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SITREP_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.setenv("SITREP_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    yield


@pytest.fixture
def new_project(tmp_path):
    """A factory for empty projects in a temp dir; each is closed after the test."""
    from app.store import Project

    opened = []

    def make(name: str = "test.sitrep"):
        project = Project.create(tmp_path / name)
        opened.append(project)
        return project

    yield make
    for project in opened:
        project.engine.dispose()


# --- PostgreSQL: a throwaway cluster for the whole session, a fresh database per test ----------

sys.path.insert(0, str(REPO / "tests" / "store"))


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL cluster started in a temp dir on loopback for this test session.

    When none can be started the tests that need it fail under CI (CI=true) and skip locally.
    """
    reason = None
    cluster = None
    try:
        import psycopg  # noqa: F401

        from pg_cluster import start_cluster

        cluster = start_cluster()
    except Exception as exc:  # any reason at all: say it, then fail or skip below
        reason = f"{type(exc).__name__}: {exc}"
    if cluster is None:
        message = f"no PostgreSQL server could be started for the tests ({reason})"
        if _in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests, but {message}", pytrace=False)
        pytest.skip(message)
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def pg_project_template(pg_server) -> str:
    """A database holding an empty project at the newest schema, made once: copying it is
    quicker than migrating a fresh database for every test."""
    from app.store import Project

    name = "sitrep_template"
    pg_server.create_database(name)
    Project.connect(pg_server.url(name), pg_server.password, create=True).close()
    return name


@pytest.fixture
def pg_database(pg_server, request):
    """A factory of fresh databases on the test server, returning (url, password): empty, or
    with `project=True` already holding an empty project."""
    created = []

    def make(project: bool = False) -> tuple[str, str]:
        name = f"sitrep_t{next(_DB_NUMBERS)}"
        template = request.getfixturevalue("pg_project_template") if project else None
        pg_server.create_database(name, template)
        created.append(name)
        return pg_server.url(name), pg_server.password

    yield make
    for name in created:
        try:
            pg_server.drop_database(name)
        except Exception:  # the server may have been stopped by the test; the cluster goes anyway
            pass


_DB_NUMBERS = itertools.count(1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def project_factory(backend, tmp_path, request):
    """Empty projects on the parametrised backend: a .sitrep file, or a fresh server database."""
    from app.store import Project

    opened = []
    passwords = {}

    def make(name: str = "test"):
        if backend == "sqlite":
            project = Project.create(tmp_path / f"{name}.sitrep")
        else:
            url, password = request.getfixturevalue("pg_database")(project=True)
            passwords[url] = password
            project = Project.connect(url, password)
        opened.append(project)
        return project

    def reopen(project):
        """Another session on the same project, as a second analyst (or window) would have."""
        again = Project.open(project.url, password=passwords.get(project.url))
        opened.append(again)
        return again

    make.reopen = reopen
    yield make
    for project in opened:
        project.engine.dispose()
