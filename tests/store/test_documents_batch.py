"""Several articles per transaction: whole articles or none, the same rows as one by one."""

from __future__ import annotations

import dataclasses

import pytest

from app.domain import Figure, Measure, ParsedArticle, Qualifier, Who


def _article(number: int) -> tuple[ParsedArticle, str, list[Figure]]:
    text = f"At least {number + 3} people were killed and {number + 5} injured in district {number}."
    article = ParsedArticle(path=f"a{number}.txt", title=f"District {number}", text=text,
                            original=text.encode())
    killed = Figure(value=number + 3, low=None, high=None, qualifier=Qualifier.AT_LEAST, measure=Measure.KILLED,
                    who=Who.PEOPLE, sentence=text, start=9, end=10, id=1)
    part = Figure(value=number + 5, low=None, high=None, qualifier=Qualifier.EXACT, measure=Measure.INJURED,
                  who=Who.PEOPLE, sentence=text, start=30, end=31, id=2, parts_of=1)
    return article, f"hash-{number}", [killed, part]


def _figures(project) -> list[dict]:
    rows = []
    for row in project.documents.list():
        for figure in project.figures.for_document(row.id):
            rows.append(dataclasses.asdict(figure))
    return sorted(rows, key=lambda r: r["id"])


def test_a_batch_stores_the_same_rows_as_adding_one_by_one(project_factory):
    one_by_one, batched = project_factory("one"), project_factory("batched")
    for number in range(4):
        one_by_one.documents.add(*_article(number))
    with batched.documents.batch() as batch:
        ids = [batch.add(*_article(number)) for number in range(4)]
        batch.commit()
    assert ids == [row.id for row in one_by_one.documents.list(order_by="imported_at")]
    assert _figures(batched) == _figures(one_by_one)
    assert any(figure["parts_of"] for figure in _figures(batched))
    assert batched.changes_since(0).document_ids == frozenset(ids)


def test_nothing_is_visible_before_the_commit_and_leaving_without_one_stores_nothing(
    project_factory,
):
    project = project_factory()
    with project.documents.batch() as batch:
        batch.add(*_article(0))
        batch.add(*_article(1))
        assert project.documents.count() == 0  # another connection sees no half batch
    assert project.documents.count() == 0
    assert _figures(project) == []


def test_an_error_rolls_back_only_the_uncommitted_articles(project_factory):
    project = project_factory()
    with pytest.raises(RuntimeError):
        with project.documents.batch() as batch:
            batch.add(*_article(0))
            batch.commit()
            batch.add(*_article(1))
            raise RuntimeError("the writer stopped")
    assert [row.title for row in project.documents.list()] == ["District 0"]
    assert len(_figures(project)) == 2


def test_a_text_seen_earlier_in_the_same_batch_is_a_duplicate(project_factory):
    project = project_factory()
    with project.documents.batch() as batch:
        assert batch.add(*_article(0)) is not None
        assert batch.add(*_article(0)) is None
        batch.commit()
    assert project.documents.count() == 1


def test_batches_start_with_one_article_and_double_up_to_the_limit(project_factory):
    project = project_factory()
    sizes = []
    with project.documents.batch(max_articles=4, max_seconds=60) as batch:
        assert not batch.due()
        for number in range(15):
            batch.add(*_article(number))
            if batch.due():
                sizes.append(batch.pending)
                batch.commit()
                assert not batch.due() and batch.pending == 0
    assert sizes == [1, 2, 4, 4, 4]


def test_figures_stored_in_one_executemany_read_back_as_given(project_factory):
    import datetime as dt

    project = project_factory()
    article, digest, found = _article(7)
    found[0] = dataclasses.replace(
        found[0], hedged=True, as_of=dt.date(2024, 3, 14), since=dt.date(2024, 2, 1), lat=50.0,
        lon=36.23, country="UA", place="Kharkiv", claimant="the governor", confidence=0.75,
        value=3, low=2.5, high=4.0, extractor_version="1.2",
    )
    document_id = project.documents.add(article, digest, found)
    stored = project.figures.for_document(document_id)
    assert [f.id for f in stored] == sorted(f.id for f in stored)
    for given, back in zip(found, stored):
        expected = dataclasses.replace(given, id=back.id, document_id=document_id,
                                       parts_of=back.parts_of)
        assert back == expected
    assert stored[1].parts_of == stored[0].id
