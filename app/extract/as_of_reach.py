"""Which figures a mid-sentence "as of DATE" dates."""

from __future__ import annotations

import re

from app.extract.statement_dates import SentenceDates

# "68 people have died and 112 have been injured as of 13 May": figures joined by "and", with no
# comma or clause word between, share the date
_JOINED = re.compile(r"[^,;:()—–]*\band\b[^,;:()—–]*", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"\b(?:since|who|which|when|while|after|before|but|said|says)\b", re.IGNORECASE)


def as_of_for(dates: SentenceDates, numbers, i, published, text: str = ""):
    """A mid-sentence "as of DATE" dates the figure right before it, and those joined to it by "and"."""
    if dates.as_of is None:
        return published
    if dates.as_of_at is None:
        return dates.as_of
    m = numbers[i]
    nxt = numbers[i + 1].start if i + 1 < len(numbers) else None
    if m.end <= dates.as_of_at and (nxt is None or nxt > dates.as_of_at):
        return dates.as_of
    if text and m.end <= dates.as_of_at and _JOINED.fullmatch(text, m.end, dates.as_of_at) and \
            not _CLAUSE_WORD.search(text, m.end, dates.as_of_at):
        return dates.as_of
    return dates.statement or published
