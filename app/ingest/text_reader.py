"""Plain-text and Markdown articles."""

from __future__ import annotations

import os

from app.domain import ParsedArticle
from app.ingest.article import build_article
from app.ingest.decoding import decode_text
from app.ingest.errors import display_name
from app.ingest.html_meta import primary_language
from app.ingest.markdown_text import markdown_to_text
from app.ingest.textmeta import parse_iso_or_text_date


def read_text(path: str | os.PathLike[str], data: bytes) -> ParsedArticle:
    decoded = decode_text(data, display_name(path))
    return text_article(path, decoded.text, data, decoded.warnings)


def text_article(
    path: str | os.PathLike[str], text: str, original: bytes, warnings: list[str]
) -> ParsedArticle:
    """An article from already-decoded plain text (also used for mislabelled web pages)."""
    return build_article(path, text, original, warnings=warnings)


def read_markdown(path: str | os.PathLike[str], data: bytes) -> ParsedArticle:
    decoded = decode_text(data, display_name(path))
    markdown = markdown_to_text(decoded.text)
    front = markdown.front_matter
    return build_article(
        path,
        markdown.text,
        data,
        title=front.get("title"),
        publisher=front.get("publisher"),
        url=front.get("url"),
        published=parse_iso_or_text_date(front.get("date")),
        language=primary_language(front.get("language")),
        warnings=decoded.warnings,
    )
