"""File ▸ Open Recent: the last ten projects, missing ones greyed, and Clear Recent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.settings import Settings


class RecentProjectsMenu(QMenu):
    """Rebuilt from the settings each time it opens, so it is never stale."""

    def __init__(
        self,
        settings: Settings,
        clear_action: QAction,
        open_project: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Open &Recent", parent)
        self.setObjectName("menuOpenRecent")
        self._settings = settings
        self._clear_action = clear_action
        self._open_project = open_project
        self.aboutToShow.connect(self.rebuild)
        self.triggered.connect(self._on_triggered)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        recent = self._settings.recent_projects()
        for number, path_text in enumerate(recent, start=1):
            path = Path(path_text)
            exists = path.is_file()
            prefix = f"&{number} " if number < 10 else "1&0 "
            action = self.addAction(f"{prefix}{path.stem}")
            action.setObjectName(f"actionRecentProject{number}")
            action.setData(path_text)
            action.setStatusTip(path_text if exists else f"Missing: {path_text}")
            action.setToolTip(path_text)
            action.setEnabled(exists)
        if not recent:
            empty = self.addAction("No recent projects")
            empty.setEnabled(False)
        self.addSeparator()
        self.addAction(self._clear_action)
        self._clear_action.setEnabled(bool(recent))

    def _on_triggered(self, action: QAction) -> None:
        path = action.data()
        if isinstance(path, str) and path:
            self._open_project(path)
