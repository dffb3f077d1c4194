"""A figure named again by its number alone, with no measure word of its own: "the army's figure
of 31 was a lie", "dismissed the figure of 58 as exaggerated", "the 11,400 figure leaves out …",
"Seventeen is the verified number", "puts the figure at 1.2 million", "raised the figure to 11",
"Of the 14 recovered so far, …".
Each mention is a figure (GUIDELINES: a repeat in the body counts); it counts what the article's
earlier figure with the same number counts, and "the figure at N" what the figure just before it
counts."""

from __future__ import annotations

import re

from app.extract.article_state import Draft

# Words one of which a sentence holding such a figure has (looked for before any pattern)
CUE_WORDS = ("figure", "number", "count", "tally", "estimate", "total")
# "the army's figure of 31", "a figure of 412", "the count of 40"
_OF_BEFORE = re.compile(r"\b(?:figure|count|tally|estimate)s?\s+of\s+$", re.IGNORECASE)
# "puts the figure at 1.2 million", "raised the figure to 11", "the figure could rise to 250,000",
# "the figure of missing people had fallen to four", "bringing its total since the coup to 6,231", "the
# total since 1 January to 41" (a day of a month is the only number it may hold)
_DAY = (r"\b\d{1,2}(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
        r"(?<=(?:ary|rch|ril|may|une|uly|ust|ber|ept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\s)\d{1,2}\b")
_AT_BEFORE = re.compile(rf"\b(?:figure|number|count|tally|estimate|total)\b(?:[^.;:!?\d]|{_DAY}){{0,40}}?\b(?:at|to)\s+$",
                        re.IGNORECASE)
# "the 11,400 figure"
_AFTER = re.compile(r"\s+(?:figure|tally|estimate)\b", re.IGNORECASE)
# "17 was the count confirmed by police", "Seventeen is the verified number": the count, whatever came before
_IS_THE = re.compile(r"\s+(?:is|was)\s+the\s+(?:[a-z]+\s+)?(?:figure|number|count|tally|toll)\b", re.IGNORECASE)
# "Our verified figure is 41", "The correct number is 3": the count named before its number
_IS_BEFORE = re.compile(r"\b(?:figure|number|count|tally|toll|total)\s+(?:is|was|remains|stands\s+at)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
# How far back the figure before "the figure at N" may stand, in sentences
_AT_REACH = 3


# "Of the 14 recovered so far, at least five were women": a sentence that opens on an earlier figure's number
_OF_THE_OPEN = re.compile(r"[\s\"“]*(?:Of|Among)\s+the\s+")


def may_restate(text: str, start: int, end: int) -> bool:
    """Sentence [start, end) may name a figure again by its number."""
    stretch = text[start:end].lower()
    return any(word in stretch for word in CUE_WORDS) or _OF_THE_OPEN.match(text, start, end) is not None


def referent(text: str, prev_end: int, start: int, end: int, next_start: int, value: float | None,
             index: int, drafts: list[Draft], out: list[Draft], things: frozenset[str]) -> Draft | None:
    """The earlier figure that the number at [start, end) names again, or None when it is not
    named as a figure ("the figure of 31") or no earlier figure fits. `things`: words that count
    no people ("houses"), which "the number of … at N" may name instead."""
    if value is None:
        return None
    before = text[max(prev_end, start - 60) : start]
    at_match = _AT_BEFORE.search(before)
    if at_match is not None and any(w in things for w in _WORD.findall(at_match.group().lower())):
        return None  # "put the number of fully damaged houses at 62"
    at = at_match is not None or _IS_THE.match(text, end, next_start) is not None
    if not (at or _OF_BEFORE.search(before) or _AFTER.match(text, end, next_start) or _IS_BEFORE.search(before) or
            _OF_THE_OPEN.fullmatch(text, prev_end, start)):
        return None
    earlier = drafts + out
    same = next((d for d in reversed(earlier) if d.figure.value == value), None)
    if same is not None:
        return same
    if at and earlier and index - earlier[-1].sentence.index <= _AT_REACH:
        return earlier[-1]  # "… 690,000 are displaced, while the government puts the figure at 1.2 million"
    return None
