import datetime as dt

from app.domain import ParsedArticle, RemovedSpan


def _add(project, title, publisher=None, published=None, text=None, digest=None):
    text = text or f"Report: {title}."
    article = ParsedArticle(
        path=f"{title}.txt", title=title, text=text, original=text.encode(),
        publisher=publisher, published=published,
        removed=[RemovedSpan("Advertisement", "junk", 0)],
    )
    return project.documents.add(article, digest or title)


def test_same_content_hash_is_stored_once(project_factory):
    project = project_factory()
    assert _add(project, "Flood toll rises", digest="same") is not None
    assert _add(project, "Flood toll rises again", digest="same") is None
    assert project.documents.count() == 1


def test_library_sorts_by_date_with_undated_last(project_factory):
    project = project_factory()
    _add(project, "B", published=dt.date(2022, 3, 2))
    _add(project, "A", published=dt.date(2022, 3, 9))
    _add(project, "C")
    assert [r.title for r in project.documents.list(order_by="published")] == ["B", "A", "C"]
    assert [r.title for r in project.documents.list(order_by="published", descending=True)] == [
        "A", "B", "C"
    ]


def test_library_filter_matches_title_or_publisher_case_insensitively(project_factory):
    project = project_factory()
    _add(project, "Shelling in Kharkiv", publisher="Meridian Wire")
    _add(project, "Quake toll passes 20,000", publisher="Northline Press")
    _add(project, "100% literal_percent", publisher="x")
    assert [r.title for r in project.documents.list(search="kharkiv")] == ["Shelling in Kharkiv"]
    assert [r.title for r in project.documents.list(search="northline")] == [
        "Quake toll passes 20,000"
    ]
    assert [r.title for r in project.documents.list(search="%")] == ["100% literal_percent"]


def test_full_text_search_finds_words_in_article_bodies(project_factory):
    project = project_factory()
    _add(project, "One", text="Rescuers pulled survivors from the rubble in Antakya.")
    _add(project, "Two", text="Shelling hit a maternity hospital in Mariupol.")
    hits = project.documents.search_text("antakya rubble")
    assert [h.title for h in hits] == ["One"]
    assert "[Antakya]" in hits[0].snippet
    assert project.documents.search_text('"unbalanced quote') == []
    assert [h.title for h in project.documents.search_text("mariu")] == ["Two"]


def test_removed_text_round_trips(project_factory):
    project = project_factory()
    doc_id = _add(project, "One")
    assert project.documents.get(doc_id).removed == [RemovedSpan("Advertisement", "junk", 0)]
