"""A standfirst above a dateline is no lead: "A column of ash rose over the colonial city of X as
flows raced toward villages." then "CITY, Nov. 6 — The volcano erupted on Tuesday, killing …" —
reporting starts at the dateline, so the lead is the paragraph the dateline opens."""

from __future__ import annotations

import re

# "GUATEMALA CITY, Nov. 6, 2024 —", "BAMENDA, Cameroon (AP) —"
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’ .-]{1,40}(?:,[^—–\n(:]{0,40})?(?:\s*\([^)\n]{0,40}\))?\s*[—–]")


def past_standfirst(text: str, pos: int, end: int) -> tuple[int, int]:
    """The paragraph right after `pos`…`end` when it opens with a dateline and this one does not."""
    if _DATELINE_HEAD.match(text, pos):
        return pos, end
    nxt = end + 1
    while nxt < len(text) and text[nxt] in "\n \t":
        nxt += 1
    if nxt >= len(text) or not _DATELINE_HEAD.match(text, nxt):
        return pos, end
    stop = text.find("\n", nxt)
    stop = len(text) if stop < 0 else stop
    if len(text[nxt:stop].split()) < 12:
        return pos, end
    return nxt, stop


_BYLINE = re.compile(r"^(?:By\s+[A-Z][^\n]{0,80}|[^\n]{0,60}\bPublished\b[^\n]{0,40})$", re.MULTILINE)


def after_byline(text: str, pos: int) -> int:
    """Where the reporting starts: after the last byline or publication line of the article's first
    lines, when there is one; else `pos`."""
    start = pos
    for m in _BYLINE.finditer(text, pos, min(len(text), pos + 600)):
        if m.start() - start > 400:
            break
        start = m.end() + 1
    return start
