"""RSS and Atom files: one article per entry, read offline with feedparser."""

from __future__ import annotations

import datetime as dt
import io
import os
import time

import feedparser

from app.domain import ParsedArticle
from app.ingest.article import build_article
from app.ingest.errors import IngestError, display_name
from app.ingest.html_meta import primary_language
from app.ingest.html_text import fragment_text
from app.ingest.sniffing import describe_binary_format


def read_feed_bytes(path: str | os.PathLike[str], data: bytes) -> list[ParsedArticle]:
    """Every entry with text becomes an article; entries without any text are left out."""
    name = display_name(path)
    if not data.strip():
        raise IngestError(f"{name} is empty.", path)
    kind = describe_binary_format(data)
    if kind is not None:
        raise IngestError(f"{name} is not a news feed: it looks like {kind}.", path)
    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser must never fetch anything
    if not parsed.get("version") and not parsed.entries:
        raise IngestError(f"{name} is not an RSS or Atom feed.", path)
    feed = parsed.get("feed", {})
    publisher = _clean(feed.get("title"))
    language = primary_language(feed.get("language"))
    articles: list[ParsedArticle] = []
    for entry in parsed.entries:
        html = _entry_html(entry)
        body = fragment_text(html) if _is_html(entry, html) else html
        if not body.strip():
            continue
        try:
            article = build_article(
                path,
                body,
                html.encode("utf-8"),
                title=_clean(entry.get("title")),
                publisher=_clean((entry.get("source") or {}).get("title")) or publisher,
                url=entry.get("link") or None,
                published=_entry_date(entry),
                language=primary_language(entry.get("language")) or language,
                body_starts_with_title=False,
            )
        except IngestError:
            continue  # an entry that is nothing but junk
        articles.append(article)
    if not articles:
        raise IngestError(f"{name} has no entries with article text.", path)
    return articles


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    values = [item.get("value", "") for item in contents if item.get("value", "").strip()]
    if values:
        return max(values, key=len)
    return entry.get("summary", "") or entry.get("description", "") or ""


def _is_html(entry: feedparser.FeedParserDict, value: str) -> bool:
    contents = entry.get("content") or []
    kinds = [item.get("type", "") for item in contents] or [
        (entry.get("summary_detail") or {}).get("type", "")
    ]
    return any("html" in kind for kind in kinds) or "<" in value


def _entry_date(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "created_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if isinstance(stamp, time.struct_time):
            try:
                return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError:
                continue
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
