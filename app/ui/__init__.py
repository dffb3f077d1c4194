"""Everything Qt: the main window and what it assembles. Entry point: `build_main_window`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from app.ui.demo import resources_dir
from app.ui.settings import Settings
from app.ui.workers import TaskRunner

__all__ = ["app_icon", "build_main_window"]


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "sitrep.svg"))


def build_main_window(
    project_path: str | Path | None = None,
    *,
    settings: Settings | None = None,
    runner: TaskRunner | None = None,
) -> QMainWindow:
    """The ready main window on a project (or the last one, or the demo); no event loop entered.

    A QApplication must already exist. Tests pass their own settings and a synchronous runner.
    """
    if QApplication.instance() is None:
        raise RuntimeError("build_main_window() needs a QApplication; create one first.")
    from app.ui.main_window import MainWindow

    window = MainWindow(settings or Settings(), runner or TaskRunner())
    window.setWindowIcon(app_icon())
    window.projects.open_at_startup(project_path)
    return window
