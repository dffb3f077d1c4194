"""A toll's earlier value: "rose to 34 on Wednesday, up from 19 a day earlier" — the 19 stood a
day before the date of the new toll."""

from __future__ import annotations

import datetime as dt
import re

_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|risen|rose|climbing|climbed|jumping|jumped|revised|increased|"
                          r"revised\s+\w+)\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+(?:\w+\s+)?(?:of\s+)?)?$",
                          re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+(?:(?P<n>a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+"
                         r"(?:earlier|before|previously)|the\s+(?P<prev>day|week)\s+before|"
                         r"the\s+previous\s+(?P<prev2>day|week))\b", re.IGNORECASE)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def earlier_as_of(text: str, start: int, end: int, as_of: dt.date | None,
                  newer: dt.date | None = None) -> dt.date | None:
    """as_of of the number at text[start:end] when it is the earlier value of a changed toll
    ("up from 19 a day earlier"): the date of the new toll (`newer`, the figure before it in the
    sentence, else `as_of`) moved back by the time named; else as_of unchanged."""
    if as_of is None or not text.startswith(" ", end):
        return as_of
    back = _BACK_AFTER.match(text, end, end + 40)
    if back is None or _FROM_BEFORE.search(text, max(0, start - 50), start) is None:
        return as_of
    unit = (back.group("unit") or back.group("prev") or back.group("prev2")).lower()
    n = _COUNT[back.group("n").lower()] if back.group("n") else 1
    return (newer or as_of) - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
