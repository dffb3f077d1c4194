"""Timeline entries: a line that opens on its own date ("September 14: Border guards …",
"3 March 2024 – The ministry said …", "Monday: …") dates every figure on that line that names no
date of its own, whichever sentence of the line it stands in."""

from __future__ import annotations

import datetime as dt
import re

# the date is followed by a colon or a dash, maybe after a year or a time of day
_AFTER_DATE = re.compile(r"(?:,?\s+\d{4})?\s*(?:\([^)\n]{0,20}\)\s*)?(?::|\s[–—-])\s", re.IGNORECASE)
_LEAD = re.compile(r"[\s*•·\-–—]*")


def timeline_date(art, start: int) -> dt.date | None:
    """The date a timeline line gives the text at `start`, or None when its line opens on none."""
    text = art.text
    line_start = text.rfind("\n", 0, start) + 1
    lead = _LEAD.match(text, line_start, start)
    at = lead.end() if lead else line_start
    found = art.dates.within(at, at + 40)
    if not found or found[0].start != at:
        return None
    d = found[0]
    if not _AFTER_DATE.match(text, d.end, d.end + 40):
        return None
    if art.published is not None and d.date is not None and d.date > art.published:
        return None
    return d.date


# "KEY FIGURES (as of 20 November 2024)", "Figures as at 3 May:": a heading line of a box
_BOX_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|updated(?:\s+on)?)\s+$", re.IGNORECASE)


# "KEY FIGURES (Source: ANDMA, 13 May)", "Figures at a glance (3 May 2024)": a box heading whose
# brackets end on a date
_BOX_WORD = re.compile(r"\b(?:(?:key\s+)?figures|in\s+numbers|at\s+a\s+glance|snapshot|key\s+data|statistics)\b",
                       re.IGNORECASE)


def box_date(art, start: int) -> dt.date | None:
    """The "as of" date of a box heading ("KEY FIGURES (as of 20 November 2024)") for a line
    of the box below it: the lines that follow the heading up to the next blank line."""
    text = art.text
    block = text.rfind("\n\n", 0, start)
    head_start = block + 2 if block >= 0 else 0
    head_end = text.find("\n", head_start)
    if head_end < 0 or head_end >= start or head_end - head_start > 90:
        return None
    head = text[head_start:head_end].rstrip()
    if not head or head[-1] in ".!?:\"”":  # a line ending in ":" introduces a table (intro_dates)
        return None
    for d in art.dates.within(head_start, head_end):
        bracketed = text.startswith(")", d.end) and "(" in text[head_start : d.start] and \
            _BOX_WORD.search(text, head_start, d.start) is not None
        if (bracketed or _BOX_AS_OF.search(text, max(head_start, d.start - 20), d.start)) and d.date is not None and \
                (art.published is None or d.date <= art.published):
            return d.date
    return None
