"""How specific a place is, as the article names it: a name the text calls a province, state,
region or county ("the town of X in Y province") is an area above any town, whatever kind the
gazetteer gives its namesake (the province's capital city)."""

from __future__ import annotations

from app.extract.place_mention import PlaceMention

# Unit words for an area that holds towns (a "district" or "township" may be smaller than a city)
_AREA_UNITS = (" province", " state", " region", " county", " governorate", " oblast", " prefecture",
               " department", " Province", " State", " Region", " County", " Governorate", " Oblast",
               " Prefecture", " Department")


# Unit words for an area inside a state or province ("Geissan locality", "Darbhanga district")
_LOCAL_UNITS = (" district", " locality", " tehsil", " township", " upazila", " taluka", " taluk",
                " municipality", " commune", " sub-county", " subcounty", " District", " Locality", " Tehsil",
                " Township", " Upazila", " Taluka", " Municipality", " Commune")


def rank(m: PlaceMention) -> float:
    """`m.rank`, with a town-kind place the text names with an area's unit word ranked below a town,
    and a region it names with a local unit word above a state or province."""
    if m.place.kind == "city" and m.surface.endswith(_AREA_UNITS):
        return 2.5  # below a town, still above an area the gazetteer calls a region
    if m.place.kind == "region" and m.surface.endswith(_LOCAL_UNITS):
        return 2.5  # "displaced in Geissan district, in Blue Nile state": the district
    return m.rank
