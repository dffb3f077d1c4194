"""Starting the GUI: smoke test and screenshot modes, the demo project and its recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.ui.launch import run_gui


@pytest.fixture
def project_path(filled_project) -> Path:
    project = filled_project(3, "launch.sitrep")
    path = project.path
    project.close()
    return path


def test_smoke_test_builds_the_window_and_exits_zero(project_path, capsys):
    assert run_gui(str(project_path), smoke_test=True) == 0
    assert "smoke test: ok, 'launch' with 3 articles" in capsys.readouterr().out


def test_screenshot_writes_a_picture_of_the_window(project_path, tmp_path):
    target = tmp_path / "shot.png"
    assert run_gui(str(project_path), screenshot=str(target)) == 0
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 600


def test_smoke_test_on_the_demo_project(installed_demo, capsys):
    assert run_gui(None, smoke_test=True) == 0
    assert "'demo'" in capsys.readouterr().out


def test_a_damaged_demo_is_set_aside_and_rebuilt(make_main_window, installed_demo):
    installed_demo.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    window = make_main_window()
    assert window.windowTitle() == "demo — Sitrep"
    assert window.library_model.rowCount() >= 8
    assert installed_demo.with_name("demo.sitrep.damaged").is_file()


def test_demo_failure_gives_a_dialog_and_the_welcome_page(
    make_main_window, monkeypatch, recorded_dialogs
):
    from app.ui import demo

    monkeypatch.setattr(demo, "demo_articles_dir", lambda: Path("/nonexistent/demo"))
    window = make_main_window()
    assert window.project is None
    assert window.central.currentWidget() is window.welcome
    assert recorded_dialogs[0][0] == "Cannot open the demo project"
    assert not demo.demo_project_path().exists()
