"""Adds the analysis docks and File ▸ Export to the main window: one call from its assembly."""

from __future__ import annotations

from functools import partial

from app.ui.actions import ActionId
from app.ui.analysis_controller import AnalysisController
from app.ui.export_controller import ExportController

EXPORT_KINDS = {ActionId.EXPORT_CSV: "csv", ActionId.EXPORT_XLSX: "xlsx",
                ActionId.EXPORT_GEOJSON: "geojson", ActionId.EXPORT_HXL: "hxl",
                ActionId.EXPORT_REPORT: "pdf"}


def build_analysis(window) -> None:
    """Give `window` `.analysis` (chart, map, Contested docks) and `.exports`, with their
    View toggles and File ▸ Export actions; call after the review docks, before the menus."""
    a = window.action_registry
    window.analysis = analysis = AnalysisController(
        window, window.runner, window.review, window.provenance.reveal_figure, window.statusBar())
    a.adopt(ActionId.TOGGLE_CHART, analysis.chart_dock.toggleViewAction())
    a.adopt(ActionId.TOGGLE_MAP, analysis.map_dock.toggleViewAction())
    a.adopt(ActionId.TOGGLE_CONTESTED, analysis.contested_dock.toggleViewAction())
    window.exports = exports = ExportController(window.runner, window.statusBar(), window)

    def export(kind: str) -> None:
        exports.ask_export(kind, window.project, window.review.model.filter)

    for action_id, kind in EXPORT_KINDS.items():
        a.connect(action_id, partial(export, kind))
