"""File ▸ Export (CSV, XLSX, GeoJSON, HXL) and File ▸ Export Report (PDF): ask where, export
what the figures table shows in the task runner with progress and Cancel, report errors."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from app.domain import ProgressToken
from app.store import Project
from app.store.figure_query import FigureFilter
from app.ui import dialogs
from app.ui.import_controller import ImportProgress
from app.ui.task_controller import ProgressTaskController
from app.ui.workers import Task, TaskRunner

# kind -> (dialog title, file-type filter, suffix)
KINDS: dict[str, tuple[str, str, str]] = {
    "csv": ("Export Figures as CSV", "CSV files (*.csv)", ".csv"),
    "xlsx": ("Export Figures as Excel", "Excel workbooks (*.xlsx)", ".xlsx"),
    "geojson": ("Export Places as GeoJSON", "GeoJSON files (*.geojson *.json)", ".geojson"),
    "hxl": ("Export Figures as HXL CSV", "HXL CSV files (*.csv)", ".csv"),
    "pdf": ("Export Report as PDF", "PDF documents (*.pdf)", ".pdf"),
}
DEFAULT_NAMES = {"csv": "{}.csv", "xlsx": "{}.xlsx", "geojson": "{}.geojson",
                 "hxl": "{}-hxl.csv", "pdf": "{}-report.pdf"}


def ensure_suffix(path: str, suffix: str) -> Path:
    out = Path(path)
    allowed = (".geojson", ".json") if suffix == ".geojson" else (suffix,)
    return out if out.suffix.lower() in allowed else out.with_name(out.name + suffix)


def export_policy(spec: FigureFilter):
    """The table's status filter decides when set; otherwise rejected figures stay out."""
    from app.export.common import StatusPolicy

    return StatusPolicy.ALL if spec.statuses else StatusPolicy.NOT_REJECTED


def run_file_export(project: Project, kind: str, path: Path, spec: FigureFilter,
                    token: ProgressToken) -> str:
    """The work: write one export file of the figures `spec` selects; returns a summary."""
    policy = export_policy(spec)
    if kind == "csv":
        from app.export.csv_export import export_csv

        return f"Exported {export_csv(project, path, spec, token, status=policy)} figures"
    if kind == "hxl":
        from app.analysis.places import PlaceResolver
        from app.export.hxl_export import export_hxl

        count = export_hxl(project, path, spec, token, status=policy,
                           locate=PlaceResolver().resolve)
        return f"Exported {count} figures"
    from app.analysis.reconcile import reconcile

    allowed = policy.statuses()
    analysis_spec = spec.with_(statuses=allowed) if allowed and not spec.statuses else spec
    estimates = reconcile(project, analysis_spec, token=token).estimates
    if kind == "xlsx":
        from app.export.xlsx_export import export_xlsx

        count = export_xlsx(project, path, spec, token, status=policy, estimates=estimates)
        return f"Exported {count} figures and {len(estimates)} estimates"
    from app.export.geojson_export import export_geojson

    places = export_geojson(project, path, spec, token, status=policy, estimates=estimates)
    return f"Exported {places} places with {len(estimates)} estimates"


def collect_report_work(project: Project, spec: FigureFilter, token: ProgressToken):
    from app.ui.report import collect_report

    return collect_report(project, spec, token)


class ExportController(ProgressTaskController):
    """One export at a time; `finished(path)` when a file was written."""

    finished = Signal(object)  # Path

    def __init__(self, runner: TaskRunner, status_bar: QStatusBar, dialog_parent: QWidget) -> None:
        progress = ImportProgress(name="export", verb="Exporting", past="Exported",
                                  preparing="Preparing export…",
                                  cancel_tip="Stop the export; no file is written")
        super().__init__(runner, status_bar, dialog_parent, progress, wait_on_shutdown=False)

    def ask_export(self, kind: str, project: Project | None, spec: FigureFilter) -> Path | None:
        """Ask for a file name and export `kind` ("csv", "xlsx", "geojson", "hxl", "pdf")."""
        if project is None or self.running:
            return None
        title, file_filter, suffix = KINDS[kind]
        suggested = project.path.with_name(DEFAULT_NAMES[kind].format(project.path.stem)) \
            if getattr(project, "path", None) else Path(DEFAULT_NAMES[kind].format("figures"))
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), file_filter)
        if not chosen:
            return None
        path = ensure_suffix(chosen, suffix)
        self.start(kind, project, path, spec)
        return path

    def start(self, kind: str, project: Project, path: Path, spec: FigureFilter) -> bool:
        if self.running:
            return False
        if kind == "pdf":
            task = Task(partial(collect_report_work, project, spec))
            task.finished.connect(partial(self._write_report, path))
        else:
            task = Task(partial(run_file_export, project, kind, path, spec))
            task.finished.connect(partial(self._on_finished, path))
        task.progress.connect(self.progress.update_progress)
        task.failed.connect(partial(self._on_failed, path))
        self._launch(task, write=False)
        return True

    def _write_report(self, path: Path, data) -> None:
        from app.ui.report import render_report

        try:
            render_report(data, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._on_failed(path, exc)
            return
        self._on_finished(path, "Wrote the report")

    def _on_finished(self, path: Path, summary: str) -> None:
        self._end()
        self._status_bar.showMessage(f"{summary} to {path}.", 15000)
        self.finished.emit(path)

    def _on_failed(self, path: Path, exc: object) -> None:
        self._end()
        self._status_bar.showMessage("Export failed.", 15000)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        dialogs.show_error(self._parent, "Export failed",
                           f"Could not write {path.name}: {reason}",
                           details=f"{path}\n{type(exc).__name__}: {exc}")

    def _on_cancelled(self) -> None:
        self._end()
        self._status_bar.showMessage("Export cancelled; no file was written.", 10000)
