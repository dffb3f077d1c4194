"""Places joined in one phrase: a figure that covers two countries named together ("Across Turkey
and Syria, the toll passed 17,000")."""

from __future__ import annotations

import re

from app.extract.place_mention import ArticlePlaces, PlaceMention

# "in Turkey and Syria", "southern Turkey and northern Syria", "Turkey, Syria", "in Chad and in Sudan"
_JOINED = re.compile(r"\s*(?:,|and|,\s*and|&)\s*(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)


def whole(m: PlaceMention) -> bool:
    """A country, a territory, or a part of one named by direction ("northern Syria")."""
    return m.place.kind == "country" or (m.place.kind == "region" and m.place.geonameid <= 0)


def spans_two_countries(text: str, article: ArticlePlaces, place: PlaceMention | None,
                        start: int, anchor: int, stretch_end: int) -> bool:
    """The place chosen for a figure is one of two countries joined before it in its sentence
    ("Across Turkey and Syria, the toll passed 17,000"; "struck southern Turkey and northern
    Syria, killing 3,700"): the figure covers both, unless its own stretch of the sentence, up to
    the next number (`stretch_end`), names a place ("… and 20,000 had crossed into Chad")."""
    if place is None or not whole(place) or place.start >= anchor:
        return False
    if any(not m.source for m in article.within(anchor, stretch_end)):
        return False
    wholes = [m for m in article.within(start, anchor) if whole(m) and not m.source]
    for a, b in zip(wholes, wholes[1:]):
        if a.place.country != b.place.country and place.start in (a.start, b.start) \
                and _JOINED.match(text, a.end, b.start) and not article.within(b.end, anchor):
            return True
    return False
