"""A name that is only part of a facility's name ("La Aurora International Airport", "Jomo Kenyatta
airport") names no town abroad: when the gazetteer finds that name only in a country other than the
article's, the facility stands in the article's country and the foreign namesake is dropped."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

_FACILITY = re.compile(r"\s+(?:International\s+)?(?:Airport|Airfield|Air\s+Base|Seaport)\b", re.IGNORECASE)


def drop_foreign(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> list[PlaceMention]:
    if main is None:
        return mentions
    return [m for m in mentions if m.place.kind == "country" or m.place.country == main.place.country
            or not _FACILITY.match(text, m.end)]


# "a nurse at the provincial hospital in X", "according to the district hospital in X": the town where the
# wounded are treated and counted, where the source is, not the event's place
_TREATED_AT = re.compile(r"\b(?:according\s+to|at|from)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:hospital|clinic|morgue)\s+in\s+$", re.IGNORECASE)


def counted_at(before: str, low: str) -> bool:
    """The name after `before` (`low` lower-cased) is the town of the hospital that gives a count."""
    return ("hospital" in low or "clinic" in low or "morgue" in low) and _TREATED_AT.search(before) is not None
