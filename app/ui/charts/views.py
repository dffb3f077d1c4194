"""The two chart views: one indicator over time, and small multiples of several indicators."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.charts.export import export_png, export_svg
from app.ui.charts.layer import NoteProvider, SeriesLayer
from app.ui.charts.panel import SeriesPanel, make_plot_item
from app.ui.charts.series import ChartSeries, Indicator


class IndicatorChart(pg.PlotWidget):
    """Series of one measure over time, one line per claimant or side, with low-high bands."""

    figureActivated = Signal(int)
    figureHovered = Signal(int)

    def __init__(self, parent: QWidget | None = None, notes: NoteProvider | None = None) -> None:
        super().__init__(parent, background="w", plotItem=make_plot_item())
        self.setObjectName("indicatorChart")
        self.panel = SeriesPanel(self.getPlotItem(), notes, parent=self)
        self.panel.figureActivated.connect(self.figureActivated)
        self.panel.figureHovered.connect(self.figureHovered)

    @property
    def layers(self) -> list[SeriesLayer]:
        return self.panel.layers

    def set_series(self, series: Sequence[ChartSeries], title: str = "", unit: str = "") -> None:
        if title:
            self.getPlotItem().setTitle(title, color="#444444", size="11pt")
        else:
            self.getPlotItem().setTitle(None)
        self.panel.set_series(series, unit)

    def set_notes(self, notes: NoteProvider | None) -> None:
        self.panel.set_notes(notes)

    def set_log_scale(self, on: bool) -> None:
        self.panel.set_log_scale(on)

    @property
    def log_scale(self) -> bool:
        return self.panel.log_scale

    def export_png(self, path, width: int | None = None) -> None:
        export_png(self.getPlotItem(), path, width)

    def export_svg(self, path) -> None:
        export_svg(self.getPlotItem(), path)


class SmallMultiples(pg.GraphicsLayoutWidget):
    """A grid of indicator panels sharing one time axis (panning one pans them all)."""

    figureActivated = Signal(int)
    figureHovered = Signal(int)

    def __init__(self, parent: QWidget | None = None, notes: NoteProvider | None = None,
                 columns: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("smallMultiples")
        self.setBackground("w")
        self.notes = notes
        self.columns = columns
        self.panels: list[SeriesPanel] = []
        self.log_scale = False

    def set_indicators(self, indicators: Sequence[Indicator], columns: int | None = None) -> None:
        self.clear_panels()
        if columns is not None:
            self.columns = max(1, columns)
        first_plot = None
        colours: dict[str, int] = {}
        for indicator in indicators:
            for one in indicator.series:
                colours.setdefault(one.label, len(colours))
        for i, indicator in enumerate(indicators):
            plot = make_plot_item(indicator.title)
            self.ci.addItem(plot, row=i // self.columns, col=i % self.columns)
            panel = SeriesPanel(plot, self.notes, parent=self)
            panel.figureActivated.connect(self.figureActivated)
            panel.figureHovered.connect(self.figureHovered)
            panel.log_scale = self.log_scale
            panel.set_series(indicator.series, indicator.unit, colours)
            if first_plot is None:
                first_plot = plot
            else:
                plot.setXLink(first_plot)
            self.panels.append(panel)

    def clear_panels(self) -> None:
        for panel in self.panels:
            panel.clear()
            panel.deleteLater()
        self.panels = []
        self.ci.clear()

    def plots(self) -> list[pg.PlotItem]:
        return [panel.plot for panel in self.panels]

    def set_notes(self, notes: NoteProvider | None) -> None:
        self.notes = notes
        for panel in self.panels:
            panel.set_notes(notes)

    def set_log_scale(self, on: bool) -> None:
        self.log_scale = on
        for panel in self.panels:
            panel.set_log_scale(on)

    def export_png(self, path, width: int | None = None) -> None:
        export_png(self.ci, path, width)

    def export_svg(self, path) -> None:
        export_svg(self.ci, path)
