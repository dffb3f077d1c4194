"""Small series and figure rows for the chart tests."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.store.figure_query import FigureRow
from app.ui.charts.series import ChartSeries

START = np.datetime64("2022-03-01")


def daily_series(label: str, days: int, first_id: int, band: bool = True,
                 scale: float = 100.0) -> ChartSeries:
    dates = START + np.arange(days)
    best = scale * (1 + np.arange(days, dtype=float))
    low, high = (best * 0.8, best * 1.25) if band else (None, None)
    return ChartSeries.from_arrays(label, dates, best, low, high,
                                   np.arange(first_id, first_id + days))


def figure_row(figure_id: int, value: float = 120, sentence: str = "", **changes) -> FigureRow:
    fields = dict(
        id=figure_id, value=value, low=None, high=None, qualifier="approximately",
        measure="killed", who="civilians", side=None, claimant="Health ministry", place="Kharkiv",
        as_of=dt.date(2022, 3, 1), status="confirmed", confidence=0.9, article="Article",
        document_id=1, hedged=False, disputed_by=None,
        sentence=sentence or f"About {value:g} civilians were killed, the ministry said.",
        version=1, country="UA", since=None, start=0, end=10, parts_of=None, lat=None,
        lon=None, origin="extracted",
    )
    fields.update(changes)
    return FigureRow(**fields)


def settle(view) -> None:
    """Let pending auto-ranging happen: pyqtgraph applies it just before painting."""
    QApplication.processEvents()
    view.grab()
    QApplication.processEvents()


def scene_point(plot_widget, x: float, y: float, vb=None) -> QPoint:
    """Viewport coordinates of a data point, for simulated mouse events."""
    settle(plot_widget)
    vb = vb or plot_widget.getPlotItem().vb
    return plot_widget.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def send_mouse(view, kind: str, pos: QPoint,
               button: Qt.MouseButton = Qt.MouseButton.NoButton) -> None:
    """Deliver a mouse event straight to a GraphicsView's viewport, as pyqtgraph's own UI
    tests do (the offscreen platform has no real pointer)."""
    event_type = {"move": QEvent.Type.MouseMove, "press": QEvent.Type.MouseButtonPress,
                  "release": QEvent.Type.MouseButtonRelease}[kind]
    viewport = view.viewport()
    buttons = button if kind == "press" else Qt.MouseButton.NoButton
    event = QMouseEvent(event_type, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def click(view, pos: QPoint) -> None:
    send_mouse(view, "move", pos)
    send_mouse(view, "press", pos, Qt.MouseButton.LeftButton)
    send_mouse(view, "release", pos, Qt.MouseButton.LeftButton)
