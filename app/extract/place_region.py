"""A figure a state's or province's own body gives ("the provincial health department said 324
had died") is the region's: the one of the main country the article names most."""

from __future__ import annotations

import re
from collections import Counter

from app.extract.place_mention import ArticlePlaces, PlaceMention

# A source for a whole state or province: "the provincial health department", "the state government"
# ("the state news agency" is the nation's media, no state's)
REGIONAL_SOURCE = re.compile(r"\b(?:provincial|regional|state(?!\s+(?:news|media|press|television|tv|broadcaster)\b))"
                             r"\s+(?:[a-z]+\s+)?(?:government|department|authorities|"
                             r"officials|administration|ministry|directorate|agency|authority)\b")


def article_region(article: ArticlePlaces) -> PlaceMention | None:
    """The state, province or region the article is about: the one of the main country it names most."""
    main = article.main
    regions = [m for m in article.mentions if m.place.kind == "region" and m.place.country == main.place.country
               and not m.country_wide and not m.source and not m.surface[:1].islower()]
    if not regions:
        return None
    counts = Counter(m.surface for m in regions)
    best = max(counts, key=lambda name: (counts[name], -next(m.start for m in regions if m.surface == name)))
    return next(m for m in regions if m.surface == best)
