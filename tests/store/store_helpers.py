"""Small builders shared by the store tests: articles with figures, and whole-table dumps."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.domain import Figure, Measure, ParsedArticle, Qualifier, Who
from app.store.schema import documents, figure_history, figures


def article(title="Kharkiv shelling", text=None, published=None):
    text = text or f"Report on {title}. " + "x" * 300
    return ParsedArticle(path=f"{title}.txt", title=title, text=text, original=text.encode(),
                         publisher="Meridian Wire", published=published)


def figure(value, measure=Measure.KILLED, start=0, claimant=None, place=None, local_id=None,
           parts_of=None, as_of=None):
    return Figure(value, value, value, Qualifier.EXACT, measure, who=Who.CIVILIANS,
                  claimant=claimant, place=place, as_of=as_of, start=start, end=start + 3,
                  id=local_id, parts_of=parts_of, sentence=f"{value} {measure} in {place}")


def seed(project, documents_count=3, figures_per_document=4):
    """Articles with figures (one subset link each); returns the figure ids in id order."""
    for d in range(documents_count):
        found = [figure(10 * (d + 1) + i, start=10 * i, place=("Bucha", "Irpin")[i % 2],
                        claimant="the mayor", local_id=i + 1,
                        parts_of=1 if i == 2 else None, as_of=dt.date(2022, 3, 1 + i))
                 for i in range(figures_per_document)]
        project.documents.add(article(f"Report {d}", published=dt.date(2022, 3, d + 1)),
                              f"hash-{d}", found)
    with project.engine.connect() as conn:
        return list(conn.scalars(select(figures.c.id).order_by(figures.c.id)))


def dump(project) -> dict[str, list[tuple]]:
    """Every row of the copied tables, in id order, for equality checks across backends."""
    out = {}
    with project.engine.connect() as conn:
        for table in (documents, figures, figure_history):
            rows = conn.execute(select(table).order_by(table.c.id)).all()
            out[table.name] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
                               for row in rows]
    return out
