"""A figure over a list of towns or districts of one country ("drowned in Saharsa and Supaul
districts", "killed across Kendrapara and Jajpur districts") is for the one state or province the
article names in that country, where there is one, before the country itself."""

from __future__ import annotations

from app.extract.gazetteer import REGION_ID_BASE
from app.extract.place_mention import ArticlePlaces, PlaceMention, direction_prefix


def _first_level(m: PlaceMention) -> bool:
    """A state, province or region from ISO 3166-2 or the curated extras, not a district the text
    named with its unit word (id 0) nor a part of a country named by a direction."""
    gid = m.place.geonameid
    return m.place.kind == "region" and (gid >= REGION_ID_BASE or gid < 0) and not direction_prefix(m.surface)


def _below(m: PlaceMention) -> bool:
    return m.place.kind == "city" or (m.place.kind == "region" and m.place.geonameid == 0)


def region_over_list(article: ArticlePlaces, listed: list[PlaceMention]) -> PlaceMention | None:
    """The place the listed ones are said to belong to ("Rangamati's …"), else the one first-level
    division the article names in their country, when every listed place is a town or a local
    unit; None when it names none or several."""
    if not listed or not all(_below(m) for m in listed):
        return None
    first = min(listed, key=lambda m: m.start)
    owner = next((m for m in article.mentions if m.end < first.start and
                  article.text[m.end : first.start] in ("'s ", "’s ")), None)
    if owner is not None:  # "in Rangamati's Baghaichhari and Juraichhari upazilas": Rangamati
        return owner if owner.place.kind != "country" else None
    found: dict[int, PlaceMention] = {}
    for m in _divisions(article, listed[0].place.country):
        found.setdefault(m.place.geonameid, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _divisions(article: ArticlePlaces, code: str, curated: bool = True) -> list[PlaceMention]:
    """The mentions of first-level divisions of country `code` the article names outside lists and
    sources; without the curated extras (groupings such as the Kurdistan Region) when `curated` is false."""
    return [m for m in article.mentions if m.place.country == code and not m.listed and not m.source and
            _first_level(m) and (curated or m.place.geonameid >= REGION_ID_BASE)]


def region_over_pair(text: str, article: ArticlePlaces, usable: list[PlaceMention]) -> PlaceMention | None:
    """ "protests in Kalar and Chamchamal", "near the towns of Dubti and Aysaita": two towns of one
    first-level division joined by "and" are the division's: the one the sentence names before them
    ("In Ethiopia's Afar region, …"), else the one division of their country (by ISO 3166-2) the
    article names, if it names no other; else None, and the figure keeps a town."""
    towns = sorted((m for m in usable if m.place.kind == "city"), key=lambda m: m.start)
    if len(towns) != 2:
        return None
    a, b = towns
    if not (a.place.country == b.place.country and a.place.admin1 and a.place.admin1 == b.place.admin1 and
            a.surface != b.surface and text[a.end : b.start] == " and "):
        return None
    code = a.place.country
    own = [m for m in usable if m.place.country == code and m.start < a.start and not m.source and _first_level(m)]
    if len(own) == 1:
        return a._replace(surface=own[0].surface, place=own[0].place, listed=0, after_in=True)
    if len(usable) != 2:
        return None
    found = {m.place.geonameid: m for m in _divisions(article, code, curated=False)}
    if len(found) != 1:
        return None
    region = next(iter(found.values()))
    return a._replace(surface=region.surface, place=region.place, listed=0, after_in=True)
