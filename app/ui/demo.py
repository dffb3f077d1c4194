"""The bundled demo project: built once from resources/demo into the user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.domain import ProgressToken
from app.store import PROJECT_SUFFIX, Project, ProjectError

DEMO_NAME = "demo"
DATA_DIR_ENV = "SITREP_DATA_DIR"


def resources_dir() -> Path:
    """resources/ beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_articles_dir() -> Path:
    return resources_dir() / "demo"


def user_data_dir() -> Path:
    """Where Sitrep keeps its own files; SITREP_DATA_DIR overrides it (tests use a temp dir)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".sitrep"


def demo_project_path() -> Path:
    return user_data_dir() / f"{DEMO_NAME}{PROJECT_SUFFIX}"


def build_demo_project(target: Path, token: ProgressToken | None = None) -> Path:
    """Create the demo project at `target` from the bundled articles, atomically.

    It is built under a temporary name and moved into place only when complete, so a failed
    or interrupted build never leaves a half-made demo behind.
    """
    from app.ingest.importer import import_articles

    articles = demo_articles_dir()
    if not articles.is_dir():
        raise ProjectError(f"The demo articles are missing (looked in {articles}).")
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(target.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    project = Project.create(building)
    try:
        report = import_articles(project, [articles], token)
    finally:
        project.close()
    if not report.imported:
        building.unlink(missing_ok=True)
        reasons = "; ".join(message for _path, message in report.failed[:3])
        raise ProjectError(f"The demo project could not be built: no article imported. {reasons}")
    os.replace(building, target)
    for leftover in (Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    return target


def set_aside(path: Path) -> Path:
    """Move a damaged demo project out of the way (kept, never deleted) so it can be rebuilt."""
    aside = path.with_name(path.name + ".damaged")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.damaged{counter}")
    os.replace(path, aside)
    return aside


def ensure_demo_project(token: ProgressToken | None = None) -> Path:
    """The demo project's path, building it first if it does not exist yet."""
    path = demo_project_path()
    if not path.exists():
        build_demo_project(path, token)
    return path
