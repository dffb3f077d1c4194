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
