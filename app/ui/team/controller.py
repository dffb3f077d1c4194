"""Team mode wired into the main window: the File menu's team actions, the title, the save hook
that catches conflicts and keeps offline edits, and live updates from other analysts."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app import APP_NAME
from app.store.journal import EditJournal, ReplayReport
from app.store.project import Project
from app.ui import dialogs
from app.ui.actions import ActionId
from app.ui.demo import user_data_dir
from app.ui.team.editing import TeamEditSaver
from app.ui.team.live_updates import LiveUpdates, focus_inside, refresh_view
from app.ui.team.transfers import TransferController


def window_title(project: Project) -> str:
    """'newsdesk@db.example.org — Sitrep' for a team project."""
    url = project._server_url  # noqa: SLF001 - host and database, never the password
    return f"{project.name}@{url.host or 'localhost'} — {APP_NAME}"


class TeamController(QObject):
    """Assembled by the main window after its own wiring; owns live updates and transfers."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.live = LiveUpdates(window.runner, window.statusBar(), self)
        self.transfers = TransferController(window.runner, window.statusBar(), window)
        self.journal: EditJournal | None = None
        a = window.action_registry
        a.connect(ActionId.CONNECT_TEAM_PROJECT, lambda: window.projects.open_server(None))
        a.connect(ActionId.PUBLISH_PROJECT, lambda: self.transfers.publish(window.project))
        a.connect(ActionId.SAVE_LOCAL_COPY, lambda: self.transfers.save_local_copy(window.project))
        window.projects.projectChanged.connect(self.on_project_changed)
        self.live.changed.connect(self._on_changed)
        self.live.replayed.connect(self._on_replayed)
        self.live.onlineChanged.connect(self._on_online_changed)
        self.on_project_changed()

    def on_project_changed(self) -> None:
        project, review = self._window.project, self._window.review
        self.live.stop()
        self.journal = None
        if project is None or project.kind != "postgresql":
            return
        self._window.setWindowTitle(window_title(project))
        self.journal = EditJournal.for_project(user_data_dir(), project.url)
        if review.writer is not None:
            review.writer.editor.actor = project.actor  # history names the database user
            review.writer.save_hook = TeamEditSaver(
                review.model, self.journal, self._window, self.live.went_offline)
        self.live.start(project, self.journal)
        if self.journal.has_pending():
            self.live.poll()

    def _on_changed(self, changes) -> None:
        review = self._window.review
        refresh_view(review, changes, lambda: focus_inside(review.details))
        if changes.document_ids or changes.rows_added_or_removed:
            self._window.library.refresh()
        others = sorted(changes.actors - {self._window.project.actor}) if self._window.project \
            else []
        if others:
            self._window.statusBar().showMessage(
                f"Updated with changes by {', '.join(others)}.", 5000)

    def _on_online_changed(self, online: bool) -> None:
        if online:
            self._window.statusBar().showMessage("Back online; the team project is up to date.",
                                                 6000)
            self._window.review.refresh()

    def _on_replayed(self, report: ReplayReport) -> None:
        self._window.review.refresh()
        if report.applied:
            self._window.statusBar().showMessage(
                f"Sent {len(report.applied)} edit(s) kept while offline.", 8000)
        if report.conflicts:
            lines = [f"Figure(s) {', '.join(map(str, sorted(entry.figure_ids())))}: {error}"
                     for entry, error in report.conflicts]
            dialogs.show_error(
                self._window, "Edits made offline conflict with others",
                f"{len(report.conflicts)} edit(s) made while offline were not applied because "
                "someone else changed the same figures meanwhile. They are kept in the local "
                "journal; the table shows the current values.", details="\n".join(lines))

    def shutdown(self) -> None:
        """The window is closing: no late refresh may reach the server after this."""
        self.live.stop()
        self.transfers.shutdown()
        if self._window.project is not None and self._window.project.kind == "postgresql":
            self._window.review.set_project(None)
