""""lost N people": the dead, unless the count is an army's running losses ("lost 1,130 personnel")."""

from __future__ import annotations

import re

from app.domain import Measure

_LOST_BEFORE = re.compile(r"\blost\s+(?:(?:about|some|around|nearly|more\s+than|at\s+least|over|up\s+to)\s+)?$",
                          re.IGNORECASE)
_ARMY_LOSSES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:troops|personnel|soldiers|servicemen|men|fighters|"
                                r"(?:troops|personnel|soldiers)\s+(?:killed|and))\b|\s*(?:,|in\s+(?:the\s+)?(?:past|last))",
                                re.IGNORECASE)


def lost_measure(text: str, start: int, end: int, measure: Measure) -> Measure:
    """KILLED for "We have lost 14 health workers", "lost two of our children"; the measure as read
    otherwise."""
    if measure is not Measure.CASUALTIES or not _LOST_BEFORE.search(text, max(0, start - 20), start):
        return measure
    return measure if _ARMY_LOSSES_AFTER.match(text, end) else Measure.KILLED
