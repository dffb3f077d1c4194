"""A main place that is a crossing named after the towns on either side ("the Chaman-Spin Boldak
crossing", "the Rafah-Kerem Shalom road"): the figures the article gives without a place of their own
belong to the town it reports from, the dateline's, when that is one of the two."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

_CROSSING = re.compile(r"(.+?)\s*[-–]\s*(.+?)\s+(?:border\s+)?(?:crossing|crossing point|border post|border|"
                       r"checkpoint|corridor|road|highway|bridge)$", re.IGNORECASE)


def crossing_town(mentions: list[PlaceMention], main: PlaceMention) -> PlaceMention:
    m = _CROSSING.fullmatch(main.surface)
    if m is None:
        return main
    towns = {" ".join(m.group(1).lower().split()), " ".join(m.group(2).lower().split())}
    return next((x._replace(dateline=False) for x in mentions if x.dateline and x.place.kind == "city"
                 and " ".join(x.surface.lower().split()) in towns), main)  # the event's town, not only the reporter's
