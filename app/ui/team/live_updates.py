"""Other analysts' changes in an open window, and the offline state when the server goes away.

A background thread LISTENs on the server's change channel, and a notification makes the window
ask the change feed (off the GUI thread) what changed since its cursor; changed rows are reloaded
in place, so the selection and an open editor stay as they are. A timer polls as well: every 30 s
while notifications arrive, every few seconds when listening fails or the server is unreachable.
When the server cannot be reached the status bar says so; edits wait in the journal and are
replayed as soon as a poll succeeds again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar

from app.store.changes import ChangeFeed, Changes
from app.store.journal import EditJournal, ReplayReport, replay
from app.store.project import Project
from app.store.transactions import is_connection_error
from app.ui.workers import Task, TaskRunner

POLL_INTERVAL_MS = 2500  # when notifications cannot be had
LISTENING_POLL_INTERVAL_MS = 30_000  # a safety net while they arrive
NOTIFY_WAIT_S = 2.0  # one wait's bound: how long closing a window may wait for the listener


def poll_changes(project: Project, cursor: int, journal: EditJournal | None,
                 _token=None) -> tuple[Changes, ReplayReport | None]:
    """The work of one poll, on a worker thread: replay kept edits first, then read the feed."""
    report = replay(project, journal) if journal is not None and journal.has_pending() else None
    return project.changes_since(cursor), report


class LiveUpdates(QObject):
    """Polls one team project's change feed; `changed(Changes)` arrives on the GUI thread."""

    changed = Signal(object)
    replayed = Signal(object)  # a ReplayReport after kept edits were sent
    onlineChanged = Signal(bool)
    settleRequested = Signal()  # the user clicked "Decide…" on the indicator

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self.project: Project | None = None
        self.journal: EditJournal | None = None
        self.cursor = 0
        self.online = True
        self._polling = False
        self._poll_again = False  # a notification came while a poll was running
        self.feed: ChangeFeed | None = None
        self._waiting = False
        listen_pool = QThreadPool(self)
        listen_pool.setMaxThreadCount(1)
        self._listen_runner = TaskRunner(self, write_executor=listen_pool,
                                         read_executor=listen_pool)
        self.timer = QTimer(self)
        self.timer.setObjectName("teamPollTimer")
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.indicator = QLabel()
        self.indicator.setObjectName("teamConnectionStatus")
        self.indicator.hide()
        self.indicator.linkActivated.connect(lambda _link: self.settleRequested.emit())
        status_bar.addPermanentWidget(self.indicator)

    def start(self, project: Project, journal: EditJournal | None) -> None:
        self.project, self.journal = project, journal
        self.cursor = project.change_cursor()
        self.online = True
        self.show_state()
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.start()
        self.feed = project.change_feed()
        self.listen(self.cursor)  # a change committed before the LISTEN is in place still counts

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.close()  # the listening thread returns within NOTIFY_WAIT_S
        self.project = self.journal = self.feed = None
        self._poll_again = self._waiting = False  # a wait still running answers for the old feed
        self.indicator.hide()

    @property
    def listening(self) -> bool:
        return self._waiting

    def listen(self, cursor: int | None = None) -> None:
        """Wait on a background thread for the server's next change notification. `cursor`: a
        change committed after it, before listening began, counts as a notification."""
        feed = self.feed
        if feed is None or self._waiting:
            return
        self._waiting = True
        task = Task(lambda _token: feed.wait(NOTIFY_WAIT_S, cursor))
        task.finished.connect(lambda arrived: self._on_waited(feed, arrived))
        task.failed.connect(lambda _error: self._on_wait_failed(feed))
        self._listen_runner.run_read(task)

    def _on_waited(self, feed: ChangeFeed, arrived: bool) -> None:
        if feed is not self.feed:
            return
        self._waiting = False
        if self.online:
            self.timer.setInterval(LISTENING_POLL_INTERVAL_MS)
        if not arrived:
            self.listen()  # the connection keeps listening between waits: nothing is missed
        elif self._polling:
            self._poll_again = True  # listening resumes after that poll
        else:
            self.poll()

    def _on_wait_failed(self, feed: ChangeFeed) -> None:
        """The listening connection was lost: poll often; a poll that succeeds listens again."""
        if feed is not self.feed:
            return
        self._waiting = False
        self.timer.setInterval(POLL_INTERVAL_MS)

    def kept_count(self) -> int:
        return len(self.journal.pending()) if self.journal is not None else 0

    def went_offline(self) -> None:
        """A write could not reach the server: say so at once (the next poll retries)."""
        self._set_online(False)

    def poll(self) -> Task | None:
        project, journal = self.project, self.journal
        if project is None or self._polling:
            return None
        self._polling = True
        cursor = self.cursor
        task = Task(lambda token: poll_changes(project, cursor, journal, token))
        task.finished.connect(lambda result: self._on_polled(project, result))
        task.failed.connect(lambda error: self._on_failed(project, error))
        task.done.connect(self._poll_done)
        return self._runner.run_read(task)

    def _poll_done(self) -> None:
        self._polling = False
        if self._poll_again:
            self._poll_again = False
            self.poll()
        elif self.online:
            self.listen(self.cursor)

    def _on_polled(self, project: Project, result: tuple[Changes, ReplayReport | None]) -> None:
        if project is not self.project:
            return
        changes, report = result
        self.cursor = changes.cursor
        self._set_online(report is None or report.remaining == 0)
        if report is not None and (report.applied or report.conflicts):
            self.replayed.emit(report)
        if changes:
            self.changed.emit(changes)

    def _on_failed(self, project: Project, error: BaseException) -> None:
        if project is not self.project:
            return
        if is_connection_error(error):
            self._set_online(False)
        else:
            self.indicator.setText(f"Team project: {error}")
            self.indicator.show()

    def _set_online(self, online: bool) -> None:
        changed = online != self.online
        self.online = online
        if not online:
            self.timer.setInterval(POLL_INTERVAL_MS)
        self.show_state()
        if changed:
            self.onlineChanged.emit(online)

    def show_state(self) -> None:
        if self.project is None:
            self.indicator.hide()
            return
        kept = self.kept_count()
        waiting = len(self.journal.conflicts()) if self.journal is not None else 0
        if not self.online:
            self.indicator.setText(f"Offline — {kept} edit(s) kept locally, retrying…")
            self.indicator.setStyleSheet("color: white; background: #b35c00; padding: 0 6px;")
        elif waiting:
            self.indicator.setText(f"Team: {self.project.actor} — {waiting} offline edit(s) "
                                   "await a decision: "
                                   "<a href='#settle' style='color: white;'>Decide…</a>")
            self.indicator.setStyleSheet("color: white; background: #b35c00; padding: 0 6px;")
        else:
            self.indicator.setText(f"Team: {self.project.actor}")
            self.indicator.setStyleSheet("")
        self.indicator.show()


def refresh_view(review, changes: Changes, form_busy: Callable[[], bool]) -> None:
    """Reload what changed without moving the selection or touching an edit in progress."""
    if changes.rows_added_or_removed or changes.reload_all:
        review.refresh()
        return
    ids = list(changes.figure_ids)
    review.model.invalidate(ids)
    current = review.view.current_figure_id
    if current in changes.figure_ids and not form_busy():
        review._show_details(current)  # noqa: SLF001 - the panel's own refresh
    review.update_counts()


def focus_inside(widget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))
