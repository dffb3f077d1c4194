"""Writing and reading extracted figures; the review queries of later issues grow here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Engine, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from app.domain import Figure, Measure, Qualifier, ReviewStatus, Who
from app.store.schema import figures

_FIELDS = (
    "value", "low", "high", "side", "claimant", "hedged", "disputed_by", "place", "lat", "lon",
    "country", "as_of", "since", "sentence", "start", "end", "confidence", "extractor_version",
)


def insert_figures(
    conn: Connection, document_id: int, found: Sequence[Figure], origin: str = "extractor"
) -> list[int]:
    """Insert one article's figures in one statement, then map their local ids (and parts_of
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
    statement = insert(figures).returning(figures.c.id, sort_by_parameter_order=True)
    new_ids = [row[0] for row in conn.execute(statement, rows)]
    local_to_db = {f.id: new_id for f, new_id in zip(found, new_ids) if f.id is not None}
    links = [
        {"figure_id": new_id, "parent": local_to_db[f.parts_of]}
        for f, new_id in zip(found, new_ids)
        if f.parts_of is not None and f.parts_of in local_to_db
    ]
    if links:
        conn.execute(
            update(figures).where(figures.c.id == bindparam("figure_id"))
            .values(parts_of=bindparam("parent")),
            links,
        )
    return new_ids


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
