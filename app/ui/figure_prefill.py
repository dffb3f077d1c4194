"""Guesses for "Add figure here…": the number at the pointer, its sentence, and the fields of the
nearest figures around it. Plain Python over the article text; the user corrects the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from app.domain import Figure, Qualifier, ReviewStatus

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "mn": 1e6, "bn": 1e9,
           "k": 1e3}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
}
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6}
_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[,\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(thousand|million|billion|mn|bn|m|k)\b)?",
    re.IGNORECASE,
)
_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, [*_WORDS, *_VAGUE]), key=len, reverse=True))
    + r")(?:\s+(thousand|million|billion))?\b",
    re.IGNORECASE,
)
_QUALIFIERS = (
    (re.compile(r"(?:at least|no fewer than|no less than)\s+$", re.I), Qualifier.AT_LEAST),
    (re.compile(r"(?:more than|over|upwards of)\s+$", re.I), Qualifier.MORE_THAN),
    (re.compile(r"(?:up to|at most|nearly|almost)\s+$", re.I), Qualifier.AT_MOST),
    (re.compile(r"(?:fewer than|less than|under)\s+$", re.I), Qualifier.LESS_THAN),
    (re.compile(r"(?:about|around|some|roughly|approximately|an estimated)\s+$", re.I),
     Qualifier.APPROXIMATELY),
)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|^\s*(?:%|per ?cent|"
                         r"-year-old|\s*years? old)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s+|$)|\n\s*\n|\n")
NEIGHBOUR_FIELDS = ("measure", "who", "side", "claimant", "place", "lat", "lon", "country",
                    "as_of", "since")


def parse_value(evidence: str) -> float | None:
    """'4.3 million' → 4300000.0, 'twelve' → 12.0, 'hundreds' → 200.0; None if no number."""
    match = _NUMBER.search(evidence)
    if match:
        number = float(match.group(1).replace(",", "").replace("\u202f", ""))
        scale = (match.group(2) or "").lower()
        return number * _SCALES.get(scale, 1)
    match = _WORD.search(evidence)
    if match:
        word = match.group(1).lower()
        number = _WORDS.get(word) or _VAGUE.get(word)
        scale = (match.group(2) or "").lower()
        return float(number * _SCALES.get(scale, 1))
    return None


def number_span(text: str, start: int, end: int | None = None) -> tuple[int, int] | None:
    """The number at a position (or the selected words, when they hold one), with its scale."""
    if end is not None and end > start:
        chosen = text[start:end]
        stripped = chosen.strip()
        if stripped and parse_value(stripped) is not None:
            first = start + len(chosen) - len(chosen.lstrip())
            return first, first + len(stripped)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    where = start - line_start
    for pattern in (_NUMBER, _WORD):
        for match in pattern.finditer(line):
            if match.start() <= where <= match.end():
                if _not_a_count(line, match.start(), match.end()):
                    return None
                return line_start + match.start(), line_start + match.end()
    return None


def _not_a_count(line: str, start: int, end: int) -> bool:
    """Years, days of a month, ages and percentages are numbers but never figures."""
    token = line[start:end]
    if token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100:
        return True
    return bool(_DATE_BEFORE.search(line[max(0, start - 12):start])
                or _DATE_AFTER.search(line[end:end + 16]))


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """The sentence around a position: from the previous sentence end to the next."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, position):
        begin = match.end()
    after = _SENTENCE_END.search(text, position)
    finish = after.start() + 1 if after and text[after.start()] in ".!?" else (
        after.start() if after else len(text))
    return begin, max(finish, position)


def _qualified(text: str, start: int, value: float | None) -> tuple[int, dict[str, Any]]:
    """Widen the evidence to a qualifier just before the number, and set low/high to match."""
    window = text[max(0, start - 25):start]
    for pattern, qualifier in _QUALIFIERS:
        match = pattern.search(window)
        if match:
            begin = start - (len(window) - match.start())
            low, high = value, value
            if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
                high = None
            elif qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
                low = None
            return begin, {"qualifier": str(qualifier), "low": low, "high": high}
    return start, {"qualifier": str(Qualifier.EXACT), "low": value, "high": value}


def prefill(text: str, start: int, end: int, neighbours: Sequence[Figure]) -> dict[str, Any]:
    """Field values for a new figure whose number is text[start:end]."""
    value = parse_value(text[start:end])
    begin, qualified = _qualified(text, start, value)
    if text[start:end].strip().lower() in _VAGUE:
        qualified = {"qualifier": str(Qualifier.VAGUE), "low": value, "high": None}
    s_begin, s_end = sentence_span(text, start)
    values: dict[str, Any] = {
        "value": value, **qualified, "hedged": False, "disputed_by": None, "parts_of": None,
        "status": str(ReviewStatus.CONFIRMED), "start": begin, "end": end,
        "sentence": text[s_begin:s_end].strip(),
    }
    nearest = sorted(
        neighbours,
        key=lambda f: (not (s_begin <= f.start < s_end), min(abs(f.start - start), abs(f.end - end))),
    )
    for field in NEIGHBOUR_FIELDS:
        source = next((f for f in nearest if getattr(f, field) is not None), None)
        chosen = getattr(source, field) if source is not None else None
        values[field] = str(chosen) if field in ("measure", "who") and chosen else chosen
    return values
