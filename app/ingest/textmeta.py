"""Title, dateline date and publisher from the top of a plain-text article."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

_DATE_SETTINGS = {
    "PARSERS": ["absolute-time"],  # never "yesterday" or "3 days ago"
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
_WORD_MONTH = r"[^\W\d_]{3,12}\.?"
_DATE_PHRASES = (
    # ISO: the date alone, or the date part of a timestamp ("2024-03-14T10:00:00Z"), whose "T"
    # leaves no word boundary; the date as written, never shifted by the time zone offset
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))"),
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_WORD_MONTH},?\s+\d{{4}}\b"),
    re.compile(rf"\b{_WORD_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
)
_SEPARATORS = re.compile(r"\s+[—–|•·]\s+|\s+--?\s+")
_DATELINE_START = re.compile(r"^(by|published|posted|updated|date|dated|first published)\b", re.I)
_SENTENCE_DATE = re.compile(r"\b(on|since|until|from|by|before|after|in)\s+$", re.I)
_BYLINE = re.compile(r"^by\s+(?P<names>.+?)(?:,\s+|\s+for\s+)(?P<publisher>.+)$", re.I)
_PAREN = re.compile(r"\(([^()]{2,60})\)")
_LABELLED_PUBLISHER = re.compile(r"^(source|publisher|published by)\s*:\s*(.{2,80})$", re.I)
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")

MAX_DATELINE_CHARS = 200
DATELINE_SEARCH_LINES = 8


@dataclass(slots=True)
class TextMeta:
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None


def title_from_text(text: str, max_chars: int = 150) -> str | None:
    """The first non-empty line, without Markdown heading marks; a long one is shortened."""
    for line in text.split("\n"):
        line = _HEADING_MARKS.sub("", line).strip()
        emphasis = _EMPHASIS.match(line)
        if emphasis:
            line = emphasis.group(2).strip()
        if line:
            if len(line) > max_chars:
                line = line[:100].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"
            return line
    return None


def text_metadata(text: str, language: str | None = None) -> TextMeta:
    """Read the headline and the dateline/byline lines just below it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    meta = TextMeta(title=title_from_text(text))
    languages = ["en"] if language in (None, "en") else ["en", language]
    updated: dt.date | None = None
    # a timeline's entries headed by their dates ("5 February 2025" / "Ukraine brings home …"): no dateline
    entries = sum(1 for line in lines if len(line) <= 40 and any(p.fullmatch(line) for p in _DATE_PHRASES[2:]))
    for line in lines[1 : 1 + DATELINE_SEARCH_LINES]:
        head = _dateline_head(line)
        if head is None or entries >= 3 and any(p.fullmatch(line) for p in _DATE_PHRASES[2:]):
            continue
        if meta.publisher is None:
            meta.publisher = publisher_from_line(head)
        found = _dateline_date(head, languages)
        if found is None:
            continue
        if head.lower().startswith("updated"):
            updated = updated or found
        elif meta.published is None:
            meta.published = found
    meta.published = meta.published or updated
    return meta


def _dateline_head(line: str) -> str | None:
    """The part of a line that can hold a dateline: a short line, or the lead before a dash."""
    if len(line) <= MAX_DATELINE_CHARS:
        return line
    parts = _SEPARATORS.split(line, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) <= 120:
        return parts[0] + " — "
    return None


def _dateline_date(head: str, languages: list[str]) -> dt.date | None:
    for pattern in _DATE_PHRASES:
        for match in pattern.finditer(head):
            if _SENTENCE_DATE.search(head[: match.start()]):
                continue  # "killed since March 9, 2022" is part of a sentence, not a dateline
            if not _is_dateline(head, match):
                continue
            found = parse_date(match.group(0), languages)
            if found is not None:
                return found
    return None


def _is_dateline(head: str, match: re.Match[str]) -> bool:
    if _DATELINE_START.match(head) or _SEPARATORS.search(head) or _PAREN.search(head):
        return True
    rest = (head[: match.start()] + head[match.end() :]).strip(" ,.;:")
    return len(rest) <= 40 and not rest.endswith((" the", " of"))


def parse_date(phrase: str, languages: list[str] | None = None) -> dt.date | None:
    """A full calendar date from a date phrase; None for partial or relative ones."""
    phrase = phrase.strip()
    iso = _DATE_PHRASES[0].fullmatch(phrase) or _DATE_PHRASES[1].fullmatch(phrase)
    if iso:
        numbers = [int(part) for part in iso.groups()]
        year, month, day = numbers if iso.re is _DATE_PHRASES[0] else numbers[::-1]
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        parsed = dateparser.parse(phrase, languages=languages or ["en"], settings=_DATE_SETTINGS)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def parse_iso_or_text_date(value: str | None, languages: list[str] | None = None) -> dt.date | None:
    """A date from metadata: ISO timestamps ("2022-03-09T10:00:00Z") or a written date."""
    if not value:
        return None
    value = value.strip()
    iso = _DATE_PHRASES[0].match(value)
    if iso:
        return parse_date(iso.group(0))
    if len(value) > 80:
        return None
    return parse_date(value, languages)


def publisher_from_line(line: str) -> str | None:
    """Publisher from "By NAME, PUBLISHER", "By NAME for PUBLISHER", "(PUBLISHER)", "Source: X"."""
    labelled = _LABELLED_PUBLISHER.match(line)
    if labelled:
        return labelled.group(2).strip(" .")
    first = _SEPARATORS.split(line, maxsplit=1)[0].strip()
    byline = _BYLINE.match(first)
    if byline:
        candidate = byline.group("publisher").strip(" .,;")
        if _plausible_publisher(candidate, city_like_caps=True):
            return candidate
    # "ANTAKYA (Turquie), 7 février 2023 (Courrier du Danube)": the last one names the source
    for match in reversed(list(_PAREN.finditer(line))):
        candidate = match.group(1).strip()
        if _plausible_publisher(candidate) and candidate.lower() not in ("photo", "file photo"):
            return candidate
    return None


def _plausible_publisher(candidate: str, city_like_caps: bool = False) -> bool:
    """A name, not a date or time; after "By NAME," a lone capitalised word is the city."""
    if not candidate or not candidate[0].isupper() or len(candidate) > 60:
        return False
    if any(ch.isdigit() for ch in candidate):
        return False  # a date or a time, not a name
    words = candidate.split()
    if city_like_caps and len(words) == 1 and candidate.isupper():
        return False  # "By Olena Kravets, KYIV": the dateline city, whereas "(AP)" is an agency
    return not any(pattern.search(candidate) for pattern in _DATE_PHRASES)
