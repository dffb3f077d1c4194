"""Figures as reconciliation sees them: a read-only SQL query over the store, rejected left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.domain import ProgressToken, Qualifier, ReviewStatus
from app.store.figure_query import FigureFilter, filter_clause
from app.store.schema import documents, figures

REVIEWED = frozenset({str(ReviewStatus.CONFIRMED), str(ReviewStatus.EDITED)})
LOWER_BOUNDS = frozenset({str(Qualifier.AT_LEAST), str(Qualifier.MORE_THAN)})
UPPER_BOUNDS = frozenset({str(Qualifier.AT_MOST), str(Qualifier.LESS_THAN)})
POINTS = frozenset({str(Qualifier.EXACT), str(Qualifier.APPROXIMATELY)})

_COLUMNS = (
    figures.c.id, figures.c.value, figures.c.low, figures.c.high, figures.c.qualifier,
    figures.c.measure, figures.c.who, figures.c.side, figures.c.claimant, figures.c.hedged,
    figures.c.disputed_by, figures.c.place, figures.c.country, figures.c.lat, figures.c.lon,
    figures.c.as_of, figures.c.since, figures.c.status, figures.c.parts_of,
    figures.c.document_id, figures.c.sentence, documents.c.published, documents.c.title,
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One non-rejected figure; `date` is its as-of date, else its article's publication date."""

    id: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    measure: str
    who: str
    side: str | None
    claimant: str | None
    hedged: bool
    disputed_by: str | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    as_of: dt.date | None
    since: dt.date | None
    status: str
    parts_of: int | None
    document_id: int
    sentence: str
    published: dt.date | None
    article: str

    @property
    def date(self) -> dt.date | None:
        return self.as_of or self.published

    @property
    def reviewed(self) -> bool:
        return self.status in REVIEWED

    @property
    def firm(self) -> bool:
        """Neither hedged ("reportedly", "may have") nor denied by another party."""
        return not self.hedged and not self.disputed_by

    @property
    def claimant_key(self) -> str:
        return " ".join((self.claimant or "").casefold().split()) or "(unattributed)"

    def lower(self) -> float | None:
        """What the claim says the quantity is at least; upper bounds say nothing about that."""
        if self.qualifier in UPPER_BOUNDS:
            return None
        return self.low if self.low is not None else self.value

    def upper(self) -> float | None:
        """What the claim says the quantity is at most; floors and vague words say nothing."""
        if self.qualifier in LOWER_BOUNDS or self.qualifier == str(Qualifier.VAGUE):
            return None
        return self.high if self.high is not None else self.value

    def point(self) -> float | None:
        """The single number the claim stands for: its value, else a range's midpoint."""
        if self.value is not None:
            return self.value
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    def interval(self) -> tuple[float, float] | None:
        """The values the claim allows, for comparing claims; None when it gives no number."""
        lo, hi = self.lower(), self.upper()
        if lo is None and hi is None:
            return None
        if self.qualifier == str(Qualifier.VAGUE):
            return (lo, float("inf")) if lo is not None else None
        return (lo if lo is not None else 0.0, hi if hi is not None else float("inf"))


def claims_query(spec: FigureFilter, dialect: str):
    """Non-rejected figures matching the table's filter, joined to their article."""
    query = (
        select(*_COLUMNS)
        .join(documents, documents.c.id == figures.c.document_id)
        .where(figures.c.status != str(ReviewStatus.REJECTED))
        .order_by(figures.c.id)
    )
    where = filter_clause(spec, dialect)
    return query if where is None else query.where(where)


def iter_claims(
    engine: Engine, spec: FigureFilter = FigureFilter(), token: ProgressToken | None = None,
    chunk: int = 20_000,
) -> Iterator[Claim]:
    """Stream claims in id order, checking for cancellation between chunks."""
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(
            claims_query(spec, engine.dialect.name)
        )
        for partition in result.partitions(chunk):
            if token is not None:
                token.check()
            for row in partition:
                yield Claim(*row)


def load_claims(
    engine: Engine, spec: FigureFilter = FigureFilter(), token: ProgressToken | None = None
) -> list[Claim]:
    return list(iter_claims(engine, spec, token))
