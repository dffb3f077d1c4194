"""Writing and reading extracted figures; the review queries of later issues grow here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Engine, insert, select, update
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
    """Insert one article's figures, mapping their local ids (and parts_of links) to database ids."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    local_to_db: dict[int, int] = {}
    new_ids: list[int] = []
    for figure in found:
        values = {name: getattr(figure, name) for name in _FIELDS}
        values.update(
            document_id=document_id,
            qualifier=str(figure.qualifier),
            measure=str(figure.measure),
            who=str(figure.who),
            status=str(figure.status),
            parts_of=local_to_db.get(figure.parts_of) if figure.parts_of is not None else None,
            created_at=now,
            updated_at=now,
            origin=origin,
        )
        new_id = conn.execute(insert(figures).values(**values)).inserted_primary_key[0]
        if figure.id is not None:
            local_to_db[figure.id] = new_id
        new_ids.append(new_id)
    for figure, new_id in zip(found, new_ids):
        parent = figure.parts_of
        if parent is not None and parent in local_to_db:
            conn.execute(
                update(figures).where(figures.c.id == new_id).values(parts_of=local_to_db[parent])
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
