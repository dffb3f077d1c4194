"""How specific a place is, as the article names it: a name the text calls a province, state,
region or county ("the town of X in Y province") is an area above any town, whatever kind the
gazetteer gives its namesake (the province's capital city)."""

from __future__ import annotations

from app.extract.place_mention import PlaceMention

# Unit words for an area that holds towns (a "district" or "township" may be smaller than a city)
_AREA_UNITS = (" province", " state", " region", " county", " governorate", " oblast", " prefecture",
               " department", " Province", " State", " Region", " County", " Governorate", " Oblast",
               " Prefecture", " Department")


def rank(m: PlaceMention) -> float:
    """`m.rank`, with a town-kind place the text names with an area's unit word ranked below a town."""
    if m.place.kind == "city" and m.surface.endswith(_AREA_UNITS):
        return 2.5  # below a town, still above an area the gazetteer calls a region
    return m.rank
