"""Figure and article builders shared by the analysis and export tests (fixtures `fig`, `add_article`)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.domain import Figure, Measure, ParsedArticle, Qualifier, ReviewStatus, Who

_BOUNDS = {
    "exact": ("value", "value"), "approximately": ("value", "value"),
    "at_least": ("value", None), "more_than": ("value", None),
    "at_most": (None, "value"), "less_than": (None, "value"),
    "vague": ("value", None), "range": (None, None),
}


def make_figure(value=None, *, qualifier="exact", low=None, high=None, measure="killed",
                who="civilians", side=None, claimant=None, hedged=False, disputed_by=None,
                place=None, country=None, lat=None, lon=None, as_of=None, since=None,
                status="unreviewed", parts_of=None, local_id=None, sentence=None, start=0):
    """A Figure stated the way the extractor states it (bounds filled from the value)."""
    lo_from, hi_from = _BOUNDS[qualifier]
    if low is None and lo_from:
        low = value
    if high is None and hi_from:
        high = value
    if qualifier == "vague":
        value = None
    return Figure(
        value, low, high, Qualifier(qualifier), Measure(measure), who=Who(who), side=side,
        claimant=claimant, hedged=hedged, disputed_by=disputed_by, place=place, country=country,
        lat=lat, lon=lon, as_of=as_of, since=since, status=ReviewStatus(status),
        parts_of=parts_of, id=local_id, start=start, end=start + 5,
        sentence=sentence or f"{claimant or 'Someone'} said {value or low} {who} {measure}.",
    )


@pytest.fixture
def fig():
    return make_figure


@pytest.fixture
def add_article():
    """Store an article with figures; returns the database ids of its figures in order."""
    counter = itertools.count(1)

    def add(project, figures, *, title=None, published=dt.date(2024, 3, 14),
            publisher="Example News", url=None):
        n = next(counter)
        title = title or f"Article {n}"
        for i, figure in enumerate(figures):
            figure.start, figure.end = i * 10, i * 10 + 5
        article = ParsedArticle(path=f"a{n}.txt", title=title, text=f"text {n} " * 20,
                                original=b"", publisher=publisher, url=url, published=published)
        doc_id = project.documents.add(article, f"hash-{n}-{title}", list(figures))
        return [f.id for f in project.figures.for_document(doc_id)]

    return add
