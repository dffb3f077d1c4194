"""A division named after a foreign town: "in Soum province" in a story about another country is
that country's province, not a small town of the same name abroad that the gazetteer holds (it
lacks many second-level divisions). And a local unit named like a country: "in Bahrain tehsil"
in a story about Pakistan's Swat valley is no Gulf state."""

from __future__ import annotations

import re
from collections import Counter

from app.extract.gazetteer import Place, normalise_name

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


# A local unit's word right after a name: "Bahrain tehsil", "Lebanon township"; after the run's
# end in the text, or at the end of a run that took it in
_LOCAL_UNIT_WORD = (r"\s+(?:tehsil|taluka|taluk|district|village|town|township|county|ward|sub-?district|municipality|"
                    r"commune|local\s+government\s+area|LGA)")
_LOCAL_UNIT = re.compile(_LOCAL_UNIT_WORD + r"\b")
_UNIT_END = re.compile(_LOCAL_UNIT_WORD + "$")


def local_country_names(text: str, raw: list) -> set[str]:
    """Names of countries that the text also writes as a local unit of its own ("in Bahrain
    tehsil"): every mention of such a name in the article is that unit, in the article's country."""
    found: set[str] = set()
    for _s, end, surface, cands in raw:
        if not any(c is not None and c.kind == "country" for c in cands):
            continue
        unit = _UNIT_END.search(surface)
        if unit:  # the run took the unit word in: "Bahrain tehsil"
            found |= {surface, surface[: unit.start()]}
        elif _LOCAL_UNIT.match(text, end):
            found.add(surface)
    return found


def foreign_alias(surface: str, place: Place, countries: Counter) -> bool:
    """`place` is a town abroad that only an other name of it matched ("Tanna", an old name of
    India's Thane, for an island of Vanuatu), in a country the article never names while it names
    another: the article means a place of its own country that the gazetteer lacks."""
    if place.kind != "city" or place.geonameid <= 0 or countries.get(place.country, 0) > 0:
        return False
    if not countries or countries.most_common(1)[0][1] < 2:
        return False
    key = normalise_name(place.name)
    return not any(normalise_name(part) == key for part in (surface, _UNIT_END.sub("", surface)))
