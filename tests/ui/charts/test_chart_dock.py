"""The chart dock: lines, bands, points, log scale, hover, click-to-select and export."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from app.ui.charts import ChartDock, ChartSeries, Indicator
from tests.ui.charts.chart_helpers import (
    click,
    daily_series,
    figure_row,
    scene_point,
    send_mouse,
)


@pytest.fixture
def dock(qtbot):
    dock = ChartDock()
    qtbot.addWidget(dock)
    dock.resize(900, 560)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def test_each_series_draws_a_line_its_points_and_a_band_when_it_has_bounds(dock):
    dock.set_series([daily_series("Ministry", 30, 1), daily_series("UN", 20, 100, band=False)],
                    title="Killed", unit="killed")
    ministry, un = dock.chart.layers
    plot = dock.chart.getPlotItem()
    assert ministry.line in plot.listDataItems() and un.line in plot.listDataItems()
    assert isinstance(ministry.band, pg.FillBetweenItem) and ministry.band.scene() is not None
    assert un.band is None
    assert (ministry.points_shown, un.points_shown) == (30, 20)
    assert list(ministry.points.data["data"][:3]) == [1, 2, 3]
    assert [name for _, name in ((s, l.text) for s, l in plot.legend.items)] == ["Ministry", "UN"]
    assert plot.titleLabel.text == "Killed"
    assert dock.objectName() == "chartDock"


def test_band_outline_stays_small_for_a_million_points(dock):
    n = 1_000_000
    x = np.datetime64("2022-01-01T00:00", "s") + np.arange(n) * 60
    best = np.linspace(10, 5000, n)
    series = ChartSeries.from_arrays("Dense", x, best, best * 0.9, best * 1.1, np.arange(n))
    dock.set_series([series])
    layer = dock.chart.layers[0]
    assert layer.points_shown == 0, "a million points are not drawn one by one"
    low_x, _ = layer.edges[0].getData()
    assert len(low_x) <= dock.chart.width()
    vb = dock.chart.getPlotItem().vb
    vb.setXRange(float(series.x[1000]), float(series.x[1100]), padding=0)
    assert 90 <= layer.points_shown <= 110


def test_log_scale_toggle_maps_the_axis_and_the_points(dock):
    dock.set_series([daily_series("Ministry", 10, 1)])
    layer = dock.chart.layers[0]
    dock.log_check.setChecked(True)
    assert dock.log_scale and dock.chart.log_scale
    assert dock.chart.getPlotItem().getAxis("left").logMode
    np.testing.assert_allclose(layer.points.data["y"], np.log10(layer.series.best))
    low_y = layer.edges[0].getData()[1]
    assert np.nanmax(low_y) < 4
    dock.set_log_scale(False)
    assert not dock.log_check.isChecked()
    np.testing.assert_allclose(layer.points.data["y"], layer.series.best)


def test_clicking_a_point_emits_its_figure_id(dock, qtbot):
    dock.set_series([daily_series("Ministry", 10, 41)])
    series = dock.chart.layers[0].series
    pos = scene_point(dock.chart, float(series.x[4]), float(series.best[4]))
    with qtbot.waitSignal(dock.figureActivated, timeout=2000) as blocker:
        click(dock.chart, pos)
    assert blocker.args == [45]


def test_scatter_click_signal_is_forwarded_as_figure_activated(dock, qtbot):
    dock.set_series([daily_series("Ministry", 5, 7)])
    scatter = dock.chart.layers[0].points
    with qtbot.waitSignal(dock.figureActivated) as blocker:
        scatter.sigClicked.emit(scatter, scatter.points()[2:3], None)
    assert blocker.args == [9]


def test_hovering_a_point_shows_the_figure_and_its_sentence(dock, qtbot):
    dock.set_series([daily_series("Ministry", 10, 1)])
    dock.set_figures([figure_row(3, 300, "At least 300 people died in the shelling, it said.")])
    series = dock.chart.layers[0].series
    pos = scene_point(dock.chart, float(series.x[2]), float(series.best[2]))
    with qtbot.waitSignal(dock.figureHovered, timeout=2000) as blocker:
        send_mouse(dock.chart, "move", pos)
    assert blocker.args == [3]
    callout = dock.chart.panel.callout
    assert callout.isVisible()
    text = callout.textItem.toPlainText()
    assert "300 killed (civilians)" in text and "died in the shelling" in text


def test_hover_looks_up_rows_it_was_not_given(dock):
    asked = []
    dock.set_series([daily_series("Ministry", 3, 1)])
    dock.set_figures([], lookup=lambda i: asked.append(i) or figure_row(i, 55))
    layer = dock.chart.layers[0]
    assert "55 killed" in layer.describe(2, 0.0, 0.0)
    assert "55 killed" in layer.describe(2, 0.0, 0.0)
    assert asked == [2]


def test_png_and_svg_exports_are_written(dock, tmp_path):
    dock.set_series([daily_series("Ministry", 30, 1), daily_series("UN", 30, 100)], "Killed")
    png = dock.export_png(tmp_path / "chart.png", width=800)
    svg = dock.export_svg(tmp_path / "chart.svg")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 5000
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "<path" in text


def test_small_multiples_share_the_time_axis_and_export(dock, qtbot, tmp_path):
    a, b = daily_series("Ministry", 30, 1), daily_series("UN", 30, 100)
    dock.set_indicators([Indicator("Killed", [a, b], "killed"), Indicator("Injured", [b]),
                         Indicator("Displaced", [a])], columns=2)
    assert dock.current_view() is dock.multiples
    first, second, third = dock.multiples.plots()
    first.vb.setXRange(float(a.x[5]), float(a.x[10]), padding=0)
    span = float(a.x[10] - a.x[5])
    for other in (second, third):  # linked by screen position: panels' widths differ a little
        assert other.vb.viewRange()[0] == pytest.approx(first.vb.viewRange()[0], abs=span / 10)
    un_colours = {panel.layers[-1].line.opts["pen"].color().name()
                  for panel in dock.multiples.panels[:2]}
    assert len(un_colours) == 1, "a claimant keeps its colour across panels"
    dock.set_log_scale(True)
    assert all(p.getAxis("left").logMode for p in dock.multiples.plots())
    with qtbot.waitSignal(dock.figureActivated) as blocker:
        scatter = dock.multiples.panels[1].layers[0].points
        scatter.sigClicked.emit(scatter, scatter.points()[:1], None)
    assert blocker.args == [105]
    assert dock.export_png(tmp_path / "m.png").stat().st_size > 0
    assert dock.export_svg(tmp_path / "m.svg").stat().st_size > 0
