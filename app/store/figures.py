"""Writing and reading extracted figures; the review queries of later issues grow here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Dialect

from app.domain import Figure, Measure, Qualifier, ReviewStatus, Who
from app.store.schema import figures

_FIELDS = (
    "value", "low", "high", "side", "claimant", "hedged", "disputed_by", "place", "lat", "lon",
    "country", "as_of", "since", "sentence", "start", "end", "confidence", "extractor_version",
)


_INSERT_RETURNING_IDS = insert(figures).returning(figures.c.id, sort_by_parameter_order=True)
_LAST_ID = select(func.max(figures.c.id))
_LINK_PARTS = (
    update(figures).where(figures.c.id == bindparam("figure_id")).values(parts_of=bindparam("parent"))
)
_SQLITE_PLANS: dict[tuple, _InsertPlan] = {}


def insert_figures(
    conn: Connection, document_id: int, found: Sequence[Figure], origin: str = "extractor"
) -> list[int]:
    """Insert one article's figures in one executemany, then map their local ids (and parts_of
    links) to database ids."""
    if not found:
        return []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for figure in found:
        values = {name: getattr(figure, name) for name in _FIELDS}
        values.update(
            document_id=document_id,
            qualifier=str(figure.qualifier),
            measure=str(figure.measure),
            who=str(figure.who),
            status=str(figure.status),
            parts_of=None,
            created_at=now,
            updated_at=now,
            origin=origin,
        )
        rows.append(values)
    new_ids = _insert_rows(conn, rows)
    local_to_db = {f.id: new_id for f, new_id in zip(found, new_ids) if f.id is not None}
    links = [
        {"figure_id": new_id, "parent": local_to_db[f.parts_of]}
        for f, new_id in zip(found, new_ids)
        if f.parts_of is not None and f.parts_of in local_to_db
    ]
    if links:
        conn.execute(_LINK_PARTS, links)
    return new_ids


def _insert_rows(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """The ids of the inserted rows, in order.

    SQLite cannot say which RETURNING row belongs to which parameter set, so SQLAlchemy would
    insert one row per statement: instead each row gets the id SQLite itself would pick and all
    go to the driver in one executemany, their values converted by the column types' own bind
    processors, as SQLAlchemy would. Callers have written already, so the transaction holds the
    write lock and the largest id cannot change; a single figure (a person adding one, possibly
    as the first write) keeps the plain INSERT ... RETURNING."""
    if conn.dialect.name != "sqlite" or len(rows) == 1:
        return [row[0] for row in conn.execute(_INSERT_RETURNING_IDS, rows)]
    first = (conn.scalar(_LAST_ID) or 0) + 1
    new_ids = list(range(first, first + len(rows)))
    for values, new_id in zip(rows, new_ids):
        values["id"] = new_id
    plan = _sqlite_plan(conn.dialect, tuple(rows[0]))
    parameters = []
    for values in rows:
        row = list(plan.in_order({**plan.defaults, **values}))
        for position, process in plan.processors:
            row[position] = process(row[position])
        parameters.append(tuple(row))
    conn.exec_driver_sql(plan.sql, parameters)
    return new_ids


@dataclass(frozen=True, slots=True)
class _InsertPlan:
    """A figures INSERT compiled once for one dialect and one set of columns."""

    sql: str
    in_order: Callable[[dict[str, Any]], tuple]  # the parameters in the statement's order
    processors: list[tuple[int, Callable]]  # (position, the column type's bind processor)
    defaults: dict[str, Any]  # constant defaults of the columns the rows leave out


def _sqlite_plan(dialect: Dialect, keys: tuple[str, ...]) -> _InsertPlan:
    cache_key = (dialect.name, dialect.paramstyle, keys)
    if cache_key not in _SQLITE_PLANS:
        compiled = insert(figures).compile(dialect=dialect, column_keys=list(keys))
        names = list(compiled.positiontup)
        defaults = {}
        for name in names:
            default = figures.c[name].default
            if name in keys:
                continue
            if default is None or not default.is_scalar:
                raise ValueError(f"figures.{name} needs a value: its default is not a constant")
            defaults[name] = default.arg
        processors = [
            (position, process)
            for position, name in enumerate(names)
            if (process := figures.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        _SQLITE_PLANS[cache_key] = _InsertPlan(str(compiled), itemgetter(*names), processors,
                                               defaults)
    return _SQLITE_PLANS[cache_key]


def row_to_figure(row) -> Figure:
    values = {name: row[name] for name in _FIELDS}
    return Figure(
        qualifier=Qualifier(row["qualifier"]),
        measure=Measure(row["measure"]),
        who=Who(row["who"]),
        status=ReviewStatus(row["status"]),
        parts_of=row["parts_of"],
        id=row["id"],
        document_id=row["document_id"],
        **values,
    )


class FigureStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def for_document(self, document_id: int) -> list[Figure]:
        query = select(figures).where(figures.c.document_id == document_id).order_by(figures.c.start)
        with self._engine.connect() as conn:
            return [row_to_figure(row) for row in conn.execute(query).mappings()]
