"""Which project is open: New, Open, Open Recent, the demo, Close — with clear error dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.store import PROJECT_SUFFIX, Project, ProjectError, is_server_url
from app.ui import dialogs
from app.ui.demo import demo_project_path, ensure_demo_project, set_aside
from app.ui.settings import LAST_PROJECT, LAST_PROJECT_DIR, Settings
from app.ui.team.connect_dialog import open_server_project
from app.ui.team.recent import add_recent

PROJECT_FILTER = f"Sitrep projects (*{PROJECT_SUFFIX});;All files (*)"


def with_project_suffix(path: str | Path) -> Path:
    path = Path(path)
    return (
        path
        if path.suffix.lower() == PROJECT_SUFFIX
        else path.with_name(path.name + PROJECT_SUFFIX)
    )


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class ProjectController(QObject):
    """Owns the open Project (or None) and tells the window when it changes."""

    projectChanged = Signal()
    recentChanged = Signal()

    def __init__(self, settings: Settings, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._settings = settings
        self._parent = dialog_parent
        self.project: Project | None = None

    # Opening and closing ----------------------------------------------------------------------

    def open(self, path: str | Path) -> bool:
        """Open a project file, replacing the open one; a refused file gets a dialog, no change."""
        if is_server_url(str(path)):
            return self.open_server(str(path))
        path = Path(path).expanduser()
        current = self.project.path if self.project is not None else None
        if current is not None and current.resolve() == path.resolve():
            return True
        try:
            with _WaitCursor():
                project = Project.open(path)
        except ProjectError as exc:
            dialogs.show_error(self._parent, "Cannot open project", str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - never crash on a bad file
            dialogs.show_error(
                self._parent,
                "Cannot open project",
                f"'{path.name}' could not be opened. It was left untouched.",
                details=f"{type(exc).__name__}: {exc}",
            )
            return False
        self._replace(project)
        return True

    def open_server(self, url: str | None = None, password: str | None = None) -> bool:
        """Open a team project (asking for the address or password as needed)."""
        if self.project is not None and url is not None and self.project.url == url:
            return True
        project = open_server_project(self._parent, url, password, ask_first=url is None)
        if project is None:
            return False
        self._replace(project)
        return True

    def create(self, path: str | Path) -> bool:
        path = with_project_suffix(path)
        try:
            project = Project.create(path)
        except ProjectError as exc:
            dialogs.show_error(self._parent, "Cannot create project", str(exc))
            return False
        except OSError as exc:
            dialogs.show_error(
                self._parent,
                "Cannot create project",
                f"'{path.name}' could not be created: {exc.strerror or exc}.",
            )
            return False
        self._replace(project)
        return True

    def open_demo(self) -> bool:
        """Open the demo project, building it on first use (a failure shows a dialog)."""
        path = demo_project_path()
        current = self.project.path if self.project is not None else None
        if current is not None and current.resolve() == path.resolve():
            return True
        try:
            with _WaitCursor():
                project = None
                if path.exists():
                    try:
                        project = Project.open(path)
                    except ProjectError:
                        set_aside(path)  # damaged: keep it aside and build a fresh one
                if project is None:
                    ensure_demo_project()
                    project = Project.open(path)
        except Exception as exc:  # noqa: BLE001 - the app must still start
            dialogs.show_error(
                self._parent,
                "Cannot open the demo project",
                "The demo project could not be created. You can still create or open a project "
                "from the File menu.",
                details=f"{type(exc).__name__}: {exc}",
            )
            return False
        self._replace(project)
        return True

    def open_at_startup(self, project_path: str | Path | None) -> bool:
        """The project given, else the last one used if it still exists, else the demo.

        A team project used last is connected to again (the password comes from the keyring, or
        is asked for); if that fails or is cancelled, the last project file is opened instead."""
        if project_path:
            return self.open(project_path)
        last = self._settings.get(LAST_PROJECT)
        if last and is_server_url(last) and self.open_server(last):
            return True
        candidates = [last] if last else []
        candidates += [p for p in self._settings.recent_projects() if p != last]
        for candidate in candidates:
            if Path(candidate).is_file():
                return self.open(candidate)
        return self.open_demo()

    def close(self) -> None:
        if self.project is not None:
            self._close_current()
            self._settings.set(LAST_PROJECT, "")
            self.projectChanged.emit()

    def _close_current(self) -> None:
        project, self.project = self.project, None
        if project is not None:
            try:
                project.close()
            except Exception:  # noqa: BLE001 - closing must not fail the window
                project.engine.dispose()

    def _replace(self, project: Project) -> None:
        self._close_current()
        self.project = project
        add_recent(self._settings, project.url)
        if project.path is not None:
            self._settings.set(LAST_PROJECT_DIR, str(project.path.parent))
        self.recentChanged.emit()
        self.projectChanged.emit()

    # Asking the user ----------------------------------------------------------------------------

    def _start_dir(self) -> str:
        return self._settings.get(LAST_PROJECT_DIR) or str(Path.home())

    def ask_new(self) -> bool:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            "New Project",
            str(Path(self._start_dir()) / f"Untitled{PROJECT_SUFFIX}"),
            PROJECT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return bool(path) and self.create(path)

    def ask_open(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, "Open Project", self._start_dir(), PROJECT_FILTER
        )
        return bool(path) and self.open(path)

    def open_recent(self, path: str) -> bool:
        if is_server_url(path):
            return self.open_server(path)
        if not Path(path).is_file():
            dialogs.show_error(
                self._parent,
                "Project not found",
                f"'{Path(path).name}' is no longer at {path}. It was removed from the recent list.",
            )
            self._settings.remove_recent_project(path)
            self.recentChanged.emit()
            return False
        return self.open(path)

    def clear_recent(self) -> None:
        self._settings.clear_recent_projects()
        self.recentChanged.emit()
