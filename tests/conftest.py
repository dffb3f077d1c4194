"""Shared test set-up: Qt offscreen, settings and caches in temp dirs, small project factories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
