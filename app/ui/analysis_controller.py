"""Chart, map and Contested docks wired to the open project and the figures table.

Series, map figures and contested groups are computed in the task runner (read side); the docks
are filled back on the GUI thread. A click on a chart point, map circle or contested claim
selects that figure in the figures table, as a click in the article text does.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QWidget,
)

from app.domain import Measure, ProgressToken, Who
from app.store import Project
from app.store.figure_query import FigureFilter, FigureQuery
from app.ui.analysis_adapter import claimant_series, map_figures
from app.ui.charts import ChartDock
from app.ui.contested_dock import ContestedDock
from app.ui.map import MapDock
from app.ui.workers import Task, TaskRunner

MAP_DEBOUNCE_MS = 300


class IndicatorPicker(QWidget):
    """Measure, who, place text and by claimant/side; `chosen` fires on Draw or Enter."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorPicker")
        self.measure = QComboBox(objectName="indicatorMeasure")
        self.measure.addItems([m.value for m in Measure])
        self.who = QComboBox(objectName="indicatorWho")
        self.who.addItem("anyone", None)
        for who in Who:
            self.who.addItem(who.value, who.value)
        self.place = QLineEdit(objectName="indicatorPlace")
        self.place.setPlaceholderText("place (any)")
        self.place.setClearButtonEnabled(True)
        self.by = QComboBox(objectName="indicatorBy")
        self.by.addItem("by claimant", "claimant")
        self.by.addItem("by side", "side")
        self.draw = QPushButton("Draw", objectName="indicatorDraw")
        self.draw.setToolTip("Chart this indicator over time")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        for widget in (self.measure, self.who, self.place, self.by, self.draw):
            layout.addWidget(widget, 1 if widget is self.place else 0)
        self.draw.clicked.connect(self.chosen)
        self.place.returnPressed.connect(self.chosen)

    def choose(self, measure: str, who: str | None = None, place: str = "",
               by: str = "claimant") -> None:
        self.measure.setCurrentText(measure)
        self.who.setCurrentIndex(max(0, self.who.findData(who)))
        self.place.setText(place)
        self.by.setCurrentIndex(max(0, self.by.findData(by)))
        self.chosen.emit()

    def title(self) -> str:
        who = self.who.currentData()
        place = self.place.text().strip()
        by = "side" if self.by.currentData() == "side" else "claimant"
        return " · ".join(p for p in (
            self.measure.currentText() + (f" ({who})" if who else ""), place, f"by {by}") if p)


def chart_work(project: Project, measure: str, who: str | None, place: str, by: str,
               spec: FigureFilter, token: ProgressToken) -> list:
    return claimant_series(project, measure, who=who, place=place or None, by=by, spec=spec,
                           token=token)


def contested_work(project: Project, spec: FigureFilter, token: ProgressToken) -> list:
    from app.analysis.disagreement import find_contested

    return find_contested(project, spec, token=token)


class AnalysisController(QObject):
    """Owns the chart, map and Contested docks; `select_figure` is how clicks reach the table."""

    def __init__(self, window: QMainWindow, runner: TaskRunner, review, select_figure,
                 status_bar: QStatusBar) -> None:
        super().__init__(window)
        self._runner = runner
        self._review = review
        self._select = select_figure
        self._status = status_bar
        self.project: Project | None = None
        self._tasks: dict[str, Task] = {}
        self.chart_dock = ChartDock(window)
        self.picker = IndicatorPicker()
        self.chart_dock.widget().layout().insertWidget(0, self.picker)
        self.map_dock = MapDock(window)
        self.contested_dock = ContestedDock(window)
        self._map_timer = QTimer(self, singleShot=True, interval=MAP_DEBOUNCE_MS)
        self._map_timer.timeout.connect(self.refresh_map)
        self._map_stale = self._contested_stale = True

        figures = review.figures_dock
        for dock in (self.chart_dock, self.map_dock, self.contested_dock):
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            window.tabifyDockWidget(figures, dock)
            dock.hide()
            dock.figureActivated.connect(self._select)
        figures.raise_()
        self.map_dock.figuresActivated.connect(self._select_many)
        self.picker.chosen.connect(self.refresh_chart)
        review.model.queryChanged.connect(self._on_table_changed)
        review.figuresChanged.connect(lambda *_: self._on_table_changed())
        for dock, slot in ((self.map_dock, self._on_map_visibility),
                           (self.contested_dock, self._on_contested_visibility)):
            dock.visibilityChanged.connect(slot)
            dock.toggleViewAction().toggled.connect(slot)

    @property
    def table_filter(self) -> FigureFilter:
        return self._review.model.filter

    def set_project(self, project: Project | None) -> None:
        self.cancel()
        self.project = project
        self.chart_dock.set_series([])
        self.chart_dock.set_figures([], lookup=FigureQuery(project.engine).row if project else None)
        self.map_dock.set_figures([])
        self.contested_dock.set_groups([])
        self._map_stale = self._contested_stale = True
        if project is not None:
            self._on_table_changed()

    def cancel(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
            task.blockSignals(True)
        self._tasks.clear()

    # Chart --------------------------------------------------------------------------------------

    def refresh_chart(self) -> None:
        if self.project is None:
            return
        p = self.picker
        work = partial(chart_work, self.project, p.measure.currentText(), p.who.currentData(),
                       p.place.text().strip(), p.by.currentData(), FigureFilter())
        self._start("chart", work, partial(self._show_series, p.title(), p.measure.currentText()))

    def _show_series(self, title: str, unit: str, series: list) -> None:
        self.chart_dock.set_series(series, title=title, unit=unit)
        if not series:
            self._status.showMessage(f"No figures for {title}.", 6000)

    # Map ----------------------------------------------------------------------------------------

    def _on_table_changed(self) -> None:
        self._map_stale = self._contested_stale = True
        if self.map_dock.isVisible():
            self._map_timer.start()
        if self.contested_dock.isVisible():
            QTimer.singleShot(0, self.refresh_contested)

    def _on_map_visibility(self, visible: bool) -> None:
        if visible and self._map_stale:
            self._map_timer.start()

    def refresh_map(self) -> None:
        if self.project is None:
            return
        self._map_stale = False
        query = FigureQuery(self.project.engine)
        work = partial(_map_work, query, self.table_filter)
        self._start("map", work, self.map_dock.set_figures)

    # Contested ----------------------------------------------------------------------------------

    def _on_contested_visibility(self, visible: bool) -> None:
        if visible and self._contested_stale:
            self.refresh_contested()

    def refresh_contested(self) -> None:
        if self.project is None:
            return
        self._contested_stale = False
        work = partial(contested_work, self.project, self.table_filter)
        self._start("contested", work, self.contested_dock.set_groups)

    # Selection ----------------------------------------------------------------------------------

    def _select_many(self, ids) -> None:
        ids = list(ids)
        if ids:
            self._select(ids[0])
            if len(ids) > 1:
                self._review.view.select_figures(ids)

    # Tasks --------------------------------------------------------------------------------------

    def _start(self, name: str, work, done) -> None:
        old = self._tasks.pop(name, None)
        if old is not None:
            old.cancel()
            old.blockSignals(True)
        task = Task(work)
        task.finished.connect(done)
        task.failed.connect(partial(self._on_failed, name))
        task.done.connect(lambda: self._tasks.pop(name, None) if self._tasks.get(name) is task
                          else None)
        self._tasks[name] = task
        self._runner.run_read(task)

    def _on_failed(self, name: str, exc: object) -> None:
        self._status.showMessage(f"Could not update the {name}: {type(exc).__name__}: {exc}", 15000)


def _map_work(query: FigureQuery, spec: FigureFilter, token: ProgressToken):
    return map_figures(query, spec, token=token)
