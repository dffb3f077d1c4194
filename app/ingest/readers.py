"""Reading a file into articles, chosen by its extension."""

from __future__ import annotations

import os

from app.domain import ParsedArticle
from app.ingest.errors import IngestError, display_name
from app.ingest.feeds import read_feed_bytes
from app.ingest.fileio import extension_of, read_bytes_limited
from app.ingest.formats import (
    FEED_EXTENSIONS,
    HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    MAX_FEED_BYTES,
    MAX_HTML_BYTES,
    MAX_PDF_BYTES,
    MAX_TEXT_BYTES,
    PDF_EXTENSIONS,
    TEXT_EXTENSIONS,
    describe_supported,
)
from app.ingest.html_reader import read_html
from app.ingest.pdf_reader import read_pdf
from app.ingest.text_reader import read_markdown, read_text


def read_article(path: str | os.PathLike[str]) -> ParsedArticle:
    """Read one article file (.txt, .md, .markdown, .html, .htm, .pdf); raises IngestError."""
    try:
        return _read_one(path)
    except IngestError as exc:
        exc.path = exc.path or str(path)
        raise


def _read_one(path: str | os.PathLike[str]) -> ParsedArticle:
    extension = extension_of(path)
    if extension in TEXT_EXTENSIONS:
        return read_text(path, read_bytes_limited(path, MAX_TEXT_BYTES, "a text article"))
    if extension in MARKDOWN_EXTENSIONS:
        return read_markdown(path, read_bytes_limited(path, MAX_TEXT_BYTES, "a Markdown article"))
    if extension in HTML_EXTENSIONS:
        return read_html(path, read_bytes_limited(path, MAX_HTML_BYTES, "a web page"))
    if extension in PDF_EXTENSIONS:
        return read_pdf(path, read_bytes_limited(path, MAX_PDF_BYTES, "a PDF"))
    if extension in FEED_EXTENSIONS:
        raise IngestError(
            f"{display_name(path)} is a news feed that can hold many articles; "
            "import it with read_articles.",
            path,
        )
    raise IngestError(
        f"{display_name(path)} is not a supported file type (supported: {describe_supported()}).",
        path,
    )


def read_feed(path: str | os.PathLike[str]) -> list[ParsedArticle]:
    """One article per entry of an RSS or Atom file, read offline."""
    try:
        return read_feed_bytes(path, read_bytes_limited(path, MAX_FEED_BYTES, "a news feed"))
    except IngestError as exc:
        exc.path = exc.path or str(path)
        raise


def read_articles(path: str | os.PathLike[str]) -> list[ParsedArticle]:
    """What the importer calls: a feed gives its entries, any other file a single article."""
    if extension_of(path) in FEED_EXTENSIONS:
        return read_feed(path)
    return [read_article(path)]
