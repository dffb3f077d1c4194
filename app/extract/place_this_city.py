"""A lead that points back at its dateline city ("GUAYAQUIL, Ecuador — Fighting inside a prison on
the outskirts of this port city killed 31 inmates"): the event is in the dateline city, so that
city is the article's place. A dateline alone never sets the place; "this city" makes it."""

from __future__ import annotations

import re

from app.extract import place_lead_paragraph
from app.extract.place_mention import PlaceMention

# "this city", "this port city", "this coastal town", "this northern capital"
_THIS = re.compile(r"\bthis\s+(?:[a-z-]+\s+){0,2}?(?:city|town|capital)\b(?!\s+of\b)")


def dateline_city(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> PlaceMention | None:
    """The dateline city, when the lead's first sentence speaks of "this city" and names no other
    place below the country."""
    if main is None or main.place.kind == "city" and not main.dateline:
        return main  # the lead names its own town
    paragraph = place_lead_paragraph.lead_paragraph(text)
    if paragraph is None:
        return main
    pos, end = paragraph
    if "this " not in text[pos:end]:
        return main
    datelines = [m for m in mentions if m.dateline and pos - 100 <= m.start <= pos + 60 and m.place.kind != "country"]
    if not datelines or not _THIS.search(text, pos, end):
        return main
    city = datelines[0]
    if city.place.country != main.place.country:
        return main
    return city._replace(dateline=False)
