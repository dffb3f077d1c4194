"""Article metadata a page states about itself: meta tags, JSON-LD, <title>, <h1>, lang."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "liveblogposting", "report", "webpage", "socialmediaposting", "backgroundnewsarticle",
}
_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
)


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    standfirst: str | None = None  # the summary under the headline ("dek"), outside the body


def page_metadata(tree: etree._Element) -> PageMeta:
    """Collect what the page's head and structured data say, first source winning."""
    tags = _meta_tags(tree)
    article = _json_ld_article(tree)
    meta = PageMeta()
    meta.title = _first(
        tags.get("og:title"), tags.get("twitter:title"), _text(article.get("headline")),
        _first_text(tree, "//h1"), _first_text(tree, "//title"),
    )
    meta.publisher = _first(
        tags.get("og:site_name"), _name_of(article.get("publisher")),
        tags.get("application-name"), tags.get("publisher"),
    )
    meta.url = _first(
        _first_attr(tree, "//link[@rel='canonical']/@href"), tags.get("og:url"),
        _text(article.get("url")), _id_of(article.get("mainEntityOfPage")),
    )
    meta.published = _first(
        *(tags.get(key) for key in _PUBLISHED_KEYS),
        _text(article.get("datePublished")), _text(article.get("dateCreated")),
        _first_attr(tree, "//time[@datetime]/@datetime"),
    )
    meta.language = _first(
        _first_attr(tree, "/html/@lang"), _first_attr(tree, "/html/@xml:lang"),
        tags.get("content-language"), tags.get("og:locale"), _text(article.get("inLanguage")),
    )
    meta.author = _first(
        tags.get("author"), tags.get("article:author"), _name_of(article.get("author"))
    )
    meta.standfirst = _standfirst(tree)
    return meta


# Class names news sites give the summary under a headline: "standfirst", "story__standfirst",
# "article__subhead", "dek", "strapline"; matched as a whole word or after "__", "-" or "_"
_STANDFIRST_CLASS = re.compile(r"(?:^|\s|__|-|_)(?:standfirst|dek|subhead|sub-?headline|strapline|"
                               r"article-?summary|lede)(?:\s|$)", re.IGNORECASE)


def _standfirst(tree: etree._Element) -> str | None:
    """The first element classed as a standfirst with a sentence's worth of text in it."""
    for element in tree.xpath("//body//*[@class]"):
        if element.tag in ("p", "div", "h2", "h3", "span") and \
                _STANDFIRST_CLASS.search(element.get("class", "")):
            text = " ".join(element.text_content().split())
            if 30 <= len(text) <= 600:
                return text
    return None


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = (element.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key and key not in tags:
                tags[key] = content
    return tags


def _json_ld_article(tree: etree._Element) -> dict[str, Any]:
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _json_objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in kinds):
                return item
    return {}


def _json_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_objects(data["@graph"], depth + 1)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _name_of(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _id_of(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)


def _first_text(tree: etree._Element, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def _first_attr(tree: etree._Element, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        if str(value).strip():
            return str(value).strip()
    return None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return " ".join(value.split())
    return None


def primary_language(tag: str | None) -> str | None:
    """"en-GB" or "uk_UA" to "en" / "uk"; None for anything that is not a language tag."""
    if not tag:
        return None
    primary = tag.replace("_", "-").split("-")[0].strip().lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
