"""Team mode wired into the main window: the File menu's team actions, the title, the save hook
that catches conflicts and keeps offline edits, and live updates from other analysts."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app import APP_NAME
from app.store.journal import EditJournal, ReplayReport
from app.store.project import Project
from app.ui import dialogs
from app.ui.actions import ActionId
from app.ui.demo import user_data_dir
from app.ui.team.editing import TeamEditSaver
from app.ui.team.live_updates import LiveUpdates, focus_inside, refresh_view
from app.ui.team.offline_conflicts import settle_offline_conflicts, settled_message
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
        self._settling = False
        a = window.action_registry
        a.connect(ActionId.CONNECT_TEAM_PROJECT, lambda: window.projects.open_server(None))
        a.connect(ActionId.PUBLISH_PROJECT, lambda: self.transfers.publish(window.project))
        a.connect(ActionId.SAVE_LOCAL_COPY, lambda: self.transfers.save_local_copy(window.project))
        window.projects.projectChanged.connect(self.on_project_changed)
        self.live.changed.connect(self._on_changed)
        self.live.replayed.connect(self._on_replayed)
        self.live.onlineChanged.connect(self._on_online_changed)
        self.live.settleRequested.connect(self.settle_conflicts)
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
        if self.journal.conflicts():  # left undecided last time: ask once the window is up
            QTimer.singleShot(0, self.settle_conflicts)

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
            self.settle_conflicts()

    def settle_conflicts(self) -> None:
        """Ask about each offline edit the server refused (a conflict dialog per figure)."""
        project, journal = self._window.project, self.journal
        if self._settling or project is None or journal is None or not journal.conflicts():
            return
        self._settling = True
        try:
            report = settle_offline_conflicts(self._window, project, journal)
        except Exception as exc:  # noqa: BLE001 - the edits stay in the journal
            dialogs.show_error(self._window, "Offline edits could not be settled",
                               "Your offline edits are still kept on this computer.",
                               details=f"{type(exc).__name__}: {exc}")
            return
        finally:
            self._settling = False
        self._window.review.refresh()
        self.live.show_state()
        if report is None:
            self.live.went_offline()
            return
        message = settled_message(report, len(journal.conflicts()))
        if message:
            self._window.statusBar().showMessage(message, 15000)

    def shutdown(self) -> None:
        """The window is closing: no late refresh may reach the server after this."""
        self.live.stop()
        self.transfers.shutdown()
        if self._window.project is not None and self._window.project.kind == "postgresql":
            self._window.review.set_project(None)
