"""What every export shares: the figure rows with provenance, the status policy, formula-injection
escaping, and writing to a temporary file renamed into place only when the export completes.

Exports sit beside app.analysis in the layer contract and may not import it, so reconciled
estimates and place look-ups are passed in (see `EstimateLike`, `Locate`) by the caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select

from app.domain import ProgressToken, ReviewStatus
from app.store.figure_query import FigureFilter, filter_clause
from app.store.schema import documents, figures

FIGURE_HEADERS = (
    "id", "value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "hedged",
    "disputed_by", "place", "country", "lat", "lon", "as_of", "since", "status", "confidence",
    "article", "publisher", "published", "url", "sentence", "parts_of", "document_id",
)
_SOURCE_COLUMNS = {
    "article": documents.c.title, "publisher": documents.c.publisher,
    "published": documents.c.published, "url": documents.c.url,
}
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 5_000


class StatusPolicy(StrEnum):
    """Which review states an export includes, on top of the table's own status filter."""

    NOT_REJECTED = "not-rejected"
    REVIEWED = "reviewed"
    ALL = "all"

    def statuses(self) -> tuple[str, ...] | None:
        if self is StatusPolicy.ALL:
            return None
        if self is StatusPolicy.REVIEWED:
            return (str(ReviewStatus.CONFIRMED), str(ReviewStatus.EDITED))
        return tuple(str(s) for s in ReviewStatus if s is not ReviewStatus.REJECTED)


class EstimateLike(Protocol):
    """A reconciled estimate, as app.analysis.estimates.Estimate provides it."""

    key: Any  # measure, who, side, level, place_id
    location: Any  # name, country, admin1, lat, lon
    date: dt.date | None
    low: float | None
    best: float | None
    high: float | None
    basis: str
    rule: str
    claimants: tuple[str, ...]
    since: dt.date | None
    low_ids: tuple[int, ...]
    best_ids: tuple[int, ...]
    high_ids: tuple[int, ...]
    figure_ids: tuple[int, ...]


# (place, country, lat, lon) -> an object with `level`, `admin1`, `country` (a Location).
Locate = Callable[[str | None, str | None, float | None, float | None], Any]


def escape_formula(text: str) -> str:
    """Defuse text a spreadsheet would run as a formula: prefix it with a single quote."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _engine(project):
    return getattr(project, "engine", project)


def status_and_filter(spec: FigureFilter, status: StatusPolicy, dialect: str) -> list:
    clauses = []
    allowed = StatusPolicy(status).statuses()
    if allowed is not None:
        clauses.append(figures.c.status.in_(allowed))
    extra = filter_clause(spec, dialect)
    if extra is not None:
        clauses.append(extra)
    return clauses


def count_figures(project, spec: FigureFilter, status: StatusPolicy) -> int:
    engine = _engine(project)
    query = select(func.count()).select_from(figures).where(
        *status_and_filter(spec, status, engine.dialect.name))
    with engine.connect() as conn:
        return conn.scalar(query) or 0


def iter_figure_rows(project, spec: FigureFilter = FigureFilter(),
                     status: StatusPolicy = StatusPolicy.NOT_REJECTED,
                     token: ProgressToken | None = None,
                     message: str = "Exporting figures") -> Iterator[tuple]:
    """Figure rows in FIGURE_HEADERS order, in the table's article order, streamed in chunks;
    checks for cancellation and reports progress between chunks."""
    engine = _engine(project)
    total = count_figures(project, spec, status) if token is not None else 0
    columns = [_SOURCE_COLUMNS.get(name, figures.c.get(name)) for name in FIGURE_HEADERS]
    query = (
        select(*columns)
        .join(documents, documents.c.id == figures.c.document_id)
        .where(*status_and_filter(spec, status, engine.dialect.name))
        .order_by(figures.c.document_id, figures.c.start, figures.c.id)
    )
    done = 0
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(query)
        for partition in result.partitions(CHUNK):
            if token is not None:
                token.check()
                token.report(done, total, message)
            yield from (tuple(row) for row in partition)
            done += len(partition)
    if token is not None:
        token.report(done, total, message)
        token.check()


def source_rows(project, spec: FigureFilter = FigureFilter(),
                status: StatusPolicy = StatusPolicy.NOT_REJECTED) -> list[tuple]:
    """The articles behind the exported figures: id, title, publisher, published, url, count."""
    engine = _engine(project)
    query = (
        select(documents.c.id, documents.c.title, documents.c.publisher, documents.c.published,
               documents.c.url, func.count(figures.c.id))
        .join(figures, figures.c.document_id == documents.c.id)
        .where(*status_and_filter(spec, status, engine.dialect.name))
        .group_by(documents.c.id, documents.c.title, documents.c.publisher,
                  documents.c.published, documents.c.url)
        .order_by(documents.c.published, documents.c.id)
    )
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


ESTIMATE_HEADERS = (
    "measure", "who", "side", "level", "place", "place_id", "country", "admin1", "date",
    "low", "best", "high", "basis", "rule", "claimants", "since",
    "best_ids", "low_ids", "high_ids", "figure_ids",
)


def _ids(values: Sequence[int]) -> str:
    return " ".join(str(v) for v in values)


def estimate_row(estimate: EstimateLike) -> tuple:
    """One reconciled estimate in ESTIMATE_HEADERS order (id lists as space-separated text)."""
    key, loc = estimate.key, estimate.location
    return (
        key.measure, key.who, key.side, key.level, loc.name, key.place_id, loc.country,
        loc.admin1, estimate.date, estimate.low, estimate.best, estimate.high, estimate.basis,
        estimate.rule, "; ".join(estimate.claimants), estimate.since,
        _ids(estimate.best_ids), _ids(estimate.low_ids), _ids(estimate.high_ids),
        _ids(estimate.figure_ids),
    )


def plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside `path`; renamed onto it only if the block finishes, removed if it
    raises (Cancelled included), so a cancelled export leaves no half-written file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
