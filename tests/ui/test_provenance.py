"""Table ↔ text: evidence highlighted at the right offsets, clicks on marked numbers, add-here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from review_helpers import (
    DERNA_TEXT,
    DERNA_TITLE,
    build_review_project,
    figure_ids,
    span,
    stored,
)

from app.ui.actions import ActionId
from app.ui.figure_dialogs import AddFigureDialog
from app.ui.figure_marks import CURRENT_COLOUR


@pytest.fixture
def review_path(new_project):
    return build_review_project(new_project("provenance.sitrep"))


@pytest.fixture
def window(make_main_window, review_path, qtbot):
    window = make_main_window(review_path)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _marked(reading_view) -> dict[int, str]:
    """Figure id → the text its mark covers in the view."""
    return {
        s.format.property(QTextCharFormat.Property.UserProperty): s.cursor.selectedText()
        for s in reading_view.extraSelections()
        if s.format.property(QTextCharFormat.Property.UserProperty) is not None
    }


def _highlighted(reading_view) -> list[str]:
    return [s.cursor.selectedText() for s in reading_view.extraSelections()
            if s.format.background().color() == CURRENT_COLOUR]


def _point_of(reading_view, offset: int) -> QPoint:
    """The viewport point over the character at a stored-text offset."""
    position = reading_view.text_map.to_document(offset)
    cursor = QTextCursor(reading_view.document())
    cursor.setPosition(position + 1)
    return reading_view.cursorRect(cursor).center() - QPoint(2, 0)


def test_selecting_a_figure_shows_its_sentence_with_the_evidence_highlighted(
        window, review_path):
    ids = figure_ids(review_path)
    window.review.view.select_row(1)
    reading = window.reading_view
    assert reading.current_document.title == DERNA_TITLE
    assert _highlighted(reading) == ["At least 5,300"]
    start, end = span(DERNA_TEXT, "At least 5,300")
    selection = next(s for s in reading.extraSelections()
                     if s.format.background().color() == CURRENT_COLOUR)
    assert reading.text_map.span(start, end) == (
        selection.cursor.selectionStart(), selection.cursor.selectionEnd())
    assert _marked(reading) == {ids[0]: "5,300", ids[1]: "At least 5,300", ids[2]: "10,000"}


def test_a_figure_in_the_hidden_headline_line_is_highlighted_in_the_headline(window):
    window.review.view.select_row(0)
    reading = window.reading_view
    assert reading.toPlainText().count("Flood toll passes 5,300") == 1  # not shown twice
    selection = next(s for s in reading.extraSelections()
                     if s.format.background().color() == CURRENT_COLOUR)
    assert selection.cursor.selectedText() == "5,300"
    assert selection.cursor.block().blockNumber() == 0  # the headline block


def test_clicking_a_marked_number_selects_its_row(window, review_path, qtbot):
    ids = figure_ids(review_path)
    window.review.view.select_row(0)
    reading = window.reading_view
    start, _end = span(DERNA_TEXT, "10,000")
    qtbot.mouseClick(reading.viewport(), Qt.MouseButton.LeftButton,
                     pos=_point_of(reading, start))
    assert window.review.view.current_figure_id == ids[2]
    assert _highlighted(reading) == ["10,000"]


def test_clicking_a_number_the_filter_hides_clears_the_filter(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = window.review.view
    view.filter_bar.measure_button.set_selected(("missing",))
    view.select_row(0)
    assert view.current_figure_id == ids[2]
    reading = window.reading_view
    start, _end = span(DERNA_TEXT, "At least 5,300")
    qtbot.mouseClick(reading.viewport(), Qt.MouseButton.LeftButton,
                     pos=_point_of(reading, start + 9))
    assert view.current_figure_id == ids[1]
    assert view.model.filter.is_empty() and view.model.rowCount() == 5
    assert "Filters cleared" in window.statusBar().currentMessage()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen popup
def test_add_figure_here_from_the_context_menu_and_undo(window, review_path, qtbot):
    window.review.view.select_row(0)
    reading = window.reading_view
    start, end = span(DERNA_TEXT, "30,000")
    point = _point_of(reading, start + 1)
    reading.contextMenuEvent(QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reading.viewport().mapToGlobal(point)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    add = next(a for a in menu.actions() if a.objectName() == "actionAddFigureHere")
    menu.close()
    add.trigger()
    dialog = window.findChild(AddFigureDialog)
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert form.value("value") == 30000.0
    assert form.value("qualifier") == "approximately"  # "Some 30,000"
    assert form.value("place") == "Derna"  # from the figures around it
    form.editors["measure"].setCurrentIndex(form.editors["measure"].findData("displaced"))
    dialog.accept()
    added = window.review.view.current_figure_id
    figure = stored(window, added)
    some_start, _ = span(DERNA_TEXT, "Some 30,000")
    assert (figure.start, figure.end, figure.measure) == (some_start, end, "displaced")
    assert figure.origin == "human" and figure.value == 30000.0
    assert _marked(reading)[added] == "Some 30,000"
    window.action(ActionId.UNDO).trigger()
    assert stored(window, added) is None
    assert added not in _marked(reading)
    window.action(ActionId.REDO).trigger()
    assert stored(window, added).value == 30000.0


def test_no_add_offer_on_a_number_that_is_already_a_figure(window):
    window.review.view.select_row(0)
    start, _end = span(DERNA_TEXT, "10,000")
    assert window.reading_view.add_figure_candidate(start + 1) is None
    some = span(DERNA_TEXT, "30,000")
    assert window.reading_view.add_figure_candidate(some[0] + 2) == some
