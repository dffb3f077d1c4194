"""One chart panel: a date-axis PlotItem with a legend, its series layers and a hover callout.

Used alone by IndicatorChart and in a grid by SmallMultiples; both forward its signals.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

from app.ui.charts.layer import HoverInfo, NoteProvider, SeriesLayer
from app.ui.charts.palette import colour
from app.ui.charts.series import ChartSeries

AXIS_COLOUR = "#444444"
CALLOUT_WIDTH = 340
DAY_SECONDS = 86400
LEFT_AXIS_WIDTH = 78


def compact_count(value: float) -> str:
    """12,500 -> '12.5k', 3,000,000 -> '3M': short labels for a log axis."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


class CountAxisItem(pg.AxisItem):
    """A y axis for counts: thousands separators, and on a log scale labels only at 1, 2 and 5
    times a power of ten so small panels stay legible."""

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        if spacing * scale >= 1:
            return [f"{v * scale:,.0f}" for v in values]
        return super().tickStrings(values, scale, spacing)

    def logTickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            mantissa = round(10 ** (v - math.floor(v)), 6)
            out.append(compact_count(10 ** v * scale) if mantissa in (1.0, 2.0, 5.0) else "")
        return out


class DayAxisItem(pg.DateAxisItem):
    """A UTC date axis whose day ticks read "6 Feb" rather than a bare "06"."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickStrings(self, values, scale, spacing):
        if DAY_SECONDS <= spacing < 28 * DAY_SECONDS:
            days = (dt.datetime.fromtimestamp(v, dt.UTC) for v in values)
            return [f"{d.day} {d:%b}" for d in days]
        return super().tickStrings(values, scale, spacing)


def make_plot_item(title: str = "") -> pg.PlotItem:
    """A white-themed PlotItem with a UTC date x axis and plain counts on y."""
    plot = pg.PlotItem(axisItems={
        "bottom": DayAxisItem(),
        "left": CountAxisItem(orientation="left"),
    })
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOUR))
        axis.setTextPen(pg.mkPen(AXIS_COLOUR))
    plot.getAxis("left").enableAutoSIPrefix(False)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)  # fixed: exports never catch it mid-resize
    plot.showGrid(x=False, y=True, alpha=0.12)
    plot.setMenuEnabled(False)
    if title:
        plot.setTitle(title, color=AXIS_COLOUR, size="11pt")
    return plot


class SeriesPanel(QObject):
    """Draws a list of ChartSeries into one PlotItem and reports clicks and hovers by figure id."""

    figureActivated = Signal(int)
    figureHovered = Signal(int)

    def __init__(self, plot: pg.PlotItem, notes: NoteProvider | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plot = plot
        self.notes = notes
        self.layers: list[SeriesLayer] = []
        self.log_scale = False
        self.legend = plot.addLegend(offset=(8, 8), labelTextColor=AXIS_COLOUR,
                                     brush=pg.mkBrush(255, 255, 255, 215),
                                     pen=pg.mkPen("#cccccc"))
        self.callout = pg.TextItem(color="#222222", fill=pg.mkBrush(255, 255, 250, 240),
                                   border=pg.mkPen("#999999"))
        self.callout.textItem.setTextWidth(CALLOUT_WIDTH)
        font = QFont()
        font.setPointSizeF(9)
        self.callout.setFont(font)
        self.callout.setZValue(1000)
        self.callout.hide()
        plot.addItem(self.callout, ignoreBounds=True)

    def set_series(self, series: Sequence[ChartSeries], unit: str = "",
                   colours: Mapping[str, int] | None = None) -> None:
        """Draw the series; `colours` maps labels to palette slots so that a claimant keeps
        its colour across panels (by default, series take slots in order)."""
        self.clear()
        for i, one in enumerate(series):
            slot = colours.get(one.label, i) if colours else i
            layer = SeriesLayer(self.plot, one, colour(slot), self.notes, parent=self)
            layer.pointClicked.connect(self.figureActivated)
            layer.pointHovered.connect(self._on_hovered)
            self.layers.append(layer)
        self.plot.setLabel("left", unit, color=AXIS_COLOUR)
        self.set_log_scale(self.log_scale)
        self.plot.enableAutoRange()
        self.plot.autoRange()
        for layer in self.layers:
            layer.refresh_points()

    def clear(self) -> None:
        for layer in self.layers:
            layer.remove()
            layer.deleteLater()
        self.layers = []
        self.legend.clear()
        self.callout.hide()

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = on
        self.plot.setLogMode(x=False, y=on)
        for layer in self.layers:
            layer.set_log(on)
        self.callout.hide()

    def set_notes(self, notes: NoteProvider | None) -> None:
        self.notes = notes
        for layer in self.layers:
            layer.notes = notes

    def _on_hovered(self, info: HoverInfo | None) -> None:
        if info is None:
            self.callout.hide()
            self.figureHovered.emit(-1)
            return
        self.callout.setText(info.text)
        (left, right), (bottom, top) = self.plot.vb.viewRange()
        anchor_x = 1.0 if info.x > (left + right) / 2 else 0.0
        anchor_y = 0.0 if info.y > (bottom + top) / 2 else 1.0
        self.callout.setAnchor((anchor_x, anchor_y))
        self.callout.setPos(info.x, info.y)
        self.callout.show()
        self.figureHovered.emit(info.figure_id)

