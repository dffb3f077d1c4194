import pytest
from PySide6.QtCore import Qt

from app.domain import Figure, Measure, ParsedArticle, Qualifier, Who
from app.store.figure_query import FigureFilter, FigureQuery
from app.ui.models.figure_model import BLOCK, MAX_BLOCKS, FigureTableModel


def _project_with(new_project, n):
    project = new_project()
    figs = [
        Figure(float(i + 1), float(i + 1), float(i + 1), Qualifier.EXACT,
               Measure.KILLED if i % 2 else Measure.DISPLACED, who=Who.CIVILIANS,
               claimant="the UN" if i % 3 == 0 else None, start=i * 10, end=i * 10 + 3,
               sentence=f"Figure number {i}")
        for i in range(n)
    ]
    article = ParsedArticle(path="a.txt", title="Toll rises", text="x" * (n * 10 + 10), original=b"")
    project.documents.add(article, "h", figs)
    return project


@pytest.fixture
def model(new_project, qtbot):
    project = _project_with(new_project, 40)
    return FigureTableModel(FigureQuery(project.engine))


def test_figure_model_passes_qt_model_tester(model, qtmodeltester):
    model.refresh()
    qtmodeltester.check(model)


def test_rows_show_values_and_sort_descending_in_sql(model):
    model.refresh()
    assert model.rowCount() == 40
    model.sort(FigureTableModel.COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "40"
    assert model.index(39, 0).data() == "1"
    claimant = FigureTableModel.COLUMNS.index("claimant")
    assert model.index(0, claimant).data() == "the UN"
    assert model.index(1, claimant).data() == "(reporter)"


def test_filter_narrows_rows(model):
    model.set_filter(FigureFilter(measures=("killed",)))
    assert model.rowCount() == 20
    measure = FigureTableModel.COLUMNS.index("measure")
    assert {model.index(r, measure).data() for r in range(20)} == {"killed"}


def test_cache_stays_bounded_while_scrolling_a_large_table(new_project):
    project = _project_with(new_project, BLOCK * (MAX_BLOCKS + 8))
    model = FigureTableModel(FigureQuery(project.engine))
    model.refresh()
    for row in range(0, model.rowCount(), BLOCK // 2):
        assert model.index(row, 0).data() is not None
    assert len(model._blocks) <= MAX_BLOCKS


def test_setdata_asks_for_an_edit_instead_of_writing(model):
    requests = []
    model.edit_request = lambda ids, field, value: requests.append((ids, field, value))
    model.refresh()
    first = model.figure_id(0)
    assert model.setData(model.index(0, 0), "1,250")
    assert requests == [([first], "value", 1250.0)]
    assert not model.setData(model.index(0, 0), "not a number")


def test_removing_rows_keeps_the_model_consistent(model, qtmodeltester):
    model.refresh()
    qtmodeltester.check(model)
    removed = [model.figure_id(row) for row in (0, 1, 2, 10, 39)]
    model.remove_ids(removed)
    assert model.rowCount() == 35
    assert all(model.row_of(figure_id) is None for figure_id in removed)
    assert [model.index(row, 0).data() for row in (0, 6, 7)] == ["4", "10", "12"]


def test_row_lookup_scans_the_id_array(model):
    model.refresh()
    last = model.figure_id(39)
    assert model.row_of(last) == 39
    assert model.rows_of([last, model.figure_id(3), 10**9]) == [3, 39]
    assert model.ids_in_rows(38, 39) == [model.figure_id(38), last]
