"""Reviewing figures in the real window: keyboard verdicts, delegate edits, undo, bulk, filters."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from review_helpers import build_review_project, figure_ids, stored

from app.ui.actions import ActionId
from app.ui.models.figure_model import FigureTableModel

MEASURE = FigureTableModel.COLUMNS.index("measure")
PLACE = FigureTableModel.COLUMNS.index("place")


@pytest.fixture
def review_path(new_project):
    return build_review_project(new_project("review.sitrep"))


@pytest.fixture
def window(make_main_window, review_path, qtbot):
    window = make_main_window(review_path)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _focus_table(window, qtbot, row: int = 0):
    view = window.review.view
    view.select_row(row)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    return view


def test_the_figures_dock_lists_every_figure_in_article_order(window, review_path):
    model = window.review.model
    assert window.review.figures_dock.objectName() == "figuresDock"
    assert window.review.view.objectName() == "figuresView"
    assert [model.figure_id(r) for r in range(model.rowCount())] == figure_ids(review_path)


def test_keyboard_review_saves_verdicts_and_moves_to_the_next_unreviewed(
        window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = _focus_table(window, qtbot, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert stored(window, ids[1]).status == "confirmed"
    assert view.current_figure_id == ids[2]
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert stored(window, ids[2]).status == "rejected"
    assert view.current_figure_id == ids[4]  # ids[3] was confirmed already: skipped
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    assert view.current_figure_id == ids[3]
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.current_figure_id == ids[4]
    qtbot.waitUntil(lambda: window.review.counts.count("rejected") == 1)
    assert window.review.counts.count("confirmed") == 2


def test_review_keys_do_nothing_while_typing_in_the_filter(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = _focus_table(window, qtbot, 0)
    edit = view.filter_bar.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "cr")
    assert edit.text() == "cr"
    assert stored(window, ids[0]).status == "unreviewed"


def test_editing_the_measure_through_the_delegate_saves_it(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = window.review.view
    index = view.model.index(2, MEASURE)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    combo = view.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("killed"))
    combo.activated.emit(combo.currentIndex())
    figure = stored(window, ids[2])
    assert figure.measure == "killed" and figure.status == "edited"
    assert index.data() == "killed"
    history = window.review.details.history.toPlainText()
    assert history.startswith(f"edited by {getpass.getuser()} ·")
    assert "measure: missing → killed" in history


def test_editing_the_place_resolves_its_coordinates(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = window.review.view
    index = view.model.index(4, PLACE)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("Bucha")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: stored(window, ids[4]).place == "Bucha")
    figure = stored(window, ids[4])
    if window.review.places.resolve("Bucha") is not None:  # the gazetteer index is built
        assert figure.country == "UA" and round(figure.lat) == 51


def test_undo_and_redo_an_edit(window, review_path):
    ids = figure_ids(review_path)
    window.review.request_edit([ids[0]], "value", 5400.0)
    assert stored(window, ids[0]).value == 5400.0
    assert stored(window, ids[0]).low == 5400.0  # the bounds of an exact figure follow
    undo, redo = window.action(ActionId.UNDO), window.action(ActionId.REDO)
    assert "Edit value" in undo.text()
    undo.trigger()
    restored = stored(window, ids[0])
    assert (restored.value, restored.low, restored.status) == (5300.0, 5300.0, "unreviewed")
    redo.trigger()
    assert stored(window, ids[0]).value == 5400.0
    assert window.review.model.index(window.review.model.row_of(ids[0]), 0).data() == "5,400"


def test_bulk_confirm_is_one_undo_step(window, review_path):
    ids = figure_ids(review_path)
    view = window.review.view
    selection = QItemSelection(view.model.index(0, 0), view.model.index(2, 0))
    view.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert window.action(ActionId.CONFIRM).isEnabled()
    window.action(ActionId.CONFIRM).trigger()
    assert [stored(window, i).status for i in ids[:3]] == ["confirmed"] * 3
    assert window.undo_stack.count() == 1
    assert "Confirm 3 figures" in window.action(ActionId.UNDO).text()
    window.action(ActionId.UNDO).trigger()
    assert [stored(window, i).status for i in ids[:3]] == ["unreviewed"] * 3
    window.action(ActionId.REDO).trigger()
    assert [stored(window, i).status for i in ids[:3]] == ["confirmed"] * 3


def test_bulk_set_field_dialog_sets_one_field_on_all_selected(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = window.review.view
    view.table.selectAll()
    dialog = window.review.ask_set_field()
    dialog.set_field("who")
    editor = dialog.editor()
    editor.setCurrentIndex(editor.findData("children"))
    dialog.accept()
    assert {stored(window, i).who for i in ids} == {"children"}
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert stored(window, ids[0]).who == "people" and stored(window, ids[3]).who == "civilians"


def test_deleting_a_figure_is_undoable(window, review_path):
    ids = figure_ids(review_path)
    window.review.view.select_row(1)
    window.action(ActionId.DELETE_FIGURE).trigger()
    assert stored(window, ids[1]) is None
    assert window.review.model.rowCount() == 4
    window.action(ActionId.UNDO).trigger()
    assert stored(window, ids[1]).value == 5300.0
    assert window.review.model.rowCount() == 5


def test_filter_by_measure_and_free_text(window, qtbot):
    view, model = window.review.view, window.review.model
    view.filter_bar.measure_button.set_selected(("killed",))
    assert model.rowCount() == 3
    assert {model.index(r, MEASURE).data() for r in range(3)} == {"killed"}
    qtbot.waitUntil(lambda: sum(window.review.counts.counts.values()) == 3)
    view.filter_bar.measure_button.clear()
    view.filter_bar.text_edit.setText("Red Crescent")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, MEASURE).data() == "missing"
    view.filter_bar.clear()
    assert model.rowCount() == 5


def test_status_filter_drops_a_confirmed_row_and_selects_the_next(window, review_path, qtbot):
    ids = figure_ids(review_path)
    view = window.review.view
    view.filter_bar.status_button.set_selected(("unreviewed",))
    assert view.model.rowCount() == 4
    view.select_row(0)
    with qtbot.assertNotEmitted(view.model.modelReset):  # the row leaves; no re-query
        window.review.confirm()
    assert view.model.rowCount() == 3
    assert view.current_figure_id == ids[1]
    window.action(ActionId.UNDO).trigger()  # it comes back, where the query puts it
    assert [view.model.figure_id(r) for r in range(4)] == [ids[0], ids[1], ids[2], ids[4]]
    assert view.current_figure_id == ids[0]


def test_edit_action_focuses_the_details_editor(window, review_path, qtbot):
    view = _focus_table(window, qtbot, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    value_editor = window.review.form.editors["value"]
    qtbot.waitUntil(value_editor.hasFocus)
    value_editor.setText("5,301")
    value_editor.editingFinished.emit()
    assert stored(window, figure_ids(review_path)[0]).value == 5301.0


def test_actions_follow_the_selection(window):
    confirm = window.action(ActionId.CONFIRM)
    window.review.view.table.clearSelection()
    window.review.view.table.setCurrentIndex(window.review.model.index(-1, -1))
    window.update_actions()
    assert not confirm.isEnabled()
    window.review.view.select_row(0)
    assert confirm.isEnabled()


def test_review_widgets_actions_and_menus_carry_stable_names(window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QTableView

    assert isinstance(window.findChild(QDockWidget, "figuresDock"), QDockWidget)
    assert isinstance(window.findChild(QDockWidget, "figureDetails"), QDockWidget)
    assert window.findChild(QTableView, "figuresTable").model() is window.review.model
    assert window.findChild(object, "figuresView") is window.review.view
    assert window.findChild(object, "reviewCounts") is window.review.counts
    figures_menu = [a.objectName() for a in window.menus["Figures"].actions()
                    if not a.isSeparator()]
    assert figures_menu == ["actionNext", "actionPrevious", "actionConfirm", "actionReject",
                            "actionEdit", "actionSetField", "actionAddFigure",
                            "actionDeleteFigure"]
    assert [a.objectName() for a in window.menus["Tools"].actions()] == [
        "actionReextractSelected", "actionReextractAll"]
    keys = {name: window.findChild(QAction, name).shortcut().toString()
            for name in ("actionConfirm", "actionReject", "actionNext", "actionPrevious",
                         "actionEdit")}
    assert keys == {"actionConfirm": "C", "actionReject": "R", "actionNext": "J",
                    "actionPrevious": "K", "actionEdit": "E"}
