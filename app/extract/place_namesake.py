"""A division named after a foreign town: "in Soum province" in a story about another country is
that country's province, not a small town of the same name abroad that the gazetteer holds (it
lacks many second-level divisions)."""

from __future__ import annotations

from collections import Counter

from app.extract.gazetteer import Place

# Division words a town's name cannot take
_DIVISIONS = (" province", " state", " region", " governorate", " oblast", " prefecture", " county")
# Towns smaller than this do not stand for a division of the same name in another country
_SMALL_TOWN = 50_000


def foreign_town_for_division(surface: str, place: Place, countries: Counter) -> bool:
    """`surface` names a division ("X province") but `place` is a small town of X in another
    country than the one the article names most."""
    if place.kind != "city" or place.population >= _SMALL_TOWN or not surface.endswith(_DIVISIONS):
        return False
    top = countries.most_common(1)
    return bool(top) and top[0][0] != place.country and countries[top[0][0]] > countries.get(place.country, 0)
