"""One series drawn into a pyqtgraph PlotItem: its line, its low-high band and clickable points.

The line is a PlotDataItem with peak downsampling and clip-to-view, so a million points cost
only what the screen can show. The band is a FillBetweenItem between two outline curves
recomputed per view (lowest low and highest high per pixel bin): filling between the raw
downsampled edges of noisy data cost over a second per frame. Points (one per reported figure,
carrying the figure id) are drawn only while few enough are in view to be told apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

from app.ui.charts.series import NO_FIGURE, ChartSeries, FigureNote

@dataclass(frozen=True, slots=True)
class HoverInfo:
    """The point under the pointer: its figure, where it is drawn, and what to say about it."""

    figure_id: int
    x: float
    y: float
    text: str


NoteProvider = Callable[[int], FigureNote | None]
MAX_POINTS_IN_VIEW = 1500
DOWNSAMPLE_PER_PIXEL = 1.5  # pyqtgraph's default of 5 makes wide pens needlessly slow
BAND_ALPHA = 46
EDGE_ALPHA = 90


def _date_text(seconds: float) -> str:
    return str(np.datetime64(int(seconds), "s").astype("datetime64[D]"))


def _number_text(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.3g}"


def band_envelope(x: np.ndarray, low: np.ndarray, high: np.ndarray,
                  bins: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lowest low and highest high per x bin: a simple outline of at most `bins` steps
    that costs the same to fill for a thousand points or a million."""
    if len(x) <= 2 * bins:
        return x, low, high
    edges = np.linspace(x[0], x[-1], bins + 1)
    starts = np.unique(np.searchsorted(x, edges[:-1]))
    centres = x[starts]
    return centres, np.minimum.reduceat(low, starts), np.maximum.reduceat(high, starts)


def configure_for_speed(item: pg.PlotDataItem) -> None:
    """Peak downsampling to the visible width and clipping to the visible x range (set once
    the item is in its ViewBox: before that pyqtgraph mistakes the widget for the view)."""
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)
    item.opts["autoDownsampleFactor"] = DOWNSAMPLE_PER_PIXEL


class SeriesLayer(QObject):
    """Owns the graphics items of one ChartSeries inside one PlotItem."""

    pointClicked = Signal(int)
    pointHovered = Signal(object)  # a HoverInfo, or None when the pointer leaves the points

    def __init__(self, plot: pg.PlotItem, series: ChartSeries, colour: QColor,
                 notes: NoteProvider | None = None, max_points: int = MAX_POINTS_IN_VIEW,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.series = series
        self.notes = notes
        self.max_points = max_points
        self._log = False
        self._shown: tuple[int, int, bool] | None = None
        self._hovered: tuple[int, float] | None = None

        self.line = pg.PlotDataItem(series.x, series.best, name=series.label,
                                    pen=pg.mkPen(colour, width=2), skipFiniteCheck=True)
        self.band: pg.FillBetweenItem | None = None
        self.edges: tuple[pg.PlotCurveItem, pg.PlotCurveItem] | None = None
        if series.has_band:
            self._add_band(colour)
        plot.addItem(self.line)
        configure_for_speed(self.line)

        brush = QColor(colour)
        self.points = pg.ScatterPlotItem(
            size=7, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(brush), hoverable=True,
            hoverSize=12, hoverPen=pg.mkPen(colour.darker(150), width=2), tip=None,
        )
        self.points.setZValue(self.line.zValue() + 1)
        self.points.sigClicked.connect(self._on_clicked)
        self.points.sigHovered.connect(self._on_hovered)
        plot.addItem(self.points)
        plot.vb.sigXRangeChanged.connect(self.refresh)
        plot.vb.sigResized.connect(self.refresh_band)
        self.refresh()

    def _add_band(self, colour: QColor) -> None:
        self._band_low, self._band_high = self.series.band()
        edge = QColor(colour)
        edge.setAlpha(EDGE_ALPHA)
        self.edges = (pg.PlotCurveItem(pen=pg.mkPen(edge, width=1)),
                      pg.PlotCurveItem(pen=pg.mkPen(edge, width=1)))
        for item in self.edges:
            self.plot.addItem(item)
        fill = QColor(colour)
        fill.setAlpha(BAND_ALPHA)
        self.band = pg.FillBetweenItem(*self.edges, brush=pg.mkBrush(fill))
        self.band.setZValue(self.line.zValue() - 1)
        self.plot.addItem(self.band, ignoreBounds=True)

    def refresh_band(self) -> None:
        """Recompute the band's outline for the visible range, one bin per two pixels."""
        if self.band is None:
            return
        if self.plot.vb.autoRangeEnabled()[0]:
            start, stop = 0, len(self.series)  # the whole band, so auto-range includes it
        else:
            start, stop = self.visible_range()
            start, stop = max(start - 1, 0), min(stop + 1, len(self.series))
        bins = max(int(self.plot.vb.width() / 2), 50)
        x, low, high = band_envelope(self.series.x[start:stop], self._band_low[start:stop],
                                     self._band_high[start:stop], bins)
        if self._log:
            with np.errstate(divide="ignore", invalid="ignore"):
                low, high = np.log10(low), np.log10(high)
            keep = np.isfinite(low) & np.isfinite(high)
            x, low, high = x[keep], low[keep], high[keep]
        self.edges[0].setData(x, low)
        self.edges[1].setData(x, high)

    def items(self) -> list:
        extra = [*self.edges, self.band] if self.edges is not None else []
        return [self.line, *extra, self.points]

    def remove(self) -> None:
        try:
            self.plot.vb.sigXRangeChanged.disconnect(self.refresh)
            self.plot.vb.sigResized.disconnect(self.refresh_band)
        except (RuntimeError, TypeError):
            pass
        for item in self.items():
            self.plot.removeItem(item)

    # Points ---------------------------------------------------------------------------------

    def set_log(self, on: bool) -> None:
        """The plot maps PlotDataItems itself; the band and the points follow by hand."""
        self._log = on
        self.refresh()

    def refresh(self, *_args) -> None:
        self.refresh_band()
        self.refresh_points()

    def visible_range(self) -> tuple[int, int]:
        """Indices [start, stop) of the points inside the current x range."""
        left, right = self.plot.vb.viewRange()[0]
        start = np.searchsorted(self.series.x, left, side="left")
        stop = np.searchsorted(self.series.x, right, side="right")
        return int(start), int(stop)

    def refresh_points(self, *_args) -> None:
        start, stop = self.visible_range()
        if stop - start > self.max_points:
            start = stop = 0
        key = (start, stop, self._log)
        if key == self._shown:
            return
        self._shown = key
        if start == stop:
            self.points.setData(x=np.empty(0), y=np.empty(0))
            return
        x = self.series.x[start:stop]
        y = self.series.best[start:stop]
        ids = self.series.ids[start:stop]
        if self._log:
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.log10(y)
            keep = np.isfinite(y)
            x, y, ids = x[keep], y[keep], ids[keep]
        self.points.setData(x=x, y=y, data=ids)

    @property
    def points_shown(self) -> int:
        return len(self.points.data)

    def _figure_id(self, point) -> int:
        data = point.data()
        return NO_FIGURE if data is None else int(data)

    def describe(self, figure_id: int, x: float, y: float) -> str:
        """The figure and its sentence when the note provider knows it, else date and value."""
        note = self.notes(figure_id) if self.notes and figure_id != NO_FIGURE else None
        if note is not None:
            return note.tooltip()
        value = 10 ** y if self._log else y
        head = f"{self.series.label}: {_number_text(value)} on {_date_text(x)}"
        return head if figure_id == NO_FIGURE else f"{head} (figure {figure_id})"

    def _on_clicked(self, _item, points, _event) -> None:
        for point in points[:1]:
            figure_id = self._figure_id(point)
            if figure_id != NO_FIGURE:
                self.pointClicked.emit(figure_id)

    def _on_hovered(self, _item, points, _event) -> None:
        if not len(points):
            if self._hovered is not None:
                self._hovered = None
                self.pointHovered.emit(None)
            return
        figure_id, pos = self._figure_id(points[0]), points[0].pos()
        if (figure_id, pos.x()) == self._hovered:
            return
        self._hovered = (figure_id, pos.x())
        text = self.describe(figure_id, pos.x(), pos.y())
        self.pointHovered.emit(HoverInfo(figure_id, pos.x(), pos.y(), text))
