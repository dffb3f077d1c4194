"""Properties of clean_text over arbitrary input: it never crashes and never invents text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import RemovedSpan
from app.ingest import clean_text, content_hash
from app.ingest.cleaning import normalise_text

_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

PAGE_LINES = [
    "Advertisement",
    "Something went wrong. Please try again later.",
    "Sign up for our newsletter…",
    "Support independent journalism — donate today",
    "Read more: Kyiv braces for a new assault",
    "© 2022 Northline Press. All rights reserved.",
    "Dear reader, we need your help.",
    "Please donate today to keep our reporting free.",
    "A man crosses the destroyed bridge between Irpin and Kyiv. Photo: Wire",
    "At least 34 civilians were killed in Kharkiv on Tuesday, officials said.",
    "The regional newsletter said 285 people were wounded.",
    "Terms of use | Privacy policy",
    "Killed | 34 | Kharkiv",
    "* * *",
    "",
    "   ",
]

lines = st.one_of(st.sampled_from(PAGE_LINES), st.text(max_size=80))
articles = st.builds(
    lambda parts, newline: newline.join(parts),
    st.lists(lines, max_size=25),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028"]),
)
any_text = st.one_of(articles, st.text(max_size=400))


def words(text: str) -> Counter[str]:
    prepared = unicodedata.normalize("NFC", _CONTROLS.sub(" ", _INVISIBLE.sub("", text)))
    return Counter(prepared.split())


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_text_never_invents_words(text):
    cleaned, removed = clean_text(text)
    assert isinstance(cleaned, str)
    assert all(isinstance(span, RemovedSpan) for span in removed)
    available = words(text)
    assert not (words(cleaned) - available)
    assert not (words(cleaned) + sum((words(span.text) for span in removed), Counter()) - available)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_removed_spans_sit_at_line_starts_inside_the_cleaned_text(text):
    cleaned, removed = clean_text(text)
    for span in removed:
        assert span.reason in {"duplicate", "junk", "blurb", "boilerplate"}
        assert span.text.strip()
        assert 0 <= span.position <= len(cleaned)
        assert span.position in (0, len(cleaned)) or cleaned[span.position - 1] == "\n"


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_cleaned_text_is_already_normalised(text):
    cleaned, _ = clean_text(text)
    assert normalise_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=12))
def test_content_hash_ignores_line_endings_and_trailing_spaces(parts):
    unix = "\n".join(parts)
    windows = "\r\n".join(part + "  " for part in parts) + "\r\n\r\n"
    assert content_hash(unix) == content_hash(windows)
