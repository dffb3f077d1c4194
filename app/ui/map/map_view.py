"""The map: Natural Earth outlines and one circle per place and measure, drawn with pyqtgraph.

Equirectangular with a standard parallel: x is longitude, y latitude, and the aspect ratio is
locked to 1/cos(latitude) of the figures' centre so shapes look right where the figures are.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.ui.charts.palette import colour
from app.ui.map.boundaries import Boundaries
from app.ui.map.figures import MapFigures, MapSnapshot, circle_sizes, day_date

SEA = "#f3f6f9"
COUNTRY_PEN = ("#7d8a96", 1.0)
ADMIN1_PEN = ("#b9c3cc", 0.8)
COARSE_ABOVE_DEGREES = 50.0  # wider views use the coarse outlines
ADMIN1_BELOW_DEGREES = 30.0  # narrower views add first-level region borders
CIRCLE_ALPHA = 170
WORLD = (-180.0, 180.0, -60.0, 80.0)


class MapView(pg.PlotWidget):
    """Outlines plus circles coloured by measure and sized by value on a square-root scale of
    their own measure (a million refugees would otherwise shrink every death toll to a dot)."""

    circleClicked = Signal(object)  # the figure ids behind the clicked circle, newest first

    def __init__(self, boundaries: Boundaries | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, background=SEA)
        self.setObjectName("mapView")
        self.boundaries = boundaries or Boundaries.load()
        self.figures = MapFigures.empty()
        self.snapshot_shown: MapSnapshot | None = None
        self._largest = np.empty(0)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.vb = plot.vb
        self.vb.setAspectLocked(True)
        self.vb.setLimits(xMin=-200, xMax=200, yMin=-95, yMax=95)

        self.outlines = {
            "countries_coarse": self._outline(self.boundaries.countries_coarse, COUNTRY_PEN),
            "countries_fine": self._outline(self.boundaries.countries_fine, COUNTRY_PEN),
            "admin1": self._outline(self.boundaries.admin1, ADMIN1_PEN),
        }
        self.outlines["admin1"].setZValue(-2)
        self.circles = pg.ScatterPlotItem(pxMode=True, hoverable=True, tip=self._tip,
                                          hoverPen=pg.mkPen("#222222", width=2))
        self.circles.setZValue(10)
        self.circles.sigClicked.connect(self._on_clicked)
        plot.addItem(self.circles)
        self.legend = plot.addLegend(offset=(8, 8), labelTextColor="#333333",
                                     brush=pg.mkBrush(255, 255, 255, 220),
                                     pen=pg.mkPen("#cccccc"))
        self.vb.sigRangeChanged.connect(self._choose_detail)
        self.show_region(*WORLD)

    def _outline(self, lines: np.ndarray, style: tuple[str, float]) -> pg.PlotCurveItem:
        item = pg.PlotCurveItem(lines[:, 0], lines[:, 1], connect="finite",
                                pen=pg.mkPen(style[0], width=style[1]), antialias=False)
        item.setZValue(-1)
        self.getPlotItem().addItem(item, ignoreBounds=True)
        return item

    # Content --------------------------------------------------------------------------------

    def set_figures(self, figures: MapFigures) -> None:
        """New figures: legend by measure, one size scale for all dates, view around them."""
        self.figures = figures
        self._largest = np.zeros(len(figures.measures))
        np.maximum.at(self._largest, figures.measure, figures.value)
        self.legend.clear()
        for code, name in enumerate(figures.measures):
            sample = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(self.measure_colour(code)),
                                        pen=pg.mkPen("w"))
            self.legend.addItem(sample, name)
        if len(figures):
            self.fit_to_figures()
        self.show_snapshot(figures.snapshot())

    def measure_colour(self, code: int) -> QColor:
        return colour(int(code), CIRCLE_ALPHA)

    def show_snapshot(self, snapshot: MapSnapshot, title: str | None = None) -> None:
        """Draw one circle per entry, largest first so small ones stay clickable on top."""
        self.snapshot_shown = snapshot
        largest = self._largest[snapshot.measure] if len(snapshot) else np.empty(0)
        sizes = circle_sizes(snapshot.value, largest)
        order = np.argsort(-sizes, kind="stable")
        brushes = [pg.mkBrush(self.measure_colour(code)) for code in snapshot.measure[order]]
        self.circles.setData(x=snapshot.lon[order], y=snapshot.lat[order], size=sizes[order],
                             brush=brushes, pen=pg.mkPen("w", width=1), data=order)
        if title is None and len(snapshot):
            title = f"Latest figures as of {day_date(int(snapshot.day.max())).isoformat()}"
        self.getPlotItem().setTitle(title or None, color="#333333", size="10pt")

    # View -----------------------------------------------------------------------------------

    def fit_to_figures(self, margin_degrees: float = 3.0) -> None:
        lon, lat = self.figures.lon, self.figures.lat
        self.show_region(float(lon.min()) - margin_degrees, float(lon.max()) + margin_degrees,
                         float(lat.min()) - margin_degrees, float(lat.max()) + margin_degrees)

    def show_region(self, west: float, east: float, south: float, north: float) -> None:
        """Show a lon/lat box, with the aspect set for the box's middle latitude."""
        middle = max(min((south + north) / 2, 70.0), -70.0)
        self.vb.setAspectLocked(True, ratio=1 / math.cos(math.radians(middle)))
        self.vb.setRange(xRange=(west, east), yRange=(south, north), padding=0)
        self._choose_detail()

    def _choose_detail(self, *_args) -> None:
        (left, right), _ = self.vb.viewRange()
        width = float(right - left)
        self.outlines["countries_coarse"].setVisible(width > COARSE_ABOVE_DEGREES)
        self.outlines["countries_fine"].setVisible(width <= COARSE_ABOVE_DEGREES)
        self.outlines["admin1"].setVisible(width < ADMIN1_BELOW_DEGREES)

    # Circles --------------------------------------------------------------------------------

    def circle_members(self, index: int) -> np.ndarray:
        return self.snapshot_shown.members[index] if self.snapshot_shown else np.empty(0, int)

    def circle_position(self, index: int) -> QPointF:
        s = self.snapshot_shown
        return QPointF(float(s.lon[index]), float(s.lat[index]))

    def _tip(self, x: float, y: float, data) -> str:
        s = self.snapshot_shown
        if s is None or data is None:
            return ""
        i = int(data)
        place = self.figures.places[s.place[i]]
        measure = self.figures.measures[s.measure[i]]
        count = len(s.members[i])
        more = f" ({count} figures)" if count > 1 else ""
        return (f"{place}: {s.value[i]:,.0f} {measure}{more}\n"
                f"as of {day_date(int(s.day[i])).isoformat()}")

    def _on_clicked(self, _item, points, _event) -> None:
        if len(points):
            ids = self.circle_members(int(points[0].data()))
            self.circleClicked.emit([int(i) for i in ids])
