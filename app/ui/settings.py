"""Every user preference Sitrep keeps, declared once with its type and default, over QSettings.

Stored as an INI file in the user scope; `SITREP_SETTINGS_DIR` points it elsewhere (tests do).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from app import APP_NAME

T = TypeVar("T")

SETTINGS_DIR_ENV = "SITREP_SETTINGS_DIR"
MAX_RECENT_PROJECTS = 10
SETTINGS_VERSION = 1


@dataclass(frozen=True, slots=True)
class Key(Generic[T]):
    """One stored preference: where it lives, what type it has, what it is when never set."""

    name: str
    type: type
    default: T


RECENT_PROJECTS: Key[list[str]] = Key("projects/recent", list, [])
LAST_PROJECT: Key[str] = Key("projects/last", str, "")
LAST_IMPORT_DIR: Key[str] = Key("import/last_dir", str, "")
LAST_PROJECT_DIR: Key[str] = Key("projects/last_dir", str, "")
SHOW_REMOVED_TEXT: Key[bool] = Key("reading/show_removed_text", bool, False)
WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
LIBRARY_HEADER: Key[QByteArray] = Key("library/header", QByteArray, QByteArray())
VERSION: Key[int] = Key("settings/version", int, 0)

ALL_KEYS = (
    RECENT_PROJECTS,
    LAST_PROJECT,
    LAST_IMPORT_DIR,
    LAST_PROJECT_DIR,
    SHOW_REMOVED_TEXT,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LIBRARY_HEADER,
    VERSION,
)

# Upgrade hooks: version reached -> function bringing older stored settings to it.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def _coerce(value: Any, key: Key[Any]) -> Any:
    """INI files give strings back (and a one-item list as a plain string); restore the type."""
    if value is None:
        return key.default
    if key.type is bool:
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes", "on")
        return bool(value)
    if key.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return key.default
    if key.type is list:
        if isinstance(value, str):
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, (list, tuple)) else key.default
    if key.type is QByteArray:
        return value if isinstance(value, QByteArray) else key.default
    return str(value)


class Settings:
    """Typed access to the stored preferences; create one and pass it to whoever needs it."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            settings_dir = os.environ.get(SETTINGS_DIR_ENV)
            if settings_dir:
                QSettings.setPath(
                    QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir
                )
            qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            )
        self.qsettings = qsettings
        self._upgrade()

    def get(self, key: Key[T]) -> T:
        return _coerce(self.qsettings.value(key.name), key)

    def set(self, key: Key[T], value: T) -> None:
        if key.type is list and not value:
            self.qsettings.remove(key.name)
            return
        self.qsettings.setValue(key.name, value)

    def sync(self) -> None:
        self.qsettings.sync()

    def _upgrade(self) -> None:
        stored = self.get(VERSION)
        for version in sorted(UPGRADES):
            if stored < version:
                UPGRADES[version](self.qsettings)
        if stored != SETTINGS_VERSION:
            self.set(VERSION, SETTINGS_VERSION)

    # Recent projects -------------------------------------------------------------------------

    def recent_projects(self) -> list[str]:
        return self.get(RECENT_PROJECTS)

    def add_recent_project(self, path: str | Path) -> None:
        """Put a project first in the recent list (most recent first, no repeats, at most ten)."""
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_projects() if p != path]
        self.set(RECENT_PROJECTS, [path, *recent][:MAX_RECENT_PROJECTS])
        self.set(LAST_PROJECT, path)

    def remove_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.set(RECENT_PROJECTS, [p for p in self.recent_projects() if p != path])

    def clear_recent_projects(self) -> None:
        self.set(RECENT_PROJECTS, [])

    # Window layout ---------------------------------------------------------------------------

    def save_window(self, window: QMainWindow) -> None:
        self.set(WINDOW_GEOMETRY, window.saveGeometry())
        self.set(WINDOW_STATE, window.saveState(SETTINGS_VERSION))

    def restore_window(self, window: QMainWindow) -> bool:
        """Restore geometry and dock layout; False when nothing was saved yet."""
        geometry = self.get(WINDOW_GEOMETRY)
        state = self.get(WINDOW_STATE)
        restored = bool(geometry) and window.restoreGeometry(geometry)
        if state:
            window.restoreState(state, SETTINGS_VERSION)
        return restored
