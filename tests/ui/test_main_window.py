"""The main window: demo on first start, names, shortcuts, reading, projects and recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QTableView, QTextBrowser

from app.ui.actions import FALLBACK_KEYS, SPECS, ActionId
from app.ui.models.library_model import LibraryModel

STANDARD_SHORTCUTS = {
    ActionId.NEW_PROJECT: QKeySequence.StandardKey.New,
    ActionId.OPEN_PROJECT: QKeySequence.StandardKey.Open,
    ActionId.CLOSE_PROJECT: QKeySequence.StandardKey.Close,
    ActionId.QUIT: QKeySequence.StandardKey.Quit,
    ActionId.UNDO: QKeySequence.StandardKey.Undo,
    ActionId.REDO: QKeySequence.StandardKey.Redo,
    ActionId.FIND: QKeySequence.StandardKey.Find,
    ActionId.USER_GUIDE: QKeySequence.StandardKey.HelpContents,
    ActionId.DELETE_FIGURE: QKeySequence.StandardKey.Delete,
}
# Rare or project-wide commands deliberately have no key: one slip would cost minutes.
NO_SHORTCUT = ("actionAbout", "actionClearRecent", "actionOpenDemo", "actionReextractAll")


@pytest.fixture
def project_path(filled_project) -> Path:
    project = filled_project(5, "reports.sitrep")
    path = project.path
    project.close()
    return path


def test_first_start_opens_the_demo_project(make_main_window, installed_demo):
    window = make_main_window()
    assert window.windowTitle() == "demo — Sitrep"
    assert window.library_model.rowCount() >= 8
    assert window.reading_view.current_document is not None
    assert window.reading_view.toPlainText().strip()


def test_first_start_builds_the_demo_project_when_missing(make_main_window, built_demo):
    from app.ui.demo import demo_project_path

    assert not demo_project_path().exists()
    window = make_main_window()
    assert demo_project_path().is_file()
    assert window.windowTitle() == "demo — Sitrep"
    assert window.library_model.rowCount() >= 8


def test_widgets_and_actions_carry_stable_object_names(make_main_window, project_path):
    window = make_main_window(project_path)
    assert isinstance(window.findChild(QTableView, "libraryView"), QTableView)
    assert isinstance(window.findChild(QTextBrowser, "readingView"), QTextBrowser)
    assert isinstance(window.findChild(QDockWidget, "libraryDock"), QDockWidget)
    assert window.findChild(object, "libraryFilter") is not None
    for name in (
        "actionNewProject",
        "actionOpenProject",
        "actionImportArticles",
        "actionImportFolder",
        "actionCloseProject",
        "actionQuit",
        "actionUndo",
        "actionRedo",
        "actionFind",
        "actionUserGuide",
        "actionAbout",
        "actionToggleLibrary",
        "actionShowRemovedText",
    ):
        assert window.findChild(QAction, name) is not None, name


def test_actions_use_the_standard_shortcut_where_one_exists(make_main_window, project_path):
    window = make_main_window(project_path)
    for action_id, standard in STANDARD_SHORTCUTS.items():
        action = window.findChild(QAction, action_id.object_name)
        expected = QKeySequence.keyBindings(standard) or [QKeySequence(FALLBACK_KEYS[standard])]
        assert action.shortcuts() == expected, action_id
        assert SPECS[action_id].shortcut == standard
    for action in window.action_registry:
        if action.objectName() not in NO_SHORTCUT:
            assert not action.shortcut().isEmpty(), action.objectName()


def test_menus_hold_the_actions_in_order(make_main_window, project_path):
    window = make_main_window(project_path)
    file_menu = [
        a.objectName() or a.text() for a in window.menus["File"].actions() if not a.isSeparator()
    ]
    assert file_menu[:2] == ["actionNewProject", "actionOpenProject"]
    assert file_menu[-4:] == [
        "actionImportArticles",
        "actionImportFolder",
        "actionCloseProject",
        "actionQuit",
    ]
    view_menu = window.menus["View"].actions()
    assert window.library.toggleViewAction() in view_menu


def test_title_names_the_open_project(make_main_window, project_path):
    window = make_main_window(project_path)
    assert window.windowTitle() == "reports — Sitrep"


def test_selecting_an_article_shows_it_in_the_reading_view(make_main_window, project_path, qtbot):
    window = make_main_window(project_path)
    view = window.library.view
    row = window.library_model.row_of(window.library_model.document_id(2))
    view.selectRow(row)
    title = window.library_model.index(row, LibraryModel.TITLE).data()
    qtbot.waitUntil(lambda: title in window.reading_view.toPlainText())
    assert window.reading_view.current_document.title == title


def test_removed_text_is_shown_greyed_only_on_request(make_main_window, project_path):
    window = make_main_window(project_path)
    assert "Something went wrong" not in window.reading_view.toPlainText()
    window.action(ActionId.SHOW_REMOVED_TEXT).setChecked(True)
    assert "Something went wrong" in window.reading_view.toPlainText()
    assert (
        'class="removed"' in window.reading_view.toHtml()
        or "italic" in window.reading_view.toHtml()
    )
    window.action(ActionId.SHOW_REMOVED_TEXT).setChecked(False)
    assert "Something went wrong" not in window.reading_view.toPlainText()


def test_library_filter_box_narrows_the_list(make_main_window, project_path, qtbot):
    window = make_main_window(project_path)
    window.library.filter_edit.setText("Article 03")
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 1)
    window.library.filter_edit.clear()
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 5)


def test_recent_projects_persist_and_reopen_at_next_start(make_main_window, project_path, settings):
    window = make_main_window(project_path)
    window.close()
    assert settings.recent_projects()[0] == str(project_path.resolve())
    again = make_main_window()
    assert again.windowTitle() == "reports — Sitrep"
    recent = [a for a in again.recent_menu.actions() if a.data()]
    assert recent and recent[0].data() == str(project_path.resolve())


def test_missing_recent_project_is_greyed(make_main_window, project_path, settings, tmp_path):
    settings.add_recent_project(tmp_path / "gone.sitrep")
    window = make_main_window(project_path)
    window.recent_menu.rebuild()
    by_path = {Path(a.data()).name: a for a in window.recent_menu.actions() if a.data()}
    assert not by_path["gone.sitrep"].isEnabled()
    assert by_path["reports.sitrep"].isEnabled()
    window.action(ActionId.CLEAR_RECENT).trigger()
    assert settings.recent_projects() == []


def test_closing_the_project_shows_the_welcome_page(make_main_window, project_path):
    window = make_main_window(project_path)
    window.action(ActionId.CLOSE_PROJECT).trigger()
    assert window.project is None
    assert window.windowTitle() == "Sitrep"
    assert window.central.currentWidget() is window.welcome
    assert window.library_model.rowCount() == 0
    assert not window.action(ActionId.IMPORT_ARTICLES).isEnabled()
    assert window.action(ActionId.OPEN_PROJECT).isEnabled()


def test_a_foreign_file_is_refused_and_left_untouched(
    make_main_window, project_path, tmp_path, monkeypatch, recorded_dialogs
):
    foreign = tmp_path / "notes.sitrep"
    foreign.write_bytes(b"These are my notes, not a database.\n" * 10)
    before = foreign.read_bytes()
    window = make_main_window(project_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    window.action(ActionId.OPEN_PROJECT).trigger()
    assert recorded_dialogs and recorded_dialogs[-1][0] == "Cannot open project"
    assert "not a Sitrep project" in recorded_dialogs[-1][1]
    assert foreign.read_bytes() == before
    assert window.windowTitle() == "reports — Sitrep"


def test_new_project_gets_the_sitrep_suffix(make_main_window, project_path, tmp_path, monkeypatch):
    window = make_main_window(project_path)
    target = tmp_path / "flood study"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action(ActionId.NEW_PROJECT).trigger()
    assert (tmp_path / "flood study.sitrep").is_file()
    assert window.windowTitle() == "flood study — Sitrep"
    assert window.library_model.rowCount() == 0


def test_new_project_never_overwrites_an_existing_file(
    make_main_window, project_path, monkeypatch, recorded_dialogs
):
    window = make_main_window(project_path)
    before = project_path.read_bytes()
    window.close()
    window = make_main_window(project_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project_path), ""))
    window.action(ActionId.NEW_PROJECT).trigger()
    assert recorded_dialogs[-1][0] == "Cannot create project"
    assert window.library_model.rowCount() == 5
    assert len(project_path.read_bytes()) >= len(before) // 2


def test_undo_and_redo_follow_the_undo_stack(make_main_window, project_path):
    from PySide6.QtGui import QUndoCommand

    window = make_main_window(project_path)
    undo, redo = window.action(ActionId.UNDO), window.action(ActionId.REDO)
    assert not undo.isEnabled() and not redo.isEnabled()
    command = QUndoCommand("Rename")
    window.undo_stack.push(command)
    assert undo.isEnabled() and "Rename" in undo.text()
    undo.trigger()
    assert redo.isEnabled() and not undo.isEnabled()


def test_window_layout_is_restored(make_main_window, project_path):
    window = make_main_window(project_path)
    window.resize(640, 480)
    window.library.hide()
    window.close()
    again = make_main_window(project_path)
    assert again.size().width() == 640
    assert not again.library.isVisible()


def test_about_and_user_guide_open(make_main_window, project_path, qtbot):
    window = make_main_window(project_path)
    window.action(ActionId.USER_GUIDE).trigger()
    guide = window.findChild(QTextBrowser, "userGuideText")
    assert guide is not None and "Import" in guide.toPlainText()
    window.action(ActionId.ABOUT).trigger()
    about = window.findChild(object, "aboutDialog")
    assert about is not None and "MIT" in about.text()
    about.close()
