"""Tools ▸ Re-extract from the window: human verdicts and additions survive; undo is cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRunnable
from review_helpers import KHARKIV_TITLE, build_review_project, figure_ids, stored

from sqlalchemy import select, update

from app.domain import Figure, Measure, Qualifier
from app.extract import EXTRACTOR_VERSION
from app.store import Project
from app.store.schema import figures
from app.ui.actions import ActionId
from app.ui.models.library_model import LibraryModel
from app.ui.workers import TaskRunner


class HeldExecutor:
    """Keeps work until the test releases it, to look at the window while it 'runs'."""

    def __init__(self) -> None:
        self.held: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.held.append(runnable)

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802
        self.release()
        return True

    def release(self) -> None:
        while self.held:
            self.held.pop(0).run()


@pytest.fixture
def review_path(new_project):
    return build_review_project(new_project("reextract.sitrep"))


def test_reextract_all_keeps_confirmed_and_added_figures_and_clears_undo(
        make_main_window, review_path):
    window = make_main_window(review_path)
    ids = figure_ids(review_path)
    window.review.view.select_row(1)
    window.review.confirm()
    added = window.review.writer.add(
        window.library.selected_id or 1,
        Figure(7.0, 7.0, 7.0, Qualifier.EXACT, Measure.INJURED, start=0, end=5),
    )
    assert window.undo_stack.count() == 1
    window.action(ActionId.REEXTRACT_ALL).trigger()
    assert stored(window, ids[1]).status == "confirmed"
    assert stored(window, ids[3]).status == "confirmed"  # confirmed before, in the other article
    assert stored(window, added) is not None
    assert stored(window, ids[2]) is None  # unreviewed machine figures were replaced
    assert window.undo_stack.count() == 0
    assert "Undo history cleared" in window.statusBar().currentMessage()
    model = window.review.model
    shown = {model.figure_id(r) for r in range(model.rowCount())}
    assert {ids[1], ids[3], added} <= shown and ids[2] not in shown


def _extractor_versions(window) -> dict[int, set[str]]:
    """Document id → the extractor versions of its unreviewed machine figures."""
    with window.project.engine.connect() as conn:
        rows = conn.execute(select(figures.c.document_id, figures.c.extractor_version).where(
            figures.c.status == "unreviewed", figures.c.origin == "extractor")).all()
    versions: dict[int, set[str]] = {}
    for document_id, version in rows:
        versions.setdefault(document_id, set()).add(version)
    return versions


def test_reextract_selected_touches_only_the_selected_article(
        make_main_window, review_path):
    with Project.open(review_path) as project, project.engine.begin() as conn:
        conn.execute(update(figures).values(extractor_version="old"))
    window = make_main_window(review_path)
    ids = figure_ids(review_path)
    library = window.library
    for row in range(window.library_model.rowCount()):
        if window.library_model.index(row, LibraryModel.TITLE).data() == KHARKIV_TITLE:
            library.view.selectRow(row)
    assert window.action(ActionId.REEXTRACT_SELECTED).isEnabled()
    kharkiv = stored(window, ids[4]).document_id
    window.action(ActionId.REEXTRACT_SELECTED).trigger()
    versions = _extractor_versions(window)
    assert versions[stored(window, ids[2]).document_id] == {"old"}  # Derna: not selected
    assert versions.get(kharkiv, set()) <= {EXTRACTOR_VERSION}  # Kharkiv: extracted afresh
    assert stored(window, ids[3]).status == "confirmed"


def test_reextraction_shows_progress_and_blocks_edits_until_it_ends(
        make_main_window, review_path):
    held = HeldExecutor()
    window = make_main_window(review_path, runner=TaskRunner(write_executor=held,
                                                             read_executor=held))
    window.review.view.select_row(0)
    window.action(ActionId.REEXTRACT_ALL).trigger()
    assert window.reextracts.progress.isVisible()
    assert not window.action(ActionId.CONFIRM).isEnabled()
    assert not window.action(ActionId.REEXTRACT_ALL).isEnabled()
    assert window.review.read_only
    window.reextracts.progress.cancel_button.click()
    held.release()
    assert not window.reextracts.progress.isVisible()
    assert window.action(ActionId.CONFIRM).isEnabled()
    assert not window.review.read_only
    assert "Cancelled" in window.statusBar().currentMessage()
