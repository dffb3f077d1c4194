"""The last step every reader shares: clean the body, fill gaps in metadata, build the article."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from app.domain import ParsedArticle
from app.ingest.cleaning import clean_text
from app.ingest.errors import IngestError, display_name
from app.ingest.language import guess_language
from app.ingest.textmeta import text_metadata


def build_article(
    path: str | os.PathLike[str],
    body: str,
    original: bytes,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    warnings: Iterable[str] = (),
    body_starts_with_title: bool = True,
) -> ParsedArticle:
    """Clean `body` and complete the metadata from its headline and dateline where missing."""
    name = display_name(path)
    cleaned, removed = clean_text(body)
    if not cleaned:
        if body.strip():
            raise IngestError(f"{name} has no article text left once page junk is removed.", path)
        raise IngestError(f"{name} has no readable article text.", path)
    language = language or guess_language(cleaned)
    warnings = list(warnings)
    if not title and not body_starts_with_title:
        warnings.append("no title found; the opening words of the text are used instead")
    if not title or published is None or publisher is None:
        scanned = cleaned if body_starts_with_title else "\n" + cleaned
        meta = text_metadata(scanned, language)
        title = title or meta.title
        published = published if published is not None else meta.published
        publisher = publisher or meta.publisher
    return ParsedArticle(
        path=str(path),
        title=title or Path(path).stem,
        text=cleaned,
        original=original,
        publisher=publisher,
        url=url,
        published=published,
        language=language,
        removed=removed,
        warnings=warnings,
    )
