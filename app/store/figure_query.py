"""The figures table's query object: filter and sort in SQL, return ids, load rows by the page.

The Qt model holds only the id array and a small cache of rows, so a million figures stay cheap.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import Engine, Select, and_, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.store.fulltext import figure_text_clause
from app.store.schema import documents, figures

# Column keys the table shows, in order, with the SQL expression each sorts by.
FIGURE_COLUMNS: dict[str, ColumnElement] = {
    "value": figures.c.value,
    "range": figures.c.low,
    "qualifier": figures.c.qualifier,
    "measure": figures.c.measure,
    "who": figures.c.who,
    "side": figures.c.side,
    "claimant": figures.c.claimant,
    "place": figures.c.place,
    "as_of": figures.c.as_of,
    "status": figures.c.status,
    "confidence": figures.c.confidence,
    "article": figures.c.document_id,
}

ROW_COLUMNS = (
    figures.c.id, figures.c.value, figures.c.low, figures.c.high, figures.c.qualifier,
    figures.c.measure, figures.c.who, figures.c.side, figures.c.claimant, figures.c.place,
    figures.c.as_of, figures.c.status, figures.c.confidence, documents.c.title,
    figures.c.document_id, figures.c.hedged, figures.c.disputed_by, figures.c.sentence,
    figures.c.version, figures.c.country, figures.c.since, figures.c.start, figures.c.end,
    figures.c.parts_of, figures.c.lat, figures.c.lon, figures.c.origin,
)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One figure as the table shows it, with its article title."""

    id: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    measure: str
    who: str
    side: str | None
    claimant: str | None
    place: str | None
    as_of: dt.date | None
    status: str
    confidence: float
    article: str
    document_id: int
    hedged: bool
    disputed_by: str | None
    sentence: str
    version: int
    country: str | None
    since: dt.date | None
    start: int
    end: int
    parts_of: int | None
    lat: float | None
    lon: float | None
    origin: str


@dataclass(frozen=True, slots=True)
class FigureFilter:
    """What the user narrowed the table to; empty fields do not filter."""

    measures: tuple[str, ...] = ()
    who: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    place: str = ""
    claimant: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    document_id: int | None = None

    def with_(self, **changes) -> FigureFilter:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return self == FigureFilter()


def _contains(column: ColumnElement, text: str) -> ColumnElement:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.ilike(f"%{escaped}%", escape="\\")


def filter_clause(spec: FigureFilter, dialect: str = "sqlite") -> ColumnElement | None:
    clauses: list[ColumnElement] = []
    if spec.measures:
        clauses.append(figures.c.measure.in_(spec.measures))
    if spec.who:
        clauses.append(figures.c.who.in_(spec.who))
    if spec.statuses:
        clauses.append(figures.c.status.in_(spec.statuses))
    if spec.place.strip():
        clauses.append(_contains(figures.c.place, spec.place.strip()))
    if spec.claimant.strip():
        clauses.append(_contains(figures.c.claimant, spec.claimant.strip()))
    if spec.date_from is not None:
        clauses.append(figures.c.as_of >= spec.date_from)
    if spec.date_to is not None:
        clauses.append(figures.c.as_of <= spec.date_to)
    if spec.document_id is not None:
        clauses.append(figures.c.document_id == spec.document_id)
    if spec.text.strip():
        text = figure_text_clause(spec.text, dialect)
        if text is not None:
            clauses.append(text)
    return and_(*clauses) if clauses else None


def _fetch_ids_into(conn: Connection, query: Select, out: array) -> None:
    """Run a one-column id query on the DBAPI cursor directly: SQLAlchemy's row objects would
    cost five times as much for a million ids."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if compiled.positiontup is not None:
        params = tuple(params[name] for name in compiled.positiontup)
    binary = {"binary": True} if conn.dialect.name == "postgresql" else {}  # ints without text
    cursor = conn.connection.cursor(**binary)
    try:
        cursor.execute(str(compiled), params)
        while chunk := cursor.fetchmany(50_000):
            out.extend(row[0] for row in chunk)
    finally:
        cursor.close()


class FigureQuery:
    """Ids of the figures matching a filter, in a sort order; rows fetched by id on demand."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ids(
        self, spec: FigureFilter = FigureFilter(), sort: str = "article", descending: bool = False
    ) -> array:
        """Matching ids in display order; empty values always sort last.

        Unfiltered, nulls are fetched by a second query so each part walks its index in order
        instead of sorting a million rows in a temporary B-tree. Filtered, one statement lets
        the filter narrow first and sorts what is left: walking the sort index and testing the
        filter on every row visited is several times slower (and would run a full-text match
        twice).
        """
        column = FIGURE_COLUMNS.get(sort)
        if column is None:
            raise ValueError(f"cannot sort figures by {sort!r}")
        where = filter_clause(spec, self._engine.dialect.name)
        tie = figures.c.id.desc() if descending else figures.c.id.asc()
        if sort == "article":
            start = figures.c.start.desc() if descending else figures.c.start.asc()
            doc = column.desc() if descending else column.asc()
            parts = [select(figures.c.id).order_by(doc, start, tie)]
        elif where is not None:
            ordering = column.desc() if descending else column.asc()
            parts = [select(figures.c.id).order_by(column.is_(None), ordering, tie)]
        else:
            ordering = column.desc() if descending else column.asc()
            parts = [
                select(figures.c.id).where(column.is_not(None)).order_by(ordering, tie),
                select(figures.c.id).where(column.is_(None)).order_by(tie),
            ]
        ids = array("q")
        with self._engine.connect() as conn:
            for query in parts:
                if where is not None:
                    query = query.where(where)
                _fetch_ids_into(conn, query, ids)
        return ids

    def rows(self, ids: Sequence[int]) -> dict[int, FigureRow]:
        """Load the given figures (a page of the table), keyed by id."""
        if not len(ids):
            return {}
        query = (
            select(*ROW_COLUMNS)
            .join(documents, documents.c.id == figures.c.document_id)
            .where(figures.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            return {row[0]: FigureRow(*row) for row in conn.execute(query)}

    def row(self, figure_id: int) -> FigureRow | None:
        return self.rows([figure_id]).get(figure_id)

    def status_counts(self, spec: FigureFilter = FigureFilter()) -> dict[str, int]:
        query = select(figures.c.status, func.count()).group_by(figures.c.status)
        where = filter_clause(spec, self._engine.dialect.name)
        if where is not None:
            query = query.where(where)
        with self._engine.connect() as conn:
            return {status: count for status, count in conn.execute(query)}

    def distinct_values(self, column: str, limit: int = 500) -> list[str]:
        """Values present in a text column, for filter and editor completers."""
        col = figures.c[column]
        query = select(col).where(col.is_not(None)).group_by(col).order_by(col).limit(limit)
        with self._engine.connect() as conn:
            return [value for (value,) in conn.execute(query)]
