"""The library model: rows from the store, sorting and filtering in SQL, chunked fetching."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.ui.models import library_model
from app.ui.models.library_model import LibraryModel
from tests.ui.conftest import make_article


def _titles(model: LibraryModel) -> list[str]:
    return [model.index(row, LibraryModel.TITLE).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, filled_project):
    project = filled_project(6)
    model = LibraryModel(project.documents.list)
    model.refresh()
    qtmodeltester.check(model)
    model.sort(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
    model.set_search("Article 0")
    qtmodeltester.check(model)


def test_rows_show_title_publisher_date_and_figure_count(filled_project):
    project = filled_project(3)
    model = LibraryModel(project.documents.list)
    model.refresh()
    assert model.rowCount() == 3
    assert model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Title", "Publisher", "Date", "Figures"]
    row = model.row_of(project.documents.list()[0].id)
    assert model.index(row, LibraryModel.PUBLISHER).data().startswith("Publisher")
    assert model.index(row, LibraryModel.DATE).data() == "2024-01-02"
    assert model.index(row, LibraryModel.FIGURES).data() == "0"
    document_id = model.index(row, 0).data(LibraryModel.DocumentIdRole)
    assert model.row_of(document_id) == row


def test_default_order_is_newest_first(filled_project):
    model = LibraryModel(filled_project(4).documents.list)
    model.refresh()
    assert _titles(model) == ["Article 04", "Article 03", "Article 02", "Article 01"]


def test_sorting_requeries_in_the_requested_order(filled_project):
    model = LibraryModel(filled_project(4).documents.list)
    model.sort(LibraryModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model) == ["Article 01", "Article 02", "Article 03", "Article 04"]
    model.sort(LibraryModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(model) == ["Article 04", "Article 03", "Article 02", "Article 01"]
    model.sort(LibraryModel.DATE, Qt.SortOrder.AscendingOrder)
    assert _titles(model)[0] == "Article 01"


def test_sort_asks_the_store_for_order_by_column(filled_project):
    project = filled_project(2)
    calls = []

    def source(search, order_by, descending):
        calls.append((search, order_by, descending))
        return project.documents.list(search, order_by, descending)

    model = LibraryModel(source)
    model.sort(LibraryModel.FIGURES, Qt.SortOrder.DescendingOrder)
    model.sort(LibraryModel.PUBLISHER, Qt.SortOrder.AscendingOrder)
    assert calls[-2:] == [("", "figure_count", True), ("", "publisher", False)]


def test_filter_keeps_matching_titles_and_publishers(filled_project):
    model = LibraryModel(filled_project(6).documents.list)
    model.refresh()
    model.set_search("Article 03")
    assert _titles(model) == ["Article 03"]
    model.set_search("publisher 0")
    assert sorted(_titles(model)) == ["Article 03", "Article 06"]
    model.set_search("")
    assert model.rowCount() == 6


def test_inferred_date_is_marked_and_explained(new_project):
    project = new_project()
    article, digest = make_article(1, published=dt.date(2023, 2, 6), published_inferred=True)
    project.documents.add(article, digest)
    model = LibraryModel(project.documents.list)
    model.refresh()
    index = model.index(0, LibraryModel.DATE)
    assert index.data() == "2023-02-06 (inferred)"
    assert "inferred" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(LibraryModel.PublishedInferredRole) is True


def test_large_libraries_are_shown_in_chunks(filled_project, monkeypatch, qtmodeltester):
    monkeypatch.setattr(library_model, "FETCH_CHUNK", 3)
    project = filled_project(8)
    model = LibraryModel(project.documents.list)
    model.refresh()
    assert model.rowCount() == 3 and model.total_count() == 8
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 6
    oldest = project.documents.list(order_by="published")[0].id
    assert model.row_of(oldest) == 7
    assert model.rowCount() == 8
    qtmodeltester.check(model)


def test_model_without_a_project_is_empty(qtmodeltester):
    model = LibraryModel()
    model.refresh()
    assert model.rowCount() == 0
    qtmodeltester.check(model)
