"""The Map dock: figures as circles on Natural Earth outlines, with a date slider to play them.

The caller gives the figures the table shows (same FigureFilter, see
`app.ui.analysis_adapter.map_figures`); the slider shows, for each place and measure, the latest
figure as of the chosen date. Clicking a circle emits its figures and lists them in a popup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.figure_query import FigureRow
from app.ui.charts.export import export_png, export_svg
from app.ui.charts.notes import figure_note
from app.ui.map.boundaries import Boundaries
from app.ui.map.figures import Locate, MapFigures, day_date, day_number
from app.ui.map.map_view import MapView

PLAY_INTERVAL_MS = 150
PLAY_FRAMES = 80  # a whole date range plays in about twelve seconds
POPUP_LIMIT = 15


class MapDock(QDockWidget):
    """Shows `set_figures(...)`; emits figuresActivated(ids) and figureActivated(first id)."""

    figureActivated = Signal(int)
    figuresActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None,
                 boundaries: Boundaries | None = None) -> None:
        super().__init__("Map", parent)
        self.setObjectName("mapDock")
        self.view = MapView(boundaries)
        self.view.circleClicked.connect(self._on_circle_clicked)
        self.popup: QMenu | None = None

        self.play_button = QToolButton()
        self.play_button.setObjectName("mapPlay")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip("Play the figures over time")
        self.play_button.toggled.connect(self._on_play_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("mapDateSlider")
        self.slider.setAccessibleName("Map date")
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.date_label = QLabel("No dated figures")
        self.date_label.setObjectName("mapDate")
        self.date_label.setMinimumWidth(self.date_label.fontMetrics().horizontalAdvance(
            "8888-88-88 · 8888 places") + 8)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._step)
        self._step_days = 1
        self._update_play_icon(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 4)
        bar.addWidget(self.play_button)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.date_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.setWidget(body)
        self._set_controls_enabled(False)

    # Content --------------------------------------------------------------------------------

    def set_figures(self, figures: MapFigures | Iterable[FigureRow],
                    locate: Locate | None = None) -> None:
        """The figures to map (already narrowed by the table's filter); rows without their
        own lat/lon are placed with `locate`. The slider moves to the latest date."""
        if not isinstance(figures, MapFigures):
            figures = MapFigures.from_rows(figures, locate, lambda r: figure_note(r).text)
        self.pause()
        self.view.set_figures(figures)
        days = figures.day_range()
        self._set_controls_enabled(days is not None)
        if days is None:
            self.date_label.setText("No dated figures")
            return
        self.slider.blockSignals(True)
        self.slider.setRange(*days)
        self.slider.setValue(days[1])
        self.slider.blockSignals(False)
        self._step_days = max(1, (days[1] - days[0]) // PLAY_FRAMES)
        self._show_day(days[1])

    @property
    def figures(self) -> MapFigures:
        return self.view.figures

    def set_date(self, date: dt.date) -> None:
        """Show the situation as of a date (clamped to the figures' range)."""
        self.slider.setValue(day_number(date))

    @property
    def date(self) -> dt.date | None:
        return day_date(self.slider.value()) if self.slider.isEnabled() else None

    def circle_count(self) -> int:
        shown = self.view.snapshot_shown
        return len(shown) if shown is not None else 0

    # Playing --------------------------------------------------------------------------------

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def _on_play_toggled(self, on: bool) -> None:
        if on and self.slider.value() >= self.slider.maximum():
            self.slider.setValue(self.slider.minimum())
        if on:
            self.timer.start()
        else:
            self.timer.stop()
        self._update_play_icon(on)

    def _step(self) -> None:
        nxt = min(self.slider.value() + self._step_days, self.slider.maximum())
        self.slider.setValue(nxt)
        if nxt >= self.slider.maximum():
            self.pause()

    def _update_play_icon(self, playing: bool) -> None:
        icon = (QStyle.StandardPixmap.SP_MediaPause if playing
                else QStyle.StandardPixmap.SP_MediaPlay)
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText("Pause" if playing else "Play")

    def _set_controls_enabled(self, on: bool) -> None:
        self.slider.setEnabled(on)
        self.play_button.setEnabled(on)

    def _on_slider_moved(self, day: int) -> None:
        self._show_day(day)

    def _show_day(self, day: int) -> None:
        snapshot = self.figures.snapshot(day)
        date = day_date(day).isoformat()
        self.view.show_snapshot(snapshot, f"Latest figure per place as of {date}")
        self.date_label.setText(f"{date} · {len(snapshot)} places")

    # Clicks ---------------------------------------------------------------------------------

    def _on_circle_clicked(self, ids: list[int]) -> None:
        if not ids:
            return
        self.figuresActivated.emit(ids)
        self.figureActivated.emit(ids[0])
        self.show_popup(ids, QCursor.pos())

    def show_popup(self, ids: list[int], where: QPoint) -> QMenu:
        """A small menu listing the circle's figures; choosing one selects it in the table."""
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("mapFiguresPopup")
        for figure_id in ids[:POPUP_LIMIT]:
            action = menu.addAction(self.figures.describe(figure_id))
            action.setData(figure_id)
            action.triggered.connect(lambda _=False, i=figure_id: self.figureActivated.emit(i))
        if len(ids) > POPUP_LIMIT:
            menu.addAction(f"… and {len(ids) - POPUP_LIMIT} more").setEnabled(False)
        self.popup = menu
        menu.popup(where)
        return menu

    # Export ---------------------------------------------------------------------------------

    def export_png(self, path, width: int | None = None) -> Path:
        return export_png(self.view.getPlotItem(), path, width)

    def export_svg(self, path) -> Path:
        return export_svg(self.view.getPlotItem(), path)
