"""Charts of figures over time (pyqtgraph): one indicator, small multiples, PNG/SVG export."""

from app.ui.charts.chart_dock import ChartDock
from app.ui.charts.notes import NoteBook, figure_note
from app.ui.charts.series import ChartSeries, FigureNote, Indicator
from app.ui.charts.views import IndicatorChart, SmallMultiples

__all__ = [
    "ChartDock", "ChartSeries", "FigureNote", "Indicator", "IndicatorChart", "NoteBook",
    "SmallMultiples", "figure_note",
]
