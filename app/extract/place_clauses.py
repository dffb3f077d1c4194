"""A clause that dates, not places, a figure: "… injured since October 2023, when the group began
firing at X": the "when" clause tells when the count began; its places are the other side's."""

from __future__ import annotations

import re

# A date just before the break: "since October 2023", "in 2014", "since March 3"
_DATE_BEFORE = re.compile(r"\b(?:since|in|from|until)\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?"
                          r"(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d|\d{1,2})\s*$")


def dated_when(text: str, at: int, end: int) -> bool:
    """The clause break at `at` is ", when" right after a date: the clause dates what comes before it."""
    if not text.startswith(", when", at) and not text.startswith(",when", at):
        return False
    return _DATE_BEFORE.search(text, max(0, at - 40), at) is not None
