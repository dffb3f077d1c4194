"""Importing from the GUI: menu actions, drag and drop, duplicates, bad files, cancel, threads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.store import Project
from app.ui.actions import ActionId
from app.ui.models.library_model import LibraryModel
from app.ui.workers import TaskRunner


@pytest.fixture
def empty_project_path(new_project) -> Path:
    project = new_project("empty.sitrep")
    path = project.path
    project.close()
    return path


def _titles(window) -> list[str]:
    model = window.library_model
    return [model.index(row, LibraryModel.TITLE).data() for row in range(model.rowCount())]


def _choose_files(monkeypatch, paths) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], "")
    )


def test_importing_by_the_menu_action_shows_the_new_rows(
    make_main_window, empty_project_path, article_files, monkeypatch
):
    window = make_main_window(empty_project_path)
    assert window.library_model.rowCount() == 0
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert sorted(_titles(window)) == [
        "Dam burst floods three villages",
        "Overnight shelling hits border town",
    ]
    assert "2 imported" in window.statusBar().currentMessage()
    assert "cannot be undone" in window.statusBar().currentMessage()
    assert window.reading_view.current_document is not None
    assert not window.imports.progress.isVisible()


def test_importing_a_folder_by_the_menu_action(
    make_main_window, empty_project_path, article_files, monkeypatch, settings
):
    window = make_main_window(empty_project_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(article_files))
    window.action(ActionId.IMPORT_FOLDER).trigger()
    assert window.library_model.rowCount() == 2
    from app.ui.settings import LAST_IMPORT_DIR

    assert settings.get(LAST_IMPORT_DIR) == str(article_files)


def test_reimporting_the_same_articles_is_skipped_and_reported(
    make_main_window, empty_project_path, article_files, monkeypatch, recorded_dialogs
):
    window = make_main_window(empty_project_path)
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert window.library_model.rowCount() == 2
    message = window.statusBar().currentMessage()
    assert message.startswith("0 imported")
    assert "2 already in the project, skipped" in message
    assert recorded_dialogs == []


def test_bad_files_get_one_dialog_listing_each_with_its_reason(
    make_main_window, empty_project_path, article_files, monkeypatch, recorded_dialogs
):
    (article_files / "empty.txt").write_text("", encoding="utf-8")
    (article_files / "photo.txt").write_bytes(bytes(range(256)) * 8)
    window = make_main_window(empty_project_path)
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert window.library_model.rowCount() == 2  # the rest of the batch went in
    assert len(recorded_dialogs) == 1
    title, text, informative, details = recorded_dialogs[0]
    assert title == "Import problems"
    assert text == "2 files could not be imported."
    assert "empty.txt" in informative and "photo.txt" in informative
    assert informative.count("•") == 2
    assert str(article_files / "photo.txt") in details


def test_failure_dialog_is_a_real_message_box(
    make_main_window, empty_project_path, tmp_path, monkeypatch, qtbot
):
    bad = tmp_path / "blank.txt"
    bad.write_text("   \n", encoding="utf-8")
    window = make_main_window(empty_project_path)
    _choose_files(monkeypatch, [bad])
    window.action(ActionId.IMPORT_ARTICLES).trigger()

    def failure_boxes() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "importFailuresDialog" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(failure_boxes()) == 1)
    box = failure_boxes()[0]
    assert "blank.txt" in box.informativeText()
    box.close()


def test_cancel_stops_after_the_current_article_and_keeps_the_project_consistent(
    make_main_window, empty_project_path, article_files, monkeypatch
):
    for index in range(4):
        (article_files / f"extra-{index}.txt").write_text(
            f"Extra report {index}\n\nAt least {index + 3} people were hurt in incident {index}.\n",
            encoding="utf-8",
        )
    window = make_main_window(empty_project_path)
    progress = window.imports.progress

    def cancel_after_first(value: int) -> None:
        if value == 1:
            progress.cancel_button.click()

    progress.bar.valueChanged.connect(cancel_after_first)
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    assert window.library_model.rowCount() == 1
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.action(ActionId.IMPORT_ARTICLES).isEnabled()
    window.close()
    with Project.open(empty_project_path) as project:
        assert project.documents.count() == 1


def test_import_runs_off_the_gui_thread_and_refreshes_the_library(
    make_main_window, empty_project_path, article_files, monkeypatch, qtbot
):
    window = make_main_window(empty_project_path, runner=TaskRunner())
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    with qtbot.waitSignal(window.imports.importFinished, timeout=30000) as blocker:
        window.action(ActionId.IMPORT_ARTICLES).trigger()
        assert not window.action(ActionId.IMPORT_ARTICLES).isEnabled()
    assert len(blocker.args[0].imported) == 2
    assert window.library_model.rowCount() == 2
    assert window.action(ActionId.IMPORT_ARTICLES).isEnabled()


def test_closing_the_window_during_an_import_leaves_the_project_usable(
    make_main_window, empty_project_path, article_files, monkeypatch
):
    for index in range(12):
        (article_files / f"bulk-{index}.txt").write_text(
            f"Bulk report {index}\n\nOfficials said {index + 2} homes were damaged on Monday.\n",
            encoding="utf-8",
        )
    window = make_main_window(empty_project_path, runner=TaskRunner())
    _choose_files(monkeypatch, sorted(article_files.iterdir()))
    window.action(ActionId.IMPORT_ARTICLES).trigger()
    window.close()
    with Project.open(empty_project_path) as project:
        count = project.documents.count()
        assert 0 <= count <= 14
        assert len(project.documents.list()) == count


def _drop(window, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(window.width() / 2, window.height() / 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes a QPointF; older versions only the (now deprecated) QPoint
        enter = QDragEnterEvent(position, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    except TypeError:
        enter = QDragEnterEvent(
            position.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers
        )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert drop.isAccepted()


def test_dropping_files_and_folders_on_the_window_imports_them(
    make_main_window, empty_project_path, article_files
):
    window = make_main_window(empty_project_path)
    _drop(window, [article_files])
    assert window.library_model.rowCount() == 2


def test_dropping_a_project_file_opens_it(make_main_window, empty_project_path, filled_project):
    other = filled_project(3, "other.sitrep")
    other_path = other.path
    other.close()
    window = make_main_window(empty_project_path)
    _drop(window, [other_path])
    assert window.windowTitle() == "other — Sitrep"
    assert window.library_model.rowCount() == 3


def test_progress_strip_counts_what_is_stored_and_names_the_article_in_hand(qtbot):
    from app.ui.import_controller import ImportProgress

    strip = ImportProgress()
    qtbot.addWidget(strip)
    strip.start()
    strip.update_progress(3, 40, "kharkiv.html")
    assert strip.label.text() == "Importing kharkiv.html · 3 of 40 done"
    assert (strip.bar.value(), strip.bar.maximum()) == (3, 40)
    strip.update_progress(40, 40, "")
    assert strip.label.text() == "Imported 40 of 40"
