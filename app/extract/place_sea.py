"""Deaths at sea: a figure of people who drowned, went overboard or died on a boat crossing has
no place of its own, only the country of the coast it happened off ("capsized off Libya")."""

from __future__ import annotations

import re

from app.extract import place_patterns as pat
from app.extract import place_scope, place_sides
from app.extract.place_mention import ArticlePlaces, PlaceMention

# Deaths at sea: "died at sea", "drowned when their boat capsized off Libya"
AT_SEA = re.compile(r"\b(?:at\s+sea|shipwreck|capsi[sz]ed|(?:sank|sinks|sink|capsizes|capsize)\s+off\b|"
                    r"(?:dead|missing|drowned) off (?:the\s+coast\s+of\s+)?(?-i:[A-Z])|"  # "29 dead … off Sfax"
                    r"(?:boat|vessel|dinghy|canoe|pirogue)s?\b(?:\s+[\w-]+){0,6}?\s+(?:sank|sinks|sink|went\s+down|overturned|"
                    r"got\s+into\s+difficulty|ran\s+into\s+difficulty|deflated)|"
                    r"overboard|(?:jumped|thrown|threw\s+\w+)\s+into\s+the\s+(?:sea|ocean)|"
                    r"(?:Mediterranean|Atlantic|Aegean|Channel|sea)\s+(?:route|crossing|journey|voyage))\b",
                    re.IGNORECASE)
# a lake, not the sea: its shores and islands place the drowned
_ON_A_LAKE = re.compile(r"\b(?:Lake\s+[A-Z]|lake\b)")
_SEA_NAMED = re.compile(r"\b(?:sea|ocean|Mediterranean|Atlantic|Aegean|Channel|coast)\b", re.IGNORECASE)
# Words one of which each match of AT_SEA holds
_SEA_WORDS = ("sea", "shipwreck", "capsi", "sank", "sink", "dead off", "missing off", "drowned off", "boat", "vessel",
              "dinghy", "canoe", "pirogue", "overboard", "ocean", "mediterranean", "atlantic", "aegean", "channel")
# "off Libya", "off the coast of Libya", "off the eastern Aegean island of Chios"
_OFF_COAST = re.compile(r"\boff\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:coast|tip|shores?)\s+of\s+|"
                        r"(?:[a-z]+ern\s+)?(?:[A-Z][a-z]+\s+)?(?:island|islet|port|town|city)\s+of\s+)?"
                        r"(?:[a-z]+ern\s+)?$", re.IGNORECASE)

# … or by its adjective: "off the northern French coast", "off the Libyan coast"
_OFF_NATIONAL_COAST = re.compile(r"\boff\s+the\s+(?:[a-z]+ern\s+)?([A-Z][a-z]+)\s+coast(?:line)?\b")
# … or the place that holds the coast named after "off": "off the tip of Lanzarote in the "
_OFF_NAME_IN = re.compile(r"\boff\s+(?:the\s+)?(?:[a-z]+\s+)?(?:(?:coast|tip|shores?)\s+of\s+)?"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+in\s+(?:the\s+)?$")


def at_sea(text: str, article: ArticlePlaces, start: int, end: int,
           anchor: int | None = None) -> tuple[bool, PlaceMention | None]:
    """A figure of deaths at sea has no place; its country is the coast it happened off, if the
    sentence names one ("capsized off the coast of Libya" → LY), else none. A sentence that also
    puts people in a place on land ("… and 20 were killed in Tripoli") is left to the usual rules,
    unless that place is in another clause than the figure at `anchor` ("lands in Aceh; 11 died at
    sea") or is only a phrase for the whole country or region ("across the region")."""
    if not pat.may_hold(text[start:end], _SEA_WORDS) or AT_SEA.search(text, start, end) is None:
        return False, None
    if _ON_A_LAKE.search(text, start, end) and not _SEA_NAMED.search(text, start, end):
        return False, None  # "capsized in Lake Victoria off Mfangano Island": a lake's shores are the place
    land_from, land_to = start, end
    if anchor is not None:
        for m in place_scope.CLAUSE_BREAK.finditer(text, start, anchor):
            land_from = m.end()
        after = place_scope.CLAUSE_BREAK.search(text, anchor, end)
        land_to = after.start() if after else end
    coast = None
    named = _OFF_NATIONAL_COAST.search(text, start, end)
    if named is not None:  # "off the northern French coast": the country the adjective names
        coast = place_sides.country_of(article, named.group(1))
        coast = coast._replace(surface="") if coast is not None else None
    for m in article.within(start, end):
        if _OFF_COAST.search(text, max(start, m.start - 40), m.start):
            coast = coast or m._replace(surface="")
        elif _OFF_NAME_IN.search(text, max(start, m.start - 70), m.start):
            coast = coast or m._replace(surface="")  # "off the northern tip of Lanzarote in the Canary Islands"
        elif m.after_in and not m.country_wide and land_from <= m.start < land_to:
            return False, None
    return True, coast
