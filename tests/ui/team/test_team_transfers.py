"""File ▸ Publish Project to Server… and File ▸ Save a Local Copy…, through the window's
actions."""

from __future__ import annotations

import pytest
from store_helpers import dump

from app.store import Project
from app.ui.actions import ActionId
from app.ui.team import transfers

@pytest.fixture
def seeded_local(new_project):
    from store_helpers import seed

    project = new_project("desk.sitrep")
    seed(project, 3, 4)
    path = project.path
    project.close()
    return path


@pytest.mark.postgres
def test_publish_then_save_a_local_copy_round_trips(
        pg_database, make_main_window, scripted_connect, seeded_local, tmp_path, monkeypatch,
        recorded_dialogs, qtbot):
    url, password = pg_database()  # an empty database: publishing creates the project there
    window = make_main_window(seeded_local)
    scripted_connect.answers.append((url, password))
    window.action(ActionId.PUBLISH_PROJECT).trigger()
    assert recorded_dialogs == []
    assert window.team.transfers.task is None
    with Project.open(seeded_local) as local, Project.connect(url, password) as server:
        original = dump(local)
        assert dump(server) == original

    scripted_connect.answers.append((url, password))
    window.action(ActionId.CONNECT_TEAM_PROJECT).trigger()
    assert window.project.kind == "postgresql"
    copy_path = tmp_path / "copy.sitrep"
    monkeypatch.setattr(transfers.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy_path), ""))
    window.action(ActionId.SAVE_LOCAL_COPY).trigger()
    assert recorded_dialogs == []
    with Project.open(copy_path) as copy:
        assert dump(copy) == original


def test_cancelled_local_copy_leaves_no_file(
        make_main_window, seeded_local, tmp_path, monkeypatch):
    window = make_main_window(seeded_local)
    copy_path = tmp_path / "cancelled.sitrep"
    monkeypatch.setattr(transfers.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy_path), ""))

    def cancel_at_once(src, dst, token):
        token.cancel()
        return transfers.copy_project(src, dst, token)

    monkeypatch.setattr(transfers, "run_copy", cancel_at_once)
    window.action(ActionId.SAVE_LOCAL_COPY).trigger()
    assert not copy_path.exists()
    assert "cancelled" in window.statusBar().currentMessage()
