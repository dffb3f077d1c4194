"""Chart, map and Contested docks in the main window, and File ▸ Export."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget, QFileDialog

from app.store.figure_query import FigureFilter, FigureQuery
from app.ui.actions import ActionId
from app.ui.contested_dock import FigureIdRole

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(make_main_window, installed_demo):
    return make_main_window(installed_demo)


def test_analysis_docks_exist_hidden_and_toggle_from_the_view_menu(window):
    for name, action_id in (("chartDock", ActionId.TOGGLE_CHART), ("mapDock", ActionId.TOGGLE_MAP),
                            ("contestedDock", ActionId.TOGGLE_CONTESTED)):
        dock = window.findChild(QDockWidget, name)
        assert dock is not None, name
        assert not dock.isVisible()
        action = window.action(action_id)
        assert action in window.menus["View"].actions()
        action.trigger()
        assert dock.isVisible(), name
        action.trigger()
        assert not dock.isVisible(), name


def test_choosing_an_indicator_draws_one_line_per_claimant(window, tmp_path):
    window.action(ActionId.TOGGLE_CHART).trigger()
    window.analysis.picker.choose("killed", by="claimant")
    chart = window.analysis.chart_dock.chart
    assert len(chart.layers) > 1
    window.analysis.picker.choose("killed", by="side")
    assert 0 < len(chart.layers) < 10
    assert window.analysis.chart_dock.export_png(tmp_path / "chart.png").stat().st_size > 0


def test_chart_series_come_from_the_analysis_layer(window):
    from app.ui.analysis_controller import chart_work
    from app.domain import ProgressToken

    series = chart_work(window.project, "killed", None, "", "claimant", FigureFilter(),
                        ProgressToken())
    assert len(series) > 1
    assert all(len(s) for s in series)


def test_map_gets_the_figures_the_table_filter_shows(window, qtbot):
    window.action(ActionId.TOGGLE_MAP).trigger()
    spec = FigureFilter(measures=("injured",))
    window.review.view.set_filter(spec)
    qtbot.waitUntil(lambda: window.review.model.filter == spec, timeout=3000)
    mapped = window.analysis.map_dock
    expected = set(FigureQuery(window.project.engine).ids(spec))
    qtbot.waitUntil(lambda: len(mapped.figures) > 0 and set(mapped.figures.ids) <= expected,
                    timeout=5000)
    assert set(mapped.figures.ids) <= expected


def test_clicking_a_chart_point_selects_that_figure_in_the_table(window):
    window.action(ActionId.TOGGLE_CHART).trigger()
    figure_id = FigureQuery(window.project.engine).ids(FigureFilter(measures=("killed",)))[3]
    window.analysis.chart_dock.chart.figureActivated.emit(figure_id)
    assert window.review.view.current_figure_id == figure_id


def test_clicking_a_map_circle_selects_its_figures(window):
    ids = FigureQuery(window.project.engine).ids(FigureFilter(measures=("injured",)))[:2]
    window.analysis.map_dock.figuresActivated.emit(list(ids))
    assert set(window.review.view.selected_ids()) == set(ids)


def test_contested_dock_lists_a_denied_claim_and_selects_it(window, qtbot):
    window.action(ActionId.TOGGLE_CONTESTED).trigger()
    dock = window.analysis.contested_dock
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=5000)
    denied = [item for item in dock.claim_items() if item.text(4)]
    assert denied, "no denied claim listed"
    figure_id = denied[0].data(0, FigureIdRole)
    dock.tree.itemActivated.emit(denied[0], 0)
    assert window.review.view.current_figure_id == figure_id


def _export(window, qtbot, monkeypatch, action_id, target: Path) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.exports.finished, timeout=30000) as blocker:
        window.action(action_id).trigger()
    return blocker.args[0]


def test_csv_export_writes_what_the_table_shows(window, qtbot, monkeypatch, tmp_path):
    spec = FigureFilter(measures=("injured",))
    window.review.view.set_filter(spec)
    qtbot.waitUntil(lambda: window.review.model.filter == spec, timeout=3000)
    out = _export(window, qtbot, monkeypatch, ActionId.EXPORT_CSV, tmp_path / "figures")
    assert out.suffix == ".csv"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["measure"] for r in rows} == {"injured"}


def test_xlsx_geojson_and_hxl_exports_read_back(window, qtbot, monkeypatch, tmp_path):
    import openpyxl

    xlsx = _export(window, qtbot, monkeypatch, ActionId.EXPORT_XLSX, tmp_path / "book.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert len(book.sheetnames) >= 2
    assert book[book.sheetnames[0]].max_row > 1
    geo = _export(window, qtbot, monkeypatch, ActionId.EXPORT_GEOJSON, tmp_path / "places")
    assert json.loads(geo.read_text())["type"] == "FeatureCollection"
    hxl = _export(window, qtbot, monkeypatch, ActionId.EXPORT_HXL, tmp_path / "hxl.csv")
    second = hxl.read_text(encoding="utf-8-sig").splitlines()[1]
    assert second.startswith("#")


def test_export_error_is_shown_in_a_dialog(window, monkeypatch, tmp_path, recorded_dialogs):
    target = tmp_path / "figures.csv"
    target.mkdir()  # a folder where the file should go: the write fails
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.action(ActionId.EXPORT_CSV).trigger()
    assert recorded_dialogs and recorded_dialogs[0][0] == "Export failed"
    assert not window.exports.running


def test_pdf_report_from_the_menu_starts_with_pdf_magic(window, qtbot, monkeypatch, tmp_path):
    out = _export(window, qtbot, monkeypatch, ActionId.EXPORT_REPORT, tmp_path / "report")
    data = out.read_bytes()
    assert out.suffix == ".pdf" and data.startswith(b"%PDF") and len(data) > 10_000


def test_report_document_lists_estimates_contested_claims_and_sources(installed_demo):
    from app.store import Project
    from app.ui.report import collect_report, report_html

    with Project.open(installed_demo) as project:
        data = collect_report(project)
    text = report_html(data, "sitrep://chart.png")
    assert data.estimates and data.contested and data.sources and data.chart_series
    assert "Reconciled estimates" in text and "Contested claims" in text and "Sources" in text


def test_pdf_report_from_the_command_line(installed_demo, tmp_path):
    out = tmp_path / "cli-report.pdf"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app", "export", str(installed_demo),
                           "--format", "pdf", "-o", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
