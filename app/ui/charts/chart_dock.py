"""The Chart dock: one indicator over time, or small multiples of several, with export.

The caller supplies numpy series (see `app.ui.analysis_adapter`) and, for hover text, figure
rows or a row lookup; clicking a point emits `figureActivated(id)` for the figures table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.figure_query import FigureRow
from app.ui.charts.notes import NoteBook, RowLookup
from app.ui.charts.series import ChartSeries, FigureNote, Indicator
from app.ui.charts.views import IndicatorChart, SmallMultiples

SINGLE, MULTIPLES = 0, 1


class ChartDock(QDockWidget):
    """Shows `set_series(...)` or `set_indicators(...)`; emits figureActivated on a click."""

    figureActivated = Signal(int)
    figureHovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Chart", parent)
        self.setObjectName("chartDock")
        self.notes = NoteBook()
        self.chart = IndicatorChart(notes=self.notes)
        self.multiples = SmallMultiples(notes=self.notes)
        for view in (self.chart, self.multiples):
            view.figureActivated.connect(self.figureActivated)
            view.figureHovered.connect(self.figureHovered)

        self.title_label = QLabel()
        self.title_label.setObjectName("chartTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_check = QCheckBox("Log scale")
        self.log_check.setObjectName("chartLogScale")
        self.log_check.setToolTip("Show values on a logarithmic axis")
        self.log_check.toggled.connect(self.set_log_scale)
        self.export_button = QToolButton()
        self.export_button.setObjectName("chartExport")
        self.export_button.setText("Export")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction("Export as PNG…", lambda: self._ask_and_export("png"))
        menu.addAction("Export as SVG…", lambda: self._ask_and_export("svg"))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.log_check)
        bar.addWidget(self.export_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.multiples)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setWidget(body)

    # Content --------------------------------------------------------------------------------

    def set_series(self, series: Sequence[ChartSeries], title: str = "", unit: str = "") -> None:
        """One indicator: a line per claimant (or side) with its band and figure points. The
        title is drawn in the plot, so exported files carry it."""
        self.title_label.setText("")
        self.chart.set_series(series, title=title, unit=unit)
        self.chart.set_log_scale(self.log_check.isChecked())
        self.stack.setCurrentIndex(SINGLE)

    def set_indicators(self, indicators: Sequence[Indicator], title: str = "",
                       columns: int = 2) -> None:
        """Several indicators side by side, sharing the time axis; each panel is titled."""
        self.title_label.setText(title)
        self.multiples.log_scale = self.log_check.isChecked()
        self.multiples.set_indicators(indicators, columns)
        self.stack.setCurrentIndex(MULTIPLES)

    def set_figures(self, figures: Mapping[int, FigureRow] | Iterable[FigureRow | FigureNote],
                    lookup: RowLookup | None = None) -> None:
        """What hovering a point shows: rows (or ready notes), plus a lookup for the rest."""
        self.notes.clear()
        self.notes.lookup = lookup
        items = figures.values() if isinstance(figures, Mapping) else figures
        rows, notes = [], []
        for item in items:
            (notes if isinstance(item, FigureNote) else rows).append(item)
        self.notes.add_rows(rows)
        self.notes.add_notes(notes)

    def set_log_scale(self, on: bool) -> None:
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)
            return
        self.chart.set_log_scale(on)
        self.multiples.set_log_scale(on)

    @property
    def log_scale(self) -> bool:
        return self.log_check.isChecked()

    def current_view(self) -> IndicatorChart | SmallMultiples:
        return self.chart if self.stack.currentIndex() == SINGLE else self.multiples

    # Export ---------------------------------------------------------------------------------

    def export_png(self, path, width: int | None = None) -> Path:
        """The current view as a PNG, `width` pixels wide."""
        self.current_view().export_png(path, width)
        return Path(path)

    def export_svg(self, path) -> Path:
        self.current_view().export_svg(path)
        return Path(path)

    def _ask_and_export(self, kind: str) -> None:
        caption = f"Export chart as {kind.upper()}"
        path, _ = QFileDialog.getSaveFileName(self, caption, f"chart.{kind}",
                                              f"{kind.upper()} files (*.{kind})")
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        (self.export_png if kind == "png" else self.export_svg)(path)
