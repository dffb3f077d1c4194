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
        return _heading_date(art, start)
    d = found[0]
    if not _AFTER_DATE.match(text, d.end, d.end + 40):
        return None
    if art.published is not None and d.date is not None and d.date > art.published:
        return None
    return d.date


# a date heading's line may end on a weekday or a time: "19 March 2025", "Monday 19 March", "19 March, 14:05"
_WEEKDAY_FIRST = re.compile(r"\s*[A-Z][a-z]+day,?\s*")  # "Monday, 19 March 2025"
_HEADING_REST = re.compile(r"\s*(?:\([A-Za-z]+\)|,?\s*(?:[A-Z][a-z]+day|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?))?\s*$")


def _heading_date(art, start: int) -> dt.date | None:
    """The date a paragraph's first line gives alone, as a timeline's entries are headed
    ("19 March 2025" / "A day after a phone call …"), for the text under it."""
    text = art.text
    head = text.rfind("\n\n", 0, start)
    head = head + 2 if head >= 0 else 0
    end = text.find("\n", head, start)
    if end < 0 or end - head > 50:
        return None
    found = art.dates.within(head, end)
    if len(found) != 1 or text[head : found[0].start].strip(" \t*#•") and \
            not _WEEKDAY_FIRST.fullmatch(text, head, found[0].start):
        return None
    d = found[0]
    if not _HEADING_REST.fullmatch(text, d.end, end) or d.date is None or not d.has_year and d.date.day == 1 and \
            not re.search(r"\b1\b", text[d.start : d.end]):
        return None
    day = d.date
    if not re.search(r"\d{1,2}(?!\d)", text[d.start : d.end].replace(str(day.year), "")):
        day = _month_end(day)  # "June 2014": the month's figures, as of its last day
    period = _END_OF.search(text, start, _sentence_end(text, start))
    if period is not None:  # "By the end of that year, teams had recovered 2,585 bodies"
        day = dt.date(day.year, 12, 31) if period.group(1) == "year" else _month_end(day)
    if art.published is not None and day > art.published:
        return None if d.date > art.published else art.published
    return day


_END_OF = re.compile(r"\b(?:by|at|until|to)\s+the\s+end\s+of\s+(?:that|the)\s+(year|month)\b", re.IGNORECASE)


def _month_end(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - dt.timedelta(days=1)


def _sentence_end(text: str, start: int) -> int:
    end = text.find(". ", start)
    return len(text) if end < 0 else end


# "KEY FIGURES (as of 20 November 2024)", "Figures as at 3 May:": a heading line of a box
_BOX_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|updated(?:\s+on)?)\s+$", re.IGNORECASE)


# "KEY FIGURES (Source: ANDMA, 13 May)", "Figures at a glance (3 May 2024)": a box heading whose
# brackets end on a date
_BOX_WORD = re.compile(r"\b(?:(?:key\s+)?figures|in\s+numbers|at\s+a\s+glance|snapshot|key\s+data|statistics)\b",
                       re.IGNORECASE)


# a box's line of one figure: "373,800 people affected", "More than 1.2 million displaced"
_FIGURE_LINE = re.compile(r"(?:[A-Z][a-z]+(?:\s+than)?\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+[a-z][^.!?\n]{0,60}$")


def box_date(art, start: int) -> dt.date | None:
    """The "as of" date of a box heading ("KEY FIGURES (as of 20 November 2024)") for a line
    of the box below it: the lines that follow the heading up to the next blank line, or the
    one-line paragraphs of figures that follow it ("Key figures (as of 7 May)" / "373,800 people
    affected" / "173,100 people displaced", a web page's box)."""
    text = art.text
    block = text.rfind("\n\n", 0, start)
    head_start = block + 2 if block >= 0 else 0
    head_end = text.find("\n", head_start)
    if head_end < 0 or head_end >= start or head_end - head_start > 90:
        if head_end >= start or head_end < 0:  # the line is a paragraph of its own: the box's lines above it
            return _boxed_line_date(art, head_start)
        return None
    return _head_date(art, head_start, head_end)


def _boxed_line_date(art, line_start: int) -> dt.date | None:
    text = art.text
    at = line_start
    for _ in range(12):
        if at < 2:
            return None
        block = text.rfind("\n\n", 0, at - 2)
        para_start = block + 2 if block >= 0 else 0
        para = text[para_start : at - 2]
        if "\n" in para or len(para) > 90:
            return None
        if _FIGURE_LINE.match(para):
            at = para_start
            continue
        return _head_date(art, para_start, at - 2)
    return None


def _head_date(art, head_start: int, head_end: int) -> dt.date | None:
    text = art.text
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


# a statement's closing line: "Done at Niamey, 21 April 2025.", "Issued in Bamako on 3 May 2024"
_SIGNED = re.compile(r"\n[ \t]*(?:Done|Issued|Made|Signed)\s+(?:at|in)\s+[A-Z][\w'’ -]{1,30}?,?\s+(?:on\s+)?(?=\d)")


_SIGNED_KEY = "\0signed lines"  # kept in the article's memo of resolved phrases


def signed_date(art, start: int) -> dt.date | None:
    """The date a statement is signed on below the text at `start` ("Done at Niamey, 21 April
    2025."), when no separator line ("---") stands between them."""
    signed = art.resolved.get(_SIGNED_KEY)
    if signed is None:  # the article's signed lines, found once: (where, the date they give)
        signed = art.resolved[_SIGNED_KEY] = _signed_lines(art)
    at, day = next(((at, day) for at, day in signed if at > start), (None, None))
    if at is None or at - start > 4000 or "\n---" in art.text[start:at]:
        return None
    return day


def _signed_lines(art) -> list:
    text, out = art.text, []
    if "Done " not in text and "Issued " not in text and "Signed " not in text and "Made " not in text:
        return out
    for m in _SIGNED.finditer(text):
        found = art.dates.within(m.end(), m.end() + 30)
        if found and found[0].start == m.end() and found[0].date is not None and \
                (art.published is None or found[0].date <= art.published):
            out.append((m.start(), found[0].date))
    return out
