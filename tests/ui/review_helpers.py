"""A small project with known articles and figures at known offsets, for the review tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.domain import Figure, Measure, ParsedArticle, Qualifier, ReviewStatus, Who
from app.store import Project
from app.store.figure_query import FigureQuery, FigureRow
from app.store.schema import figures

DERNA_TITLE = "Flood toll passes 5,300 in Derna"
DERNA_TEXT = (
    "Flood toll passes 5,300 in Derna\n\n"
    "At least 5,300 people were killed in Derna, officials said on Tuesday.\n\n"
    "Another 10,000 people are missing, the Red Crescent said.\n\n"
    "Some 30,000 people were displaced across the region, aid groups said.\n"
)
KHARKIV_TITLE = "Shelling hits Kharkiv"
KHARKIV_TEXT = (
    "Overnight shelling hit the centre of Kharkiv.\n\n"
    "Two civilians were killed and 14 injured in Kharkiv, the governor said.\n"
)


def span(text: str, evidence: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(evidence, at + 1)
    return at, at + len(evidence)


def _figure(text: str, evidence: str, value: float, measure: Measure, who: Who = Who.PEOPLE,
            occurrence: int = 1, **extra) -> Figure:
    start, end = span(text, evidence, occurrence)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return Figure(value, extra.pop("low", value), extra.pop("high", value),
                  extra.pop("qualifier", Qualifier.EXACT), measure, who,
                  sentence=text[line_start:line_end].strip(), start=start, end=end, **extra)


def build_review_project(project: Project) -> Path:
    """Two articles: Derna (headline line repeated in the text, one number not yet a figure)
    and Kharkiv. Figures in table order (article, then offset): 5,300 (headline), at least
    5,300 killed, 10,000 missing — then Two killed (confirmed), 14 injured."""
    derna = ParsedArticle(path="derna.txt", title=DERNA_TITLE, text=DERNA_TEXT, original=b"",
                          publisher="Northline Press", published=dt.date(2023, 9, 12))
    project.documents.add(derna, "derna", [
        _figure(DERNA_TEXT, "5,300", 5300, Measure.KILLED, place="Derna", country="LY"),
        _figure(DERNA_TEXT, "At least 5,300", 5300, Measure.KILLED, high=None,
                qualifier=Qualifier.AT_LEAST, claimant="officials", place="Derna", country="LY",
                as_of=dt.date(2023, 9, 12)),
        _figure(DERNA_TEXT, "10,000", 10000, Measure.MISSING, claimant="the Red Crescent",
                place="Derna", country="LY", as_of=dt.date(2023, 9, 12)),
    ])
    kharkiv = ParsedArticle(path="kharkiv.txt", title=KHARKIV_TITLE, text=KHARKIV_TEXT,
                            original=b"", publisher="Meridian Wire",
                            published=dt.date(2022, 4, 11))
    project.documents.add(kharkiv, "kharkiv", [
        _figure(KHARKIV_TEXT, "Two", 2, Measure.KILLED, Who.CIVILIANS, claimant="the governor",
                place="Kharkiv", status=ReviewStatus.CONFIRMED),
        _figure(KHARKIV_TEXT, "14", 14, Measure.INJURED, Who.CIVILIANS, claimant="the governor",
                place="Kharkiv"),
    ])
    path = project.path
    project.close()
    return path


def figure_ids(project_path: Path) -> list[int]:
    """All figure ids in table order (article, then offset)."""
    project = Project.open(project_path)
    try:
        with project.engine.connect() as conn:
            return list(conn.scalars(
                select(figures.c.id).order_by(figures.c.document_id, figures.c.start)))
    finally:
        project.close()


def stored(window, figure_id: int) -> FigureRow | None:
    """The figure as the database has it now (not the model's cache)."""
    return FigureQuery(window.project.engine).row(figure_id)
