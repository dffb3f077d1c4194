"""Recent projects of both kinds: `.sitrep` paths and `postgresql://user@host:port/db` addresses.

Server addresses are kept exactly as `Project.url` gives them (never with a password); file paths
are resolved, as the settings module does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from app.store import is_server_url
from app.store.server import describe, parse_url
from app.ui.recent_menu import RecentProjectsMenu
from app.ui.settings import LAST_PROJECT, MAX_RECENT_PROJECTS, RECENT_PROJECTS, Settings


def add_recent(settings: Settings, project_url: str) -> None:
    """Put a project (file path or server address) first in the recent list."""
    if not is_server_url(project_url):
        settings.add_recent_project(project_url)
        return
    recent = [p for p in settings.recent_projects() if p != project_url]
    settings.set(RECENT_PROJECTS, [project_url, *recent][:MAX_RECENT_PROJECTS])
    settings.set(LAST_PROJECT, project_url)


def remove_recent(settings: Settings, entry: str) -> None:
    if not is_server_url(entry):
        settings.remove_recent_project(entry)
        return
    settings.set(RECENT_PROJECTS, [p for p in settings.recent_projects() if p != entry])


def recent_label(entry: str) -> str:
    """'newsdesk on db.example.org' for a server address, the file's stem otherwise."""
    if is_server_url(entry):
        try:
            return describe(parse_url(entry))
        except Exception:  # noqa: BLE001 - a hand-edited settings file
            return entry
    return Path(entry).stem


class TeamAwareRecentMenu(RecentProjectsMenu):
    """Open Recent listing team projects too: always enabled (the server is asked on opening)."""

    def rebuild(self) -> None:
        super().rebuild()
        for action in self.actions():
            entry = action.data()
            if isinstance(entry, str) and is_server_url(entry):
                _show_server_entry(action, entry)


def _show_server_entry(action: QAction, entry: str) -> None:
    prefix = action.text().split(" ", 1)[0]
    action.setText(f"{prefix} {recent_label(entry)}")
    action.setStatusTip(f"Team project {entry}")
    action.setToolTip(entry)
    action.setEnabled(True)
