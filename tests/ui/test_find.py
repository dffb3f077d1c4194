"""Edit ▸ Find: full-text search over the project, results with snippets that open the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.actions import ActionId
from app.ui.find_dialog import HitIdRole


@pytest.fixture
def project_path(filled_project) -> Path:
    project = filled_project(6, "search.sitrep")
    path = project.path
    project.close()
    return path


def test_find_returns_hits_with_snippets_and_opens_the_article(make_main_window, project_path):
    window = make_main_window(project_path)
    window.action(ActionId.FIND).trigger()
    dialog = window.show_find()
    dialog.query_edit.setText("Story 4")
    dialog.run_search()
    assert dialog.results.count() >= 1
    first = dialog.results.item(0)
    assert "Article 04" in first.text()
    assert "Story" in first.text()
    dialog.results.itemActivated.emit(first)
    selected = window.library.selected_id
    assert selected == first.data(HitIdRole)
    assert window.reading_view.current_document.title == "Article 04"


def test_find_opens_an_article_hidden_by_the_library_filter(make_main_window, project_path):
    window = make_main_window(project_path)
    window.library.filter_edit.setText("Article 01")
    window.library.apply_filter()
    dialog = window.show_find()
    dialog.query_edit.setText("Story 5")
    dialog.run_search()
    dialog.results.itemActivated.emit(dialog.results.item(0))
    assert window.reading_view.current_document.title == "Article 05"
    assert window.library.filter_edit.text() == ""


def test_find_without_matches_says_so(make_main_window, project_path):
    window = make_main_window(project_path)
    dialog = window.show_find()
    dialog.query_edit.setText("zeppelin")
    dialog.run_search()
    assert dialog.results.count() == 0
    assert "No article" in dialog.status_label.text()


def test_find_follows_the_open_project(make_main_window, project_path):
    window = make_main_window(project_path)
    dialog = window.show_find()
    window.action(ActionId.CLOSE_PROJECT).trigger()
    dialog.query_edit.setText("Story")
    dialog.run_search()
    assert dialog.results.count() == 0
    assert not window.action(ActionId.FIND).isEnabled()
