"""Saved web pages: a cheap pre-pass, trafilatura for the main text, page metadata as fallback."""

from __future__ import annotations

import os
import re
from urllib.parse import urlparse

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from app.domain import ParsedArticle
from app.ingest.article import build_article
from app.ingest.decoding import decode_text
from app.ingest.errors import IngestError, display_name, format_size
from app.ingest.formats import MAX_HTML_MARKUP_CHARS
from app.ingest.html_meta import PageMeta, page_metadata, primary_language
from app.ingest.html_prepass import declared_charset, looks_like_markup, strip_heavy_markup
from app.ingest.html_text import TRAFILATURA_TAGS, element_text
from app.ingest.text_reader import text_article
from app.ingest.textmeta import parse_iso_or_text_date

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(path: str | os.PathLike[str], data: bytes) -> ParsedArticle:
    name = display_name(path)
    decoded = decode_text(data, name, declared=declared_charset(data))
    if not looks_like_markup(decoded.text):
        warnings = [*decoded.warnings, "the file has no HTML markup, so it was read as plain text"]
        return text_article(path, decoded.text, data, warnings)
    markup = strip_heavy_markup(decoded.text)
    decoded.text = ""  # the markup copy is all we need from here on
    if len(markup) > MAX_HTML_MARKUP_CHARS:
        raise IngestError(
            f"{name} is too large to import: after removing scripts, styles and images it still "
            f"holds {format_size(len(markup))} of markup, and the limit is "
            f"{format_size(MAX_HTML_MARKUP_CHARS)}.",
            path,
        )
    tree = _parse(markup, name, path)
    page = page_metadata(tree)
    key_points = _key_points(tree)
    fact_box = _fact_box(tree)
    masthead = _masthead(tree)
    _plain_lists_as_paragraphs(tree)
    _keep_entry_times(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=True,  # keeps photo captions; repeated ones are removed as duplicates
        date_extraction_params=_DATE_PARAMS,
    )
    body = ""
    if extracted is not None and extracted.body is not None:
        body = element_text(extracted.body, TRAFILATURA_TAGS)
    if not body.strip():
        body = _fallback_text(markup, name, path)
    else:
        body = _headed(body, page.standfirst, _title(page, extracted), key_points, masthead, fact_box)
    del markup, tree
    language = primary_language(page.language) or primary_language(
        getattr(extracted, "language", None)
    )
    languages = ["en"] if language in (None, "en") else ["en", language]
    published = parse_iso_or_text_date(page.published, languages) or parse_iso_or_text_date(
        getattr(extracted, "date", None)
    )
    sitename = getattr(extracted, "sitename", None)
    article = build_article(
        path,
        body,
        data,
        title=_title(page, extracted),
        publisher=page.publisher or (sitename if sitename and not _is_hostname(sitename) else None),
        url=page.url or getattr(extracted, "url", None),
        published=published,
        language=language,
        warnings=decoded.warnings,
        body_starts_with_title=False,
    )
    if article.publisher is None and sitename:
        article.publisher = sitename  # a bare host name is better than nothing
    return article


# The heading of a fact box beside or under a story: "The attack in figures", "By the numbers"
_FACT_BOX = re.compile(r"\s*(?:(?:the\s+)?(?:[\w'’-]+\s+){0,4}in\s+(?:figures|numbers)|by\s+the\s+numbers|"
                       r"facts\s+and\s+figures|fact\s*box|fact\s*file)\s*:?\s*", re.IGNORECASE)
_FURNITURE = frozenset(("aside", "nav", "footer", "header"))


def _fact_box(tree: etree._Element) -> str | None:
    """The first fact box that stands after the story's text (a list without links under a heading
    such as "The attack in figures"), its heading and items a paragraph each: trafilatura leaves it
    out with the page's other boxes, though it gives the story's figures with their sources. A box
    in an <aside> is furniture, like the related links beside it."""
    for heading in tree.iter("h2", "h3", "h4"):
        if not _FACT_BOX.fullmatch(heading.text_content() or ""):
            continue
        box = heading.getparent()
        if box is None or box.tag in _FURNITURE or any(a.tag in _FURNITURE for a in box.iterancestors()):
            return None
        items = [" ".join(li.text_content().split()) for li in box.iter("li")]
        if not items or box.find(".//a") is not None or len(items) > 12:
            return None
        if not _below_story(tree, heading):
            return None  # a box above or inside the story: trafilatura reads it, or it is a summary
        return "\n\n".join([" ".join(heading.text_content().split()), *items])
    return None


# The heading of a summary box a live or explainer page puts under its headline
_KEY_POINTS = re.compile(r"\s*(?:key\s+(?:points|facts|figures)|what\s+we\s+know(?:\s+so\s+far)?|highlights|"
                         r"at\s+a\s+glance)\s*:?\s*", re.IGNORECASE)


def _key_points(tree: etree._Element) -> tuple[str, bool] | None:
    """The first "Key points" box's heading and items, a paragraph each, when it holds a list without
    links (trafilatura leaves such a box out when it stands outside the block it takes for the article),
    and whether it stands above the story."""
    for heading in tree.iter("h2", "h3", "h4"):
        if not _KEY_POINTS.fullmatch(heading.text_content() or ""):
            continue
        box = heading.getparent()
        items = [" ".join(li.text_content().split()) for li in box.iter("li")] if box is not None else []
        if not items or box.find(".//a") is not None or len(items) > 12:
            return None
        return "\n\n".join([" ".join(heading.text_content().split()), *items]), _above_story(tree, heading)
    return None


def _story_paragraph(node: etree._Element) -> bool:
    return node.tag == "p" and len(node.text_content()) > 80


def _above_story(tree: etree._Element, element: etree._Element) -> bool:
    """Whether `element` comes before the story's first paragraph of some length, in the page's order."""
    for node in tree.iter():
        if node is element:
            return True
        if _story_paragraph(node):
            return False
    return False


def _below_story(tree: etree._Element, element: etree._Element) -> bool:
    """Whether `element` comes after the story's last paragraph of some length, in the page's order."""
    story_before = seen = False
    for node in tree.iter():
        if node is element:
            seen = True
        elif _story_paragraph(node):
            if seen:
                return False
            story_before = True
    return seen and story_before


# "United Nations Office for … (OCHA) | Issued: 4 February": a document's issuer under its headline
_MASTHEAD = re.compile(r"[A-Z][^|\n]{2,120}\([A-Z][A-Za-z]{1,8}\)\s*\|\s*(?:Issued|Published|Released|Date)\b[^\n]{0,60}")


def _masthead(tree: etree._Element) -> str | None:
    """The line right under the headline that names the body issuing the document, with its acronym;
    trafilatura leaves it out as page furniture, though it says whose figures the document gives."""
    for heading in tree.iter("h1"):
        sibling = heading.getnext()
        for _ in range(2):
            if sibling is None:
                return None
            line = " ".join(sibling.text_content().split())
            if _MASTHEAD.fullmatch(line):
                return line
            sibling = sibling.getnext()
        return None
    return None


def _plain_lists_as_paragraphs(tree: etree._Element) -> None:
    """A list without links ("What we know so far", an entry's key points) is text the reader sees;
    trafilatura drops many such lists, so their items become paragraphs (links mark navigation)."""
    for listing in tree.iter("ul", "ol"):
        if listing.find(".//a") is not None:
            continue
        items = [item for item in listing if item.tag == "li"]
        if items and len(items) == len(listing):
            for item in items:
                item.tag = "p"
            listing.tag = "div"


# "17:10", "9.47am", "16:05 GMT": a live entry's time stamp, standing alone in a <time> element
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*", re.IGNORECASE)


def _keep_entry_times(tree: etree._Element) -> None:
    """A live page's entries start with their time in a <time> element, which trafilatura drops with
    the bylines' dates; a bare clock time is part of what the reader sees, so it becomes plain text."""
    for stamp in tree.iter("time"):
        if _CLOCK.fullmatch(stamp.text_content() or ""):
            stamp.tag = "span"


def _parse(markup: str, name: str, path: str | os.PathLike[str]) -> etree._Element:
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        raise IngestError(f"{name} has no readable article text.", path) from None


def _fallback_text(markup: str, name: str, path: str | os.PathLike[str]) -> str:
    """When trafilatura finds no article (tiny or unusual pages), read the page's main block."""
    tree = _parse(markup, name, path)
    for xpath in ("//article", "//main", "//body"):
        found = tree.xpath(xpath)
        if found:
            text = element_text(found[0])
            if text.strip():
                return text
    return ""


def _headed(body: str, standfirst: str | None, title: str | None, boxed: tuple[str, bool] | None = None,
            masthead: str | None = None, fact_box: str | None = None) -> str:
    """The body as a reader sees the page: headline, the summary under it, then the text. Where
    trafilatura left the headline out it is put back, so a page reads like a text file (the lead
    after the headline) and headline figures count; the standfirst ("Rights monitors say the toll
    has passed 90"), which it always leaves out, follows it unless the body already says it."""
    key_points, above = boxed or (None, False)
    first, sep, rest = body.partition("\n")
    has_title = bool(title) and bool(sep) and _same_headline(first, title)
    head, text = (first, rest.lstrip("\n")) if has_title else (title, body)
    if key_points and key_points.split("\n\n")[1][:60] not in body:  # a "Key points" box left out, as it stood
        text = f"{key_points}\n\n{text}"
    elif key_points and above and (at := text.find(items := key_points.split("\n\n", 1)[1])) > 0:
        # read without its heading, below a live feed's first entry: the box as it stood, under the headline
        heading = text.rfind(key_points.split("\n\n", 1)[0] + "\n\n", 0, at)
        start = heading if heading >= 0 and not text[heading:at].strip("\n").count("\n") else at
        text = f"{key_points}\n\n{text[:start].rstrip()}\n\n{text[at + len(items):].lstrip()}".rstrip()
    if fact_box and fact_box.split("\n\n")[1][:60] not in body:  # a fact box after the story, where it stood
        text = f"{text}\n\n{fact_box}"
    if standfirst and " ".join(standfirst.split()[:8]) not in " ".join(body.split()):
        text = f"{standfirst}\n\n{text}"
    if masthead and masthead not in body:  # the issuer's line, where it stood: under the headline
        text = f"{masthead}\n\n{text}"
    return f"{head}\n\n{text}" if head else text


def _same_headline(line: str, title: str) -> bool:
    """The page's <h1> and its og:title often differ in their tails ("…; Moscow calls images
    staged"): the same headline when one opens with the other's first six words."""
    a, b = line.split()[:6], title.split()[:6]
    return bool(a) and a == b


def _title(page: PageMeta, extracted: object) -> str | None:
    title = getattr(extracted, "title", None) or page.title
    return " ".join(title.split()) if title else None


def _is_hostname(value: str) -> bool:
    return " " not in value and "." in value and bool(urlparse("//" + value).hostname)
