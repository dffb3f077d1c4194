"""The figures table's query object: filter and sort in SQL, return ids, load rows by the page.

The Qt model holds only the id array and a small cache of rows, so a million figures stay cheap.
On SQLite a filter that keeps many figures is not sorted at all: the sort index is walked as for
no filter and the matching ids (found through their own covering indexes) are kept, see `ids`.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy import Engine, Select, and_, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from app.store.fulltext import figure_text_clause, figure_text_ids_query
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

# Above this share of all figures a filter is "unselective": walking the sort index and keeping
# the matches beats sorting the matches (measured crossover on 10⁶ figures: 3–8 %).
WALK_SHARE = 0.05


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


def _contains(column: ColumnElement, text: str, dialect: str) -> ColumnElement:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if dialect == "sqlite":  # LIKE already ignores ASCII case; lower() on each row only cost time
        return column.like(f"%{escaped}%", escape="\\")
    return column.ilike(f"%{escaped}%", escape="\\")


def filter_parts(spec: FigureFilter, dialect: str = "sqlite", *,
                 with_text: bool = True) -> list[ColumnElement]:
    """The filter as AND-ed parts, each answerable from one index: measure and status together
    (ix_figures_measure_status), every other column alone, the words last."""
    parts: list[ColumnElement] = []
    review = []
    if spec.measures:
        review.append(figures.c.measure.in_(spec.measures))
    if spec.statuses:
        review.append(figures.c.status.in_(spec.statuses))
    if review:
        parts.append(and_(*review))
    if spec.who:
        parts.append(figures.c.who.in_(spec.who))
    if spec.place.strip():
        parts.append(_contains(figures.c.place, spec.place.strip(), dialect))
    if spec.claimant.strip():
        parts.append(_contains(figures.c.claimant, spec.claimant.strip(), dialect))
    if spec.date_from is not None and spec.date_to is not None:
        parts.append(figures.c.as_of.between(spec.date_from, spec.date_to))
    elif spec.date_from is not None:
        parts.append(figures.c.as_of >= spec.date_from)
    elif spec.date_to is not None:
        parts.append(figures.c.as_of <= spec.date_to)
    if spec.document_id is not None:
        parts.append(figures.c.document_id == spec.document_id)
    if with_text and spec.text.strip():
        text = figure_text_clause(spec.text, dialect)
        if text is not None:
            parts.append(text)
    return parts


def filter_clause(spec: FigureFilter, dialect: str = "sqlite") -> ColumnElement | None:
    parts = filter_parts(spec, dialect)
    return and_(*parts) if parts else None


def _compiled(conn: Connection, query: Select) -> tuple[str, object]:
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    if compiled.positiontup is not None:
        params = tuple(params[name] for name in compiled.positiontup)
    return str(compiled), params


def _fetch_ids_into(conn: Connection, query: Select, out: array) -> None:
    """Run a one-column id query on the DBAPI cursor directly: SQLAlchemy's row objects would
    cost five times as much for a million ids."""
    sql, params = _compiled(conn, query)
    binary = {"binary": True} if conn.dialect.name == "postgresql" else {}  # ints without text
    cursor = conn.connection.cursor(**binary)
    try:
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(50_000):
            out.extend(row[0] for row in chunk)
    finally:
        cursor.close()


def _sqlite_ids(conn: Connection, query: Select | str, params: object = ()) -> np.ndarray:
    """A one-column id query as one `group_concat` string: a million ids arrive in 0.1 s instead
    of 0.3 s row by row. SQLite keeps a FROM subquery's ORDER BY under group_concat (it drops
    it only under count/min/max or an outer ORDER BY), which the tests check."""
    sql, params = (query, params) if isinstance(query, str) else _compiled(conn, query)
    cursor = conn.connection.cursor()
    try:
        (text,) = cursor.execute(f"SELECT group_concat(id) FROM ({sql})", params).fetchone()
    finally:
        cursor.close()
    return np.fromstring(text or "", dtype=np.int64, sep=",")


def _keep(order: np.ndarray, members: np.ndarray) -> np.ndarray:
    """The ids of `order`, in that order, that are also in `members` (one vectorised pass)."""
    if not len(order) or not len(members):
        return order[:0]
    top = int(max(order.max(), members.max()))
    if top > 16 * (len(order) + len(members)):  # sparse ids: no mask the size of the largest
        return order[np.isin(order, members)]
    mask = np.zeros(top + 1, dtype=bool)
    mask[members] = True
    return order[mask[order]]


def _as_array(ids: np.ndarray) -> array:
    return array("q", ids.astype(np.int64, copy=False).tobytes())


class FigureQuery:
    """Ids of the figures matching a filter, in a sort order; rows fetched by id on demand."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ids(
        self, spec: FigureFilter = FigureFilter(), sort: str = "article", descending: bool = False
    ) -> array:
        """Matching ids in display order; empty values always sort last.

        Unfiltered, each sort walks its column's index in order (non-empty values, then the
        empty ones by a second statement) and never sorts. Filtered, PostgreSQL plans one
        statement from its statistics. SQLite has none, so it first collects the matching ids
        unordered, each part of the filter through its covering index (full text straight from
        FTS5): when they are a small share of the table one statement narrows and sorts them;
        otherwise the unfiltered walk runs and only the matches are kept, so nothing is sorted
        and no figure row is read.
        """
        if sort not in FIGURE_COLUMNS:
            raise ValueError(f"cannot sort figures by {sort!r}")
        dialect = self._engine.dialect.name
        with self._engine.connect() as conn:
            if dialect != "sqlite":
                return self._ids_one_statement(conn, spec, sort, descending)
            if filter_clause(spec, dialect) is None:
                return _as_array(self._sqlite_walk(conn, sort, descending))
            members = self._sqlite_members(conn, spec)
            if not len(members):
                return array("q")
            top = conn.exec_driver_sql("SELECT max(id) FROM figures").scalar() or 0
            if len(members) < WALK_SHARE * top:
                return self._ids_one_statement(conn, spec, sort, descending)
            return _as_array(_keep(self._sqlite_walk(conn, sort, descending), members))

    @staticmethod
    def _ordered(sort: str, descending: bool, where: ColumnElement | None) -> list[Select]:
        """The statements that list ids in display order: split at the empty values when there
        is no filter (so each walks an index), one statement with nulls last otherwise."""
        column = FIGURE_COLUMNS[sort]
        tie = figures.c.id.desc() if descending else figures.c.id.asc()
        ordering = column.desc() if descending else column.asc()
        if sort == "article":
            start = figures.c.start.desc() if descending else figures.c.start.asc()
            parts = [select(figures.c.id).order_by(ordering, start, tie)]
        elif where is not None:
            parts = [select(figures.c.id).order_by(column.is_(None), ordering, tie)]
        elif not column.nullable:
            parts = [select(figures.c.id).order_by(ordering, tie)]
        else:
            parts = [
                select(figures.c.id).where(column.is_not(None)).order_by(ordering, tie),
                select(figures.c.id).where(column.is_(None)).order_by(tie),
            ]
        return parts if where is None else [part.where(where) for part in parts]

    def _ids_one_statement(self, conn: Connection, spec: FigureFilter, sort: str,
                           descending: bool) -> array:
        where = filter_clause(spec, conn.dialect.name)
        parts = self._ordered(sort, descending, where)
        if conn.dialect.name == "sqlite":
            return _as_array(np.concatenate([_sqlite_ids(conn, part) for part in parts]))
        ids = array("q")
        for query in parts:
            _fetch_ids_into(conn, query, ids)
        return ids

    def _sqlite_walk(self, conn: Connection, sort: str, descending: bool) -> np.ndarray:
        parts = self._ordered(sort, descending, None)
        return np.concatenate([_sqlite_ids(conn, part) for part in parts])

    def _sqlite_members(self, conn: Connection, spec: FigureFilter) -> np.ndarray:
        """All matching ids, unordered, without reading a figure row: each part of the filter
        from its covering index (the words from FTS5), intersected here as id masks. SQLite
        itself would drive one index and read the row of every candidate to test the rest."""
        found = [_sqlite_ids(conn, select(figures.c.id).where(part))
                 for part in filter_parts(spec, "sqlite", with_text=False)]
        text = figure_text_ids_query(spec.text) if spec.text.strip() else None
        if text is not None:
            found.append(_sqlite_ids(conn, *text))
        found.sort(key=len)
        members = found[0]
        for other in found[1:]:
            members = _keep(members, other)
        return members

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
