"""Which figures a mid-sentence "as of DATE" dates."""

from __future__ import annotations

import re

from app.extract.statement_dates import SentenceDates

# "68 people have died and 112 have been injured as of 13 May": figures joined by "and", with no
# comma or clause word between, share the date
_JOINED = re.compile(r"[^,;:()—–]*\band\b[^,;:()—–]*", re.IGNORECASE)
# "identified 14 of the 17 bodies by Monday night": a part named with its whole shares the whole's date
_PART_OF_NEXT = re.compile(r"\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"\b(?:since|who|which|when|while|after|before|but|said|says)\b", re.IGNORECASE)


_AS_OF_BEFORE = re.compile(r"\b[Aa]s\s+(?:of|at)\s+$")


def as_of_for(dates: SentenceDates, numbers, i, published, text: str = ""):
    """A mid-sentence "as of DATE" dates the figure right before it, and those joined to it by "and"."""
    if dates.as_of is None:
        return published
    if dates.as_of_at is None:
        return dates.as_of
    m = numbers[i]
    if text and numbers[0].start > dates.as_of_at and _AS_OF_BEFORE.search(text, max(0, dates.as_of_at - 8), dates.as_of_at) \
            and "," in text[dates.as_of_at : numbers[0].start]:
        return dates.as_of  # "According to X as of 11 March, 21,540 people …": an opening phrase, no figure before it
    nxt = numbers[i + 1].start if i + 1 < len(numbers) else None
    if m.end <= dates.as_of_at and (nxt is None or nxt > dates.as_of_at):
        return dates.as_of
    if text and m.end <= dates.as_of_at and _JOINED.fullmatch(text, m.end, dates.as_of_at) and \
            not _CLAUSE_WORD.search(text, m.end, dates.as_of_at):
        return dates.as_of
    if text and nxt is not None and m.end <= nxt <= dates.as_of_at:  # "14 of the 17 bodies by Monday night"
        after_next = numbers[i + 2].start if i + 2 < len(numbers) else None
        if (after_next is None or after_next > dates.as_of_at) and _PART_OF_NEXT.fullmatch(text, m.end, nxt) and \
                not _CLAUSE_WORD.search(text, nxt, dates.as_of_at) and not any(c in text[nxt : dates.as_of_at] for c in ",;:"):
            return dates.as_of
    return dates.statement or published
