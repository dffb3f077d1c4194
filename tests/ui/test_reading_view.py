"""The reading view's rendering: headline, byline, paragraphs, removed text on request."""

from __future__ import annotations

import datetime as dt

from app.domain import Document, RemovedSpan
from app.ui.reading_view import ReadingView, byline, render_document_html


def _document(**overrides) -> Document:
    values = dict(
        id=1,
        title="Dam burst floods three villages",
        text=(
            "Dam burst floods three villages\n\nAt least 14 people were killed.\n\n"
            "More rain is due."
        ),
        content_hash="x",
        imported_at=dt.datetime(2024, 5, 1),
        publisher="Northline Press",
        published=dt.date(2024, 4, 28),
        removed=[RemovedSpan("Sign up for our newsletter", "blurb", 66)],
    )
    values.update(overrides)
    return Document(**values)


def test_headline_is_not_repeated_as_the_first_paragraph():
    html = render_document_html(_document())
    assert html.count("Dam burst floods three villages") == 1
    assert "<p>At least 14 people were killed.</p>" in html


def test_byline_names_publisher_and_weekday_date():
    assert byline(_document()) == "Northline Press · Sunday, 28 April 2024"
    inferred = byline(_document(published_inferred=True))
    assert inferred.endswith("<i>(date inferred)</i>")


def test_removed_text_appears_only_when_asked_with_its_reason():
    assert "newsletter" not in render_document_html(_document())
    html = render_document_html(_document(), show_removed=True)
    assert 'class="removed"' in html and "newsletter / donation blurb" in html
    assert html.index("14 people") < html.index("Sign up") < html.index("More rain")


def test_markup_in_articles_is_shown_as_text():
    html = render_document_html(_document(text="<script>alert(1)</script> & more"))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_long_lines_keep_a_readable_measure(qtbot):
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(1600, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_document(_document())
    assert view.document().rootFrame().frameFormat().leftMargin() > 300
    view.resize(500, 800)
    qtbot.waitUntil(lambda: view.document().rootFrame().frameFormat().leftMargin() < 60)
