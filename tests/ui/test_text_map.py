"""Stored-text offsets land on the same characters in the reading view, whatever the text holds."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import Document, RemovedSpan
from app.ui.reading_view import ReadingView
from app.ui.text_map import paragraph_spans

WORDS = st.sampled_from(
    ["4,300", "killed", "Kyiv", "at least 12", "🙂 30", "naïve", "mañana", "  ", "\t", "7",
     "people", "&", "<b>", "—", "e\u0301", "𝟙𝟚"])
LINES = st.lists(WORDS, min_size=0, max_size=8).map(" ".join)
BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\n  \n", "\n\t\n", "\u2028"])
TEXTS = st.lists(st.tuples(LINES, BREAKS), min_size=1, max_size=6).map(
    lambda parts: "".join(line + brk for line, brk in parts))


def _document(text: str, title: str = "Toll rises", removed=()) -> Document:
    return Document(id=1, title=title, text=text, content_hash="x",
                    imported_at=dt.datetime(2024, 1, 1), removed=list(removed))


@pytest.fixture(scope="module")
def view(qapp):
    reading = ReadingView()
    reading.resize(800, 600)
    yield reading
    reading.deleteLater()


def _shown(view, start: int, end: int) -> str:
    span = view.document_span(start, end)
    assert span is not None
    cursor = view.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_paragraph_spans_match_the_text():
    text = "  Title line \r\n\r\nFirst  para\twith tabs \n\n\x0cSecond\u2028third\n"
    for offset, paragraph in paragraph_spans(text):
        assert text[offset:offset + len(paragraph)] == paragraph
    assert [p for _o, p in paragraph_spans(text)] == [
        line.strip() for line in text.splitlines() if line.strip()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, show_removed=st.booleans(), repeat_title=st.booleans())
def test_every_token_maps_to_itself(view, text, show_removed, repeat_title):
    if repeat_title:
        text = "Toll rises\n" + text
    removed = [RemovedSpan("Sign up for our newsletter", "blurb", len(text) // 2)]
    view.set_show_removed(show_removed)
    view.show_document(_document(text, removed=removed))
    for match in re.finditer(r"\S+", text):
        assert _shown(view, match.start(), match.end()) == match.group()
    for offset, _paragraph in paragraph_spans(text):
        shown = view.text_map.to_document(offset)
        assert view.text_map.to_source(shown) == offset


def test_a_hidden_headline_line_maps_into_the_headline(view):
    text = "Flood toll passes 5,300.\n\nAt least 5,300 died."
    view.show_document(_document(text, title="Flood toll passes 5,300"))
    assert view.toPlainText().count("5,300") == 2
    assert _shown(view, 18, 23) == "5,300"
    assert view.textCursor().document().findBlock(view.document_span(18, 23)[0]).blockNumber() == 0
