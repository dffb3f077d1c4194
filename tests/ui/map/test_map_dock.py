"""The map dock: outlines, circles sized by value, the date slider, playing, clicks, export."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.ui.map import MapDock, MapFigures, circle_sizes
from app.ui.map.boundaries import Boundaries
from tests.ui.charts.chart_helpers import click, figure_row, scene_point

KHARKIV, MARIUPOL, KYIV = (49.99, 36.23), (47.10, 37.55), (50.45, 30.52)
DAY = dt.date(2022, 3, 1)


def rows():
    """Kharkiv reports 10 then 40 killed; Mariupol 900 killed; Kyiv 250 injured (no own
    coordinates); one figure has no date and cannot be mapped."""
    return [
        figure_row(1, 10, place="Kharkiv", lat=KHARKIV[0], lon=KHARKIV[1], as_of=DAY),
        figure_row(2, 40, place="Kharkiv", lat=KHARKIV[0], lon=KHARKIV[1],
                   as_of=DAY + dt.timedelta(days=5)),
        figure_row(3, 900, place="Mariupol", lat=MARIUPOL[0], lon=MARIUPOL[1],
                   as_of=DAY + dt.timedelta(days=10)),
        figure_row(4, 250, place="Kyiv", measure="injured", as_of=DAY + dt.timedelta(days=2)),
        figure_row(5, 70, place="Kharkiv", lat=KHARKIV[0], lon=KHARKIV[1], as_of=None),
    ]


def locate(row):
    return KYIV if row.place == "Kyiv" else None


@pytest.fixture(scope="module")
def boundaries():
    return Boundaries.load()


@pytest.fixture
def dock(qtbot, boundaries):
    dock = MapDock(boundaries=boundaries)
    qtbot.addWidget(dock)
    dock.resize(900, 640)
    dock.show()
    qtbot.waitExposed(dock)
    dock.set_figures(rows(), locate=locate)
    return dock


def test_outlines_of_countries_and_regions_are_drawn(dock, boundaries):
    outlines = dock.view.outlines
    assert set(outlines) == {"countries_coarse", "countries_fine", "admin1"}
    x, y = outlines["admin1"].getData()
    assert len(x) == len(boundaries.admin1) > 50_000
    assert np.nanmin(x) >= -180 and np.nanmax(y) <= 90
    # zoomed on the figures: fine country outlines and region borders, not the coarse ones
    assert outlines["countries_fine"].isVisible() and outlines["admin1"].isVisible()
    assert not outlines["countries_coarse"].isVisible()
    dock.view.show_region(-180, 180, -60, 80)
    assert outlines["countries_coarse"].isVisible() and not outlines["admin1"].isVisible()


def test_boundary_file_is_small_and_in_lon_lat(boundaries):
    from app.resources import resource_path

    assert resource_path("boundaries", "natural_earth.npz").stat().st_size < 5_000_000
    lines = boundaries.countries_fine
    # Kharkiv lies between the Ukrainian outline points around it
    near = lines[(np.abs(lines[:, 0] - 36.2) < 3) & (np.abs(lines[:, 1] - 50) < 3)]
    assert len(near) > 10


def test_circles_are_sized_by_the_square_root_of_their_value(dock):
    assert dock.circle_count() == 3
    sizes = dict(zip(dock.view.circles.data["x"].round(2), dock.view.circles.data["size"]))
    kharkiv, mariupol = sizes[round(KHARKIV[1], 2)], sizes[round(MARIUPOL[1], 2)]
    assert mariupol > kharkiv
    expected = circle_sizes(np.array([40.0, 900.0]), 900.0)
    assert (kharkiv, mariupol) == pytest.approx(tuple(expected))
    assert circle_sizes(np.array([225.0]), 900.0)[0] == pytest.approx(8 + (48 - 8) * 0.5)


def test_each_measure_has_its_own_size_scale(dock):
    # Kyiv's 250 injured is the largest injured figure: as big a circle as Mariupol's 900 killed
    sizes = dict(zip(dock.view.circles.data["x"].round(2), dock.view.circles.data["size"]))
    assert sizes[round(KYIV[1], 2)] == pytest.approx(sizes[round(MARIUPOL[1], 2)])


def test_circles_are_coloured_by_measure_with_a_legend(dock):
    legend_names = [label.text for _, label in dock.view.legend.items]
    assert legend_names == ["killed", "injured"]
    colours = {b.color().name() for b in dock.view.circles.data["brush"]}
    assert len(colours) == 2


def test_the_date_slider_shows_the_latest_figure_per_place_as_of_that_date(dock):
    assert dock.date == DAY + dt.timedelta(days=10)
    dock.set_date(DAY)
    assert dock.circle_count() == 1
    assert list(dock.view.snapshot_shown.value) == [10]
    dock.set_date(DAY + dt.timedelta(days=6))
    snapshot = dock.view.snapshot_shown
    assert sorted(snapshot.value) == [40, 250]
    assert "2022-03-07" in dock.date_label.text()


def test_play_steps_through_the_dates_and_stops_at_the_end(dock, qtbot):
    dock.set_date(DAY)
    dock.timer.setInterval(1)
    dock.play()
    assert dock.playing
    qtbot.waitUntil(lambda: not dock.playing, timeout=5000)
    assert dock.date == DAY + dt.timedelta(days=10)
    assert dock.circle_count() == 3


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_clicking_a_circle_emits_its_figures_newest_first_and_lists_them(dock, qtbot):
    dock.set_date(DAY + dt.timedelta(days=7))
    pos = scene_point(dock.view, KHARKIV[1], KHARKIV[0])
    firsts = []
    dock.figureActivated.connect(firsts.append)
    with qtbot.waitSignal(dock.figuresActivated) as blocker:
        click(dock.view, pos)
    assert blocker.args == [[2, 1]] and firsts == [2]
    entries = [a.text() for a in dock.popup.actions()]
    assert len(entries) == 2 and "40 killed" in entries[0]
    with qtbot.waitSignal(dock.figureActivated) as chosen:
        dock.popup.actions()[1].trigger()
    assert chosen.args == [1]


def test_rows_without_position_value_or_date_are_left_out():
    figures = MapFigures.from_rows(rows())
    assert sorted(figures.ids) == [1, 2, 3]
    assert figures.places == ("Kharkiv", "Mariupol")


def test_map_exports_png_and_svg(dock, tmp_path):
    assert dock.export_png(tmp_path / "map.png", width=600).read_bytes()[:4] == b"\x89PNG"
    svg = dock.export_svg(tmp_path / "map.svg")
    assert svg.stat().st_size > 1000 and "<svg" in svg.read_text(encoding="utf-8")


def test_empty_figures_disable_the_slider(qtbot, boundaries):
    dock = MapDock(boundaries=boundaries)
    qtbot.addWidget(dock)
    dock.set_figures([])
    assert not dock.slider.isEnabled() and dock.date is None and dock.circle_count() == 0
    assert dock.objectName() == "mapDock"
