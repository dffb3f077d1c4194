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
