"""File ▸ Export Report (PDF) and `sitrep export --format pdf`: reconciled estimates, contested
claims, a chart and the sources, laid out in a QTextDocument and printed with QPdfWriter.

`collect_report` is plain work (any thread); `render_report` draws (GUI thread, or headless with
an offscreen QApplication, which `export_report` creates when none exists).
"""

from __future__ import annotations

import datetime as dt
import html
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.domain import ProgressToken
from app.store.figure_query import FigureFilter

MAX_ESTIMATES = 300
MAX_CONTESTED = 100
MAX_CHART_LINES = 6
CHART_WIDTH = 1600


@dataclass
class ReportData:
    """Everything the report shows, computed without Qt widgets."""

    title: str
    generated: dt.datetime
    filter_text: str
    estimates: list = field(default_factory=list)  # latest Estimate of each group
    estimate_total: int = 0
    contested: list = field(default_factory=list)  # ContestedGroup
    chart_title: str = ""
    chart_unit: str = ""
    chart_series: list = field(default_factory=list)  # ChartSeries
    sources: list = field(default_factory=list)  # (id, title, publisher, published, url, count)


def _status_policy(spec: FigureFilter):
    from app.export.common import StatusPolicy

    return StatusPolicy.ALL if spec.statuses else StatusPolicy.NOT_REJECTED


def describe_filter(spec: FigureFilter) -> str:
    if spec.is_empty():
        return "All figures except rejected ones."
    parts = [f"{name.replace('_', ' ')}: {', '.join(map(str, v)) if isinstance(v, tuple) else v}"
             for name, v in vars_of(spec).items() if v not in ((), "", None)]
    return "Figures matching " + "; ".join(parts) + "."


def vars_of(spec: FigureFilter) -> dict:
    return {name: getattr(spec, name) for name in spec.__dataclass_fields__}


def collect_report(project, spec: FigureFilter = FigureFilter(),
                   token: ProgressToken | None = None) -> ReportData:
    """Reconcile, find contested groups, pick the chart's lines and list the sources."""
    from app.analysis.disagreement import find_contested
    from app.analysis.reconcile import reconcile
    from app.export.common import source_rows
    from app.ui.analysis_adapter import claimant_series, reconciled_series

    token = token or ProgressToken()
    policy = _status_policy(spec)
    allowed = policy.statuses()
    analysis_spec = spec.with_(statuses=allowed) if allowed and not spec.statuses else spec
    data = ReportData(title=f"Situation report — {project.name}", generated=dt.datetime.now(),
                      filter_text=describe_filter(spec))
    token.report(0, 4, "Reconciling estimates")
    rec = reconcile(project, analysis_spec, token=token)
    latest = [e for e in (rec.latest(k) for k in rec.groups()) if e is not None]
    latest.sort(key=lambda e: (e.key.measure, e.key.who, e.key.level != "country",
                               e.location.name or ""))
    data.estimate_total = len(latest)
    data.estimates = latest[:MAX_ESTIMATES]
    token.check()
    token.report(1, 4, "Finding contested claims")
    contested = find_contested(project, analysis_spec, token=token)
    contested.sort(key=lambda g: (not g.denied, -g.max_ratio))
    data.contested = contested[:MAX_CONTESTED]
    token.check()
    token.report(2, 4, "Preparing the chart")
    measures = Counter(k.measure for k in rec.groups())
    if measures:
        measure = measures.most_common(1)[0][0]
        keys = [k for k in rec.groups() if k.measure == measure and k.level == "country"]
        keys.sort(key=lambda k: -len(rec.series(k)))
        series = [replace(line, label=f"{line.label} — {key.who}")
                  for key in keys[:MAX_CHART_LINES] for line in reconciled_series(rec, [key])]
        if series:
            data.chart_title = f"{measure}: reconciled best estimate with low–high band"
        else:
            series = claimant_series(project, measure, spec=analysis_spec, token=token)
            data.chart_title = f"{measure}: figures by claimant"
        data.chart_series, data.chart_unit = series[:MAX_CHART_LINES * 2], measure
    token.check()
    token.report(3, 4, "Listing sources")
    data.sources = source_rows(project, spec, policy)
    token.report(4, 4, "Writing the report")
    return data


# Rendering (Qt) -----------------------------------------------------------------------------------

def _n(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _estimates_html(data: ReportData) -> str:
    if not data.estimates:
        return "<p>No estimates: no dated figures match.</p>"
    rows = []
    for e in data.estimates:
        key = e.key
        rows.append(
            "<tr>" + "".join(f"<td>{c}</td>" for c in (
                _e(key.measure), _e(key.who), _e(key.side or ""),
                _e(e.location.name or key.place_id), _e(key.level),
                _e(e.date.isoformat() if e.date else ""), _n(e.low), f"<b>{_n(e.best)}</b>",
                _n(e.high), _e(", ".join(e.claimants)),
                _e(" ".join(str(i) for i in e.figure_ids[:12])
                   + (" …" if len(e.figure_ids) > 12 else "")))) + "</tr>")
    more = (f"<p>Showing {len(data.estimates)} of {data.estimate_total} groups.</p>"
            if data.estimate_total > len(data.estimates) else "")
    head = "".join(f"<th>{h}</th>" for h in (
        "Measure", "Who", "Side", "Place", "Level", "As of", "Low", "Best", "High",
        "Claimants", "Figures"))
    return (f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>"
            + "".join(rows) + "</table>" + more)


def _contested_html(data: ReportData) -> str:
    from app.ui.contested_dock import claim_cells, group_title

    if not data.contested:
        return "<p>No contested figures.</p>"
    out = []
    for group in data.contested:
        out.append(f"<h3>{_e(group_title(group))}</h3><p><i>{_e('; '.join(group.reasons))}</i></p>")
        rows = "".join(
            "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in claim_cells(claim)[:6])
            + f"<td>{claim.figure_id}</td></tr>" for claim in group.claims[:20])
        head = "".join(f"<th>{h}</th>" for h in (
            "Claimant", "Value", "Low–high", "Date", "Denied by", "Sentence", "Figure"))
        out.append(f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                   f"<tr>{head}</tr>{rows}</table>")
    return "".join(out)


def _sources_html(data: ReportData) -> str:
    if not data.sources:
        return "<p>No sources.</p>"
    items = []
    for _id, title, publisher, published, url, count in data.sources:
        link = f" <a href='{_e(url)}'>{_e(url)}</a>" if url else ""
        items.append(f"<li><b>{_e(title)}</b> — {_e(publisher or 'unknown publisher')}, "
                     f"{_e(published or 'undated')}.{link} ({count} figures)</li>")
    return "<ol>" + "".join(items) + "</ol>"


def render_chart_png(data: ReportData, path: Path) -> Path | None:
    """Draw the report's chart with the Chart dock's own view, offscreen, into a PNG."""
    if not data.chart_series:
        return None
    from app.ui.charts import ChartDock

    dock = ChartDock()
    try:
        dock.resize(1000, 480)
        dock.set_series(data.chart_series, title=data.chart_title, unit=data.chart_unit)
        return dock.export_png(path, CHART_WIDTH)
    finally:
        dock.deleteLater()


def report_html(data: ReportData, chart_url: str | None) -> str:
    chart = (f"<h2>Chart</h2><p><img src='{chart_url}' width='640'></p>" if chart_url else "")
    return (
        f"<h1>{_e(data.title)}</h1>"
        f"<p>Generated {data.generated:%Y-%m-%d %H:%M}. {_e(data.filter_text)}</p>"
        "<h2>Reconciled estimates (latest per group)</h2>"
        "<p>Low is the lowest credible estimate, best the median of the strongest claims, high "
        "the highest figure anyone reported (see the user guide).</p>"
        + _estimates_html(data) + chart
        + "<h2>Contested claims</h2>" + _contested_html(data)
        + "<h2>Sources</h2>" + _sources_html(data)
    )


def render_report(data: ReportData, path) -> Path:
    """Lay the report out and print it to `path` as PDF (needs a QGuiApplication)."""
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        png = render_chart_png(data, Path(tmp) / "chart.png")
        document = QTextDocument()
        document.setDefaultStyleSheet("th { background: #e8e8e8; text-align: left; }")
        chart_url = None
        if png is not None:
            chart_url = "sitrep://chart.png"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(chart_url),
                                 QImage(str(png)))
        document.setHtml(report_html(data, chart_url))
        partial = path.with_name(path.name + ".part")
        writer = QPdfWriter(str(partial))
        writer.setTitle(data.title)
        writer.setCreator("Sitrep")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        document.print_(writer)
        del writer  # flushes and closes the file
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(f"the PDF writer produced nothing at {path}")
        partial.replace(path)
    return path


_HEADLESS_APP: list = []  # keeps the offscreen QApplication alive for the CLI's lifetime


def ensure_application() -> None:
    """The CLI has no QApplication: create an offscreen one (widgets draw the chart)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _HEADLESS_APP.append(QApplication([sys.argv[0] if sys.argv else "sitrep",
                                           "-platform", "offscreen"]))


def export_report(project, path, spec: FigureFilter = FigureFilter(),
                  token: ProgressToken | None = None) -> Path:
    """The whole report in one call, for the command line and tests."""
    ensure_application()
    return render_report(collect_report(project, spec, token), path)
