"""Team mode in the window, against a real PostgreSQL server: connecting, conflicts, live
updates, recent projects and the command line."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.store import Project
from app.store.figure_edits import FigureEditor
from app.store.figure_query import FigureQuery
from app.ui.actions import ActionId
from app.ui.team.conflict_dialog import ConflictDialog
from app.ui.team.recent import recent_label

pytestmark = pytest.mark.postgres


@pytest.fixture
def local_path(filled_project):
    project = filled_project(3, "local.sitrep")
    path = project.path
    project.close()
    return path


def _figure_row(window, figure_id):
    model = window.review.model
    return model.figure_row(model.row_of(figure_id))


def _connected_window(make_main_window, scripted_connect, local_path, url, password):
    window = make_main_window(local_path)
    scripted_connect.answers.append((url, password))
    window.action(ActionId.CONNECT_TEAM_PROJECT).trigger()
    assert window.project is not None and window.project.kind == "postgresql"
    return window


def test_connect_dialog_opens_a_team_project_and_names_it_in_the_title(
        team_project, make_main_window, scripted_connect, local_path, recorded_dialogs):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)

    dialog = scripted_connect.seen[0]
    assert dialog.objectName() == "connectTeamProjectDialog"
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    database = Project.connect(url, password)
    assert window.windowTitle() == f"{database.name}@127.0.0.1 — Sitrep"
    database.close()
    assert window.review.model.rowCount() == len(ids)
    assert recorded_dialogs == []
    recent = window.settings.recent_projects()
    assert recent[0] == window.project.url and "@" in recent[0] and password not in recent[0]
    assert str(local_path) in recent  # both kinds are listed
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any(recent_label(recent[0]) in text for text in labels)


def test_wrong_password_is_asked_again_and_a_foreign_database_is_refused(
        team_project, make_main_window, scripted_connect, pg_database, local_path,
        recorded_dialogs):
    url, password, _ids = team_project
    window = make_main_window(local_path)
    scripted_connect.answers += [(url, "wrong"), (url, password)]
    window.action(ActionId.CONNECT_TEAM_PROJECT).trigger()
    assert window.project.kind == "postgresql"
    assert "did not accept the password" in scripted_connect.seen[1].message_label.text()

    empty_url, empty_password = pg_database()
    scripted_connect.answers.append((empty_url, empty_password))
    window.action(ActionId.CONNECT_TEAM_PROJECT).trigger()
    assert recorded_dialogs and recorded_dialogs[-1][0] == "Not a Sitrep project"
    assert window.project.url != empty_url.replace(f":{empty_password}", "")


def test_remembered_password_comes_from_the_keyring(
        team_project, make_main_window, scripted_connect, local_path, memory_keyring,
        monkeypatch):
    url, password, _ids = team_project
    window = make_main_window(local_path)

    def fill_and_remember(dialog):
        dialog.remember_box.setChecked(True)
        return original(dialog)

    original = scripted_connect
    from app.ui.team import connect_dialog
    monkeypatch.setattr(connect_dialog.ConnectDialog, "exec", fill_and_remember)
    scripted_connect.answers.append((url, password))
    window.action(ActionId.CONNECT_TEAM_PROJECT).trigger()
    assert password in memory_keyring.secrets.values()
    team_url = window.project.url
    window.projects.close()
    assert window.settings.recent_projects()[0] == team_url
    window.projects.open_recent(team_url)  # no dialog this time: the keyring knows it
    assert window.project is not None and window.project.url == team_url
    assert len(scripted_connect.seen) == 1


def test_a_server_url_on_the_command_line_opens_it_asking_for_the_password(
        team_project, make_main_window, scripted_connect):
    url, password, ids = team_project
    public = Project.connect(url, password).url
    scripted_connect.answers.append((url, password))
    window = make_main_window(public)
    assert window.project is not None and window.project.url == public
    assert window.review.model.rowCount() == len(ids)


def test_stale_edit_shows_the_conflict_dialog_and_merging_loses_nothing(
        team_project, make_main_window, scripted_connect, local_path, monkeypatch):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    fid = ids[0]
    assert _figure_row(window, fid).version == 1  # what Ana sees

    with Project.connect(url, password) as ben:
        FigureEditor(ben.engine, "ben").apply({fid: {"value": 31}}, expected_versions={fid: 1})

    shown = []

    def choose_merge(dialog):
        shown.append((dict(dialog.theirs), dict(dialog.yours)))
        dialog.choose_field("claimant", "yours")
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", choose_merge)
    window.review.edit({fid: {"claimant": "OCHA", "value": 40}})

    theirs, yours = shown[0]
    assert theirs["value"] == 31 and yours["value"] == 40 and yours["claimant"] == "OCHA"
    query = FigureQuery(window.project.engine)
    row = query.row(fid)
    assert (row.claimant, row.version) == ("OCHA", 3)
    assert row.value == 40  # "yours" is checked by default for every field
    history = window.review.writer.editor.history(fid)
    assert [e.actor for e in history][-2:] == ["ben", window.project.actor]


def test_keep_theirs_leaves_their_edit_and_drops_the_undo_step(
        team_project, make_main_window, scripted_connect, local_path, monkeypatch):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    fid = ids[1]
    _figure_row(window, fid)
    with Project.connect(url, password) as ben:
        FigureEditor(ben.engine, "ben").apply({fid: {"claimant": "UN"}})
    monkeypatch.setattr(ConflictDialog, "exec",
                        lambda d: (d.keep_button.click(), QDialog.DialogCode.Rejected)[1])
    window.review.edit({fid: {"claimant": "mine"}})
    assert FigureQuery(window.project.engine).row(fid).claimant == "UN"
    assert _figure_row(window, fid).claimant == "UN"
    assert not window.undo_stack.canUndo()


def test_changes_by_another_analyst_appear_without_moving_the_selection(
        team_project, make_main_window, scripted_connect, local_path, qtbot):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    window.review.view.select_figure(ids[2])
    assert _figure_row(window, ids[0]).claimant == "the mayor"
    assert window.team.live.timer.isActive()
    window.team.live.timer.setInterval(200)

    with Project.connect(url, password) as ben:
        FigureEditor(ben.engine, "ben").apply({ids[0]: {"claimant": "the governor"}})

    deadline = time.monotonic() + 8
    while _figure_row(window, ids[0]).claimant != "the governor" and time.monotonic() < deadline:
        QApplication.processEvents()  # the poll timer fires here (no nested event loop)
        time.sleep(0.02)
    assert _figure_row(window, ids[0]).claimant == "the governor"
    assert window.review.view.current_figure_id == ids[2]
    assert window.team.live.online


def test_a_change_notified_by_the_server_appears_without_waiting_for_a_poll(
        team_project, make_main_window, scripted_connect, local_path, qtbot):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    live = window.team.live
    live.timer.stop()  # no polling at all: only the server's notification can bring the change
    qtbot.waitUntil(lambda: live.listening, timeout=5000)

    with Project.connect(url, password) as ben:
        FigureEditor(ben.engine, "ben").apply({ids[1]: {"claimant": "the governor"}})

    qtbot.waitUntil(lambda: _figure_row(window, ids[1]).claimant == "the governor", timeout=4000)

    project, journal = live.project, live.journal
    live.stop()
    live.start(project, journal)  # reopened while the old feed's wait is still running
    live.timer.stop()
    qtbot.waitUntil(lambda: live.listening, timeout=5000)
    with Project.connect(url, password) as ben:
        FigureEditor(ben.engine, "ben").apply({ids[1]: {"claimant": "the mayor"}})
    qtbot.waitUntil(lambda: _figure_row(window, ids[1]).claimant == "the mayor", timeout=6000)
    started = time.monotonic()
    window.close()
    live.stop()
    assert time.monotonic() - started < 3  # the listening thread does not hold up closing


def _edit_while_offline(window, monkeypatch, changes):
    """Make an edit while every write to the server fails as if the connection had dropped;
    writes work again afterwards."""
    import psycopg

    real_apply = FigureEditor.apply

    def unreachable(*args, **kwargs):
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(FigureEditor, "apply", unreachable)
    window.review.edit(changes)
    monkeypatch.setattr(FigureEditor, "apply", real_apply)


def test_an_edit_made_while_the_server_is_unreachable_is_kept_and_sent_later(
        team_project, make_main_window, scripted_connect, local_path, monkeypatch):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    fid = ids[0]
    _figure_row(window, fid)
    _edit_while_offline(window, monkeypatch, {fid: {"claimant": "kept offline"}})
    indicator = window.team.live.indicator
    assert indicator.text() == "Offline — 1 edit(s) kept locally, retrying…"
    assert window.team.journal.has_pending()

    window.team.live.poll()  # the retry the timer makes
    assert FigureQuery(window.project.engine).row(fid).claimant == "kept offline"
    assert not window.team.journal.has_pending()
    assert indicator.text().startswith("Team: ")
    assert _figure_row(window, fid).claimant == "kept offline"


def test_the_team_project_used_last_is_reopened_at_start_up(
        team_project, make_main_window, scripted_connect, local_path, memory_keyring):
    url, password, ids = team_project
    first = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    team_url = first.project.url
    first.close()
    memory_keyring.secrets.clear()

    # No password in the keyring: the connect dialog asks for it, already showing the address.
    scripted_connect.answers.append((url, password))
    window = make_main_window()
    assert window.project is not None and window.project.url == team_url
    assert window.review.model.rowCount() == len(ids)
    assert scripted_connect.seen[-1].host_edit.text() == "127.0.0.1"


def test_cancelling_the_start_up_connection_opens_the_last_project_file(
        team_project, make_main_window, scripted_connect, local_path, memory_keyring):
    url, password, _ids = team_project
    first = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    first.close()
    memory_keyring.secrets.clear()

    window = make_main_window()  # no answer scripted: the user presses Cancel
    assert len(scripted_connect.seen) == 2
    assert window.project is not None and window.project.path == local_path


def test_an_offline_edit_that_conflicts_is_settled_in_the_conflict_dialog(
        team_project, make_main_window, scripted_connect, local_path, monkeypatch):
    url, password, ids = team_project
    window = _connected_window(make_main_window, scripted_connect, local_path, url, password)
    fid = ids[0]
    _figure_row(window, fid)
    _edit_while_offline(window, monkeypatch, {fid: {"claimant": "kept offline", "value": 12}})
    with Project.connect(url, password) as ben:  # meanwhile, online
        FigureEditor(ben.engine, "ben").apply({fid: {"value": 99}})

    shown = []

    def decide_later(dialog):
        shown.append(dialog)
        dialog.later_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", decide_later)
    window.team.live.poll()  # back online: the replay is refused, the dialog asks
    assert "While you were offline" in shown[0].findChild(QLabel).text()
    assert (shown[0].theirs["value"], shown[0].yours["claimant"]) == (99, "kept offline")
    indicator = window.team.live.indicator
    assert "1 offline edit(s) await a decision" in indicator.text()
    assert FigureQuery(window.project.engine).row(fid).claimant != "kept offline"

    def merge_claimant(dialog):
        shown.append(dialog)
        dialog.choose_field("value", "theirs")
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", merge_claimant)
    indicator.linkActivated.emit("#settle")  # the user clicks "Decide…"
    assert len(shown) == 2
    row = FigureQuery(window.project.engine).row(fid)
    assert (row.value, row.claimant) == (99, "kept offline")
    assert _figure_row(window, fid).claimant == "kept offline"
    assert not window.team.journal.conflicts() and "await" not in indicator.text()
    assert "Settled 1 offline edit(s)" in window.statusBar().currentMessage()
