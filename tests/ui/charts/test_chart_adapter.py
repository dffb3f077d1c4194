"""app.ui.analysis_adapter: analysis series and stored figures into the chart and map docks."""

from __future__ import annotations

import datetime as dt

import numpy as np

from app.analysis.reconcile import reconcile
from app.domain import ParsedArticle
from app.store.figure_query import FigureFilter, FigureQuery
from app.ui.analysis_adapter import (
    IndicatorSpec,
    claimant_series,
    indicators,
    map_figures,
    reconciled_series,
)
from app.ui.charts import ChartDock
from figure_builders import make_figure

D1, D2, D3 = dt.date(2024, 3, 1), dt.date(2024, 3, 3), dt.date(2024, 3, 5)


def store(project, figures, n=1):
    article = ParsedArticle(path=f"a{n}.txt", title=f"Article {n}", text="text " * 20,
                            original=b"", publisher="Example", published=dt.date(2024, 3, 14))
    doc_id = project.documents.add(article, f"hash-{n}", list(figures))
    return [f.id for f in project.figures.for_document(doc_id)]


def seeded(new_project):
    project = new_project()
    ids = store(project, [
        make_figure(100, claimant="UN", place="Kharkiv", country="UA", as_of=D1),
        make_figure(120, claimant="UN", place="Kharkiv", country="UA", as_of=D3),
        make_figure(qualifier="range", low=20, high=30, claimant="Police", place="Kharkiv",
                    country="UA", as_of=D2),
        make_figure(40, measure="injured", claimant="UN", place="Bucha", country="UA",
                    lat=50.54, lon=30.21, as_of=D2),
        make_figure(7, claimant="UN", place="Kharkiv", country="UA", as_of=D1,
                    status="rejected"),
    ])
    return project, ids


def test_claimant_series_become_chart_lines_with_ids_and_bands(new_project, qtbot):
    project, ids = seeded(new_project)
    series = {s.label: s for s in claimant_series(project, "killed", place="Kharkiv")}
    assert set(series) == {"Police", "UN"}
    un, police = series["UN"], series["Police"]
    assert un.ids.tolist() == [ids[0], ids[1]]
    assert un.x[0] == dt.datetime(2024, 3, 1, tzinfo=dt.UTC).timestamp()
    assert police.has_band and police.low[0] == 20 and police.high[0] == 30
    dock = ChartDock()
    qtbot.addWidget(dock)
    dock.set_series(list(series.values()))
    dock.set_figures([], lookup=FigureQuery(project.engine).row)
    layer = dock.chart.layers[1]
    assert "Kharkiv" in layer.describe(ids[0], 0, 0)


def test_reconciled_groups_and_indicator_panels(new_project):
    project, _ = seeded(new_project)
    reconciliation = reconcile(project)
    lines = reconciled_series(reconciliation)
    assert lines and all(np.all(np.diff(line.x) >= 0) for line in lines)
    assert any("Kharkiv" in line.label for line in lines)
    panels = indicators(project, [IndicatorSpec("killed"), IndicatorSpec("injured", "civilians")])
    assert [p.title for p in panels] == ["killed", "injured (civilians)"]
    assert [len(p.series) for p in panels] == [2, 1]


def test_map_figures_follow_the_table_filter_and_place_rows_by_gazetteer(new_project):
    project, ids = seeded(new_project)
    query = FigureQuery(project.engine)
    figures = map_figures(query)
    assert sorted(figures.ids.tolist()) == sorted(ids[:4])
    kharkiv = figures.lat[figures.ids == ids[0]][0]
    assert 49 < kharkiv < 51, "Kharkiv has no own coordinates: the gazetteer places it"
    only_injured = map_figures(query, FigureFilter(measures=("injured",)))
    assert only_injured.ids.tolist() == [ids[3]]
    assert only_injured.lon[0] == 30.21
