"""From the analysis layer to the chart and map docks: thin conversions, no drawing.

Everything here is plain Python over numpy, so a TaskRunner can run it off the GUI thread:

    series = claimant_series(project, "killed", who="civilians")   # worker
    chart_dock.set_series(series, title="Civilians killed", unit="killed")   # GUI thread
    chart_dock.set_figures([], lookup=FigureQuery(project.engine).row)

    figures = map_figures(FigureQuery(project.engine), table_filter)   # worker
    map_dock.set_figures(figures)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.analysis.estimates import Estimate, GroupKey
from app.analysis.places import PlaceResolver
from app.analysis.reconcile import Reconciliation
from app.analysis.series import SeriesArrays, estimate_series, figure_series
from app.domain import ProgressToken, ReviewStatus
from app.store.figure_query import FigureFilter, FigureQuery, FigureRow
from app.ui.charts.notes import figure_note
from app.ui.charts.series import ChartSeries, Indicator
from app.ui.map.figures import Locate, MapFigures

ROW_CHUNK = 5_000


def chart_series(arrays: SeriesArrays) -> ChartSeries:
    """One analysis series (dates, low/best/high, figure ids) as a chart line."""
    return ChartSeries.from_arrays(arrays.label, arrays.seconds, arrays.best, arrays.low,
                                   arrays.high, arrays.ids)


def claimant_series(project, measure: str, *, who: str | None = None, place: str | None = None,
                    country: str | None = None, side: str | None = None, by: str = "claimant",
                    spec: FigureFilter = FigureFilter(),
                    token: ProgressToken | None = None) -> list[ChartSeries]:
    """Every figure of a measure as points, one line per claimant (or per side, `by="side"`)."""
    found = figure_series(project, measure, who=who, place=place, country=country, side=side,
                          by=by, spec=spec, token=token)
    return [chart_series(arrays) for arrays in found if len(arrays)]


def estimate_chart_series(estimates: Sequence[Estimate], label: str = "") -> ChartSeries:
    """Reconciled low/best/high of one group over time; a point's id is its first best figure."""
    return chart_series(estimate_series(estimates, label))


def group_label(key: GroupKey, reconciliation: Reconciliation) -> str:
    location = reconciliation.locations.get(key.place_id)
    where = location.name if location is not None else key.place_id
    side = f" ({key.side} side)" if key.side else ""
    return f"{where}{side}"


def reconciled_series(reconciliation: Reconciliation,
                      keys: Iterable[GroupKey] | None = None) -> list[ChartSeries]:
    """One line per reconciled group (all groups when `keys` is None) with its band."""
    out = []
    for key in keys if keys is not None else reconciliation.groups():
        estimates = reconciliation.series(key)
        if estimates:
            out.append(estimate_chart_series(estimates, group_label(key, reconciliation)))
    return out


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    """One panel to compare: a measure, optionally narrowed to who, place, country or side."""

    measure: str
    who: str | None = None
    place: str | None = None
    country: str | None = None
    side: str | None = None

    @property
    def title(self) -> str:
        parts = [self.measure + (f" ({self.who})" if self.who else "")]
        parts += [p for p in (self.place, self.country, self.side) if p]
        return " · ".join(parts)


def indicators(project, specs: Sequence[IndicatorSpec], *, by: str = "claimant",
               spec: FigureFilter = FigureFilter(),
               token: ProgressToken | None = None) -> list[Indicator]:
    """Small-multiples panels, one per IndicatorSpec, each with a line per claimant."""
    return [
        Indicator(one.title, claimant_series(project, one.measure, who=one.who, place=one.place,
                                             country=one.country, side=one.side, by=by,
                                             spec=spec, token=token), unit=one.measure)
        for one in specs
    ]


def place_locator(resolver: PlaceResolver | None = None) -> Locate:
    """Positions for rows without their own lat/lon, from the gazetteer via the resolver."""
    resolver = resolver or PlaceResolver()

    def locate(row: FigureRow) -> tuple[float, float] | None:
        location = resolver.resolve(row.place, row.country)
        if location.lat is None or location.lon is None:
            return None
        return location.lat, location.lon

    return locate


def map_figures(query: FigureQuery, spec: FigureFilter = FigureFilter(), *,
                resolver: PlaceResolver | None = None,
                token: ProgressToken | None = None) -> MapFigures:
    """The figures the table shows under `spec` (rejected ones left out unless the filter
    asks for them), placed and dated for the map dock."""
    ids = query.ids(spec)
    rows: list[FigureRow] = []
    for start in range(0, len(ids), ROW_CHUNK):
        if token is not None:
            token.check()
            token.report(start, len(ids), "Loading figures for the map")
        chunk = query.rows(ids[start:start + ROW_CHUNK])
        rows.extend(row for row in chunk.values()
                    if spec.statuses or row.status != ReviewStatus.REJECTED)
    return MapFigures.from_rows(rows, place_locator(resolver), lambda r: figure_note(r).text)
