"""Time series as numpy arrays for charts: one series per claimant (or per side).

The numbers are computed in SQL and fetched straight from the DBAPI cursor into a preallocated
float array, so a million points cost one array, not a million Python objects of our own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Date, case, cast, func, literal, select
from sqlalchemy.sql.elements import ColumnElement

from app.analysis.claims import LOWER_BOUNDS, UPPER_BOUNDS
from app.analysis.estimates import Estimate
from app.domain import ProgressToken, Qualifier, ReviewStatus
from app.store.figure_query import FigureFilter, filter_clause
from app.store.schema import documents, figures

UNATTRIBUTED = "(unattributed)"
_CHUNK = 100_000
_EPOCH_JULIAN_DAY = 2440587.5


@dataclass(frozen=True, slots=True)
class SeriesArrays:
    """Points of one line: dates (datetime64[D]) with low, best and high (NaN where unknown)
    and the figure id behind each point (-1 for none)."""

    label: str
    dates: np.ndarray
    low: np.ndarray
    best: np.ndarray
    high: np.ndarray
    ids: np.ndarray
    hedged: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def seconds(self) -> np.ndarray:
        """Dates as Unix seconds (float64), what pyqtgraph's DateAxisItem expects."""
        return self.dates.astype("datetime64[s]").astype(np.float64)


def _days_since_epoch(date: ColumnElement, dialect: str) -> ColumnElement:
    if dialect == "sqlite":
        return func.julianday(date) - _EPOCH_JULIAN_DAY
    return date - cast(literal("1970-01-01"), Date)


def _numbers(dialect: str) -> tuple[ColumnElement, ...]:
    value, low, high = figures.c.value, figures.c.low, figures.c.high
    qualifier = figures.c.qualifier
    date = func.coalesce(figures.c.as_of, documents.c.published)
    no_high = (*LOWER_BOUNDS, str(Qualifier.VAGUE))
    return (
        _days_since_epoch(date, dialect),
        case((qualifier.in_(tuple(UPPER_BOUNDS)), None), else_=func.coalesce(low, value)),
        func.coalesce(value, (low + high) / 2, low, high),
        case((qualifier.in_(no_high), None), else_=func.coalesce(high, value)),
        figures.c.id,
        case((figures.c.hedged, 1), else_=0),
    )


def figure_series(
    project, measure: str, *, who: str | None = None, place: str | None = None,
    country: str | None = None, side: str | None = None, by: str = "claimant",
    spec: FigureFilter = FigureFilter(), token: ProgressToken | None = None,
) -> list[SeriesArrays]:
    """Every non-rejected figure of a measure (and who/place/country/side, all optional) as
    points, one series per claimant or per side (`by`), each in date order.

    `place` matches the figure's place name exactly (ignoring case); figures without a date
    (no as-of and an undated article) are left out."""
    if by not in ("claimant", "side"):
        raise ValueError("series are split by 'claimant' or 'side'")
    engine = getattr(project, "engine", project)
    dialect = engine.dialect.name
    column = figures.c[by]
    where = [
        figures.c.measure == measure,
        figures.c.status != str(ReviewStatus.REJECTED),
        func.coalesce(figures.c.as_of, documents.c.published).is_not(None),
    ]
    if who:
        where.append(figures.c.who == who)
    if place:
        where.append(func.lower(figures.c.place) == place.lower())
    if country:
        where.append(figures.c.country == country.upper())
    if side:
        where.append(func.lower(figures.c.side) == side.lower())
    extra = filter_clause(spec, dialect)
    if extra is not None:
        where.append(extra)
    joined = figures.join(documents, documents.c.id == figures.c.document_id)
    labels_query = select(column, func.count()).select_from(joined).where(*where).group_by(column)
    with engine.connect() as conn:
        labels = _merge_spellings(conn.execute(labels_query).all())
        total = sum(count for _, _, count in labels)
        data = np.empty((total, 6), dtype=np.float64)
        out, start = [], 0
        for label, spellings, count in labels:
            chosen = column.in_(spellings) if label is not None else column.is_(None)
            query = select(*_numbers(dialect)).select_from(joined).where(*where, chosen)
            filled = _fetch_into(conn, query, data[start:start + count], token, start, total)
            block = data[start:start + filled]
            start += count
            block = block[np.lexsort((block[:, 4], block[:, 0]))]
            out.append(SeriesArrays(
                label=label or (UNATTRIBUTED if by == "claimant" else "(no side)"),
                dates=np.rint(block[:, 0]).astype("int64").astype("datetime64[D]"),
                low=block[:, 1], best=block[:, 2], high=block[:, 3],
                ids=block[:, 4].astype(np.int64), hedged=block[:, 5].astype(bool),
            ))
    return out


def _merge_spellings(counts) -> list[tuple[str | None, list[str], int]]:
    """Group raw values that differ only in case or spaces; each group is labelled with its most
    used spelling and sorted by label, the missing value last."""
    groups: dict[str | None, list[tuple[str, int]]] = {}
    for value, count in counts:
        key = " ".join(value.casefold().split()) or None if value else None
        groups.setdefault(key, []).append((value, count))
    merged = []
    for key, members in groups.items():
        label = None if key is None else min(members, key=lambda m: (-m[1], m[0]))[0]
        merged.append((label, [m[0] for m in members if m[0] is not None],
                       sum(c for _, c in members)))
    merged.sort(key=lambda m: (m[0] is None, (m[0] or "").casefold()))
    return merged


def _fetch_into(conn, query, out: np.ndarray, token: ProgressToken | None, done: int,
                total: int) -> int:
    """Run the query on the DBAPI cursor straight into `out`; returns the rows written."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if compiled.positiontup is not None:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = conn.connection.cursor()
    filled = 0
    try:
        cursor.execute(str(compiled), params)
        while chunk := cursor.fetchmany(_CHUNK):
            if token is not None:
                token.check()
                token.report(done + filled, total, "Loading points")
            end = min(filled + len(chunk), len(out))
            out[filled:end] = chunk[: end - filled]
            filled = end
    finally:
        cursor.close()
    return filled


def estimate_series(estimates: Sequence[Estimate], label: str = "") -> SeriesArrays:
    """Reconciled estimates of one group (e.g. `Reconciliation.series(key)`) as arrays; the id
    is the first figure behind best (-1 for a sum with none)."""
    dated = [e for e in estimates if e.date is not None]

    def floats(name: str) -> np.ndarray:
        return np.array([getattr(e, name) for e in dated], dtype=np.float64)

    return SeriesArrays(
        label=label or (dated[0].location.name if dated else ""),
        dates=np.array([e.date for e in dated], dtype="datetime64[D]"),
        low=floats("low"), best=floats("best"), high=floats("high"),
        ids=np.array([e.best_ids[0] if e.best_ids else -1 for e in dated], dtype=np.int64),
        hedged=np.zeros(len(dated), dtype=bool),
    )
