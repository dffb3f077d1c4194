"""The event's village named by apposition: a lead that puts the event in a region or country, and
a lead or next paragraph that names a place of it "X, a village in Y district": X is the most
specific place named for the event."""

from __future__ import annotations

import re

from app.extract import place_event
from app.extract.place_mention import PlaceMention
from app.extract.place_patterns import UNNAMED_SPOT, next_paragraph_end

# "Listikot, a village in Y district", "X, a remote hamlet of Y"
_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|settlement)"
                      r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:in|near)\b))?\s+(?:in|of|near)\b")
# "The insurgents reached X, a village …": a verb of an attack before the place, as good as "in"; so
# is the ground the event struck by the village ("The hillside above X, a village in …, gave way")
_ATTACKED = re.compile(r"\b(?:reached|attacked|raided|stormed|struck|hit|overran|entered|targeted|besieged|"
                       r"above|below|overlooking)\s+$")

# "X, a cluster of favelas in Y", "X, a poor neighbourhood of Y": a part of the town Y
_APPOSED_PART = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:favelas?|neighbou?rhoods?|slums?|shanty\s*towns?|"
                           r"townships?|suburbs?|quarters?|barrios?|districts?|wards?)\s+(?:in|of)\s+(?:the\s+)?")
_PART_KEYS = ("favela", "neighbo", "slum", "shanty", "township", "suburb", "quarter", "barrio", "district", "ward")


def apposed_part(text: str, paragraph: tuple[int, int] | None, main: PlaceMention | None,
                 mentions: list[PlaceMention]) -> PlaceMention | None:
    """The lead's "X, a cluster of favelas in Y" where Y is the town `main` names: X, the part of
    the town the event happened in, is the most specific place."""
    if main is None or main.rank < 3 or paragraph is None:
        return main
    pos, end = paragraph
    lead = text[pos:end]
    if not any(k in lead for k in _PART_KEYS):
        return main
    for m in mentions:
        if not pos <= m.start < end or m.source or m.dateline or m.possessive or m is main or \
                m.place.kind == "country" or m.place.country not in ("", main.place.country):
            continue
        tail = _APPOSED_PART.match(text, m.end)
        if tail and text.startswith(main.surface, tail.end()):
            return m._replace(reference=False, after_in=True)
    return main


def apposed_village(text: str, paragraph: tuple[int, int] | None, mentions: list[PlaceMention],
                    main: PlaceMention | None) -> PlaceMention | None:
    """The first place the lead paragraph or the one after it names where the event happened
    ("missing in X, a village in Y district") and presents as a village, when `main` is a region
    or country of it."""
    if main is None or main.rank >= 3 or paragraph is None:
        return main
    pos, end = paragraph
    end = next_paragraph_end(text, end)
    if "village" not in text[pos:end] and "hamlet" not in text[pos:end] and "settlement" not in text[pos:end]:
        return main
    for m in mentions:
        if m.start < pos or m.start >= end or not (m.after_in or _ATTACKED.search(text, max(0, m.start - 12), m.start)) \
                or m.reference or m.source or m.dateline or \
                m.after_from or m.possessive or m.place.kind == "country" or \
                m.place.country not in ("", main.place.country):
            continue
        if _APPOSED.match(text, m.end):
            return m._replace(reference=False)
    return main


def lead_site_named(text: str, paragraph: tuple[int, int] | None, mentions: list[PlaceMention],
                    old: PlaceMention | None, new: PlaceMention | None) -> list[PlaceMention]:
    """When `apposed_village` named the event's village (`new` for `old`), the broad place the lead
    put an unnamed village in ("buried part of a village in northern X") reads as that village."""
    if new is None or new is old or paragraph is None or new.place.kind == "country":
        return mentions
    site = place_event.UNNAMED_SITE.search(text, paragraph[0], paragraph[1])
    if site is None:
        return mentions
    return [new._replace(start=m.start, end=m.end, after_in=True, container=False, possessive=False)
            if site.end() <= m.start <= site.end() + 30 and m.rank < new.rank and not m.source and
            m.place.country in ("", new.place.country) else m for m in mentions]


_NEAR_BEFORE = re.compile(r"\bnear\s+(?:the\s+)?(?:(?:town|village|city|hamlet|settlement|locality)\s+of\s+)?$")
# "near X in Y", "near X, in Brazil's Y state", "near X town in Y district"
_IN_AFTER = re.compile(r"(?:\s+(?:town|village|city|hamlet|settlement))?,?\s+in\s+")


_UNIT_NAMED = re.compile(r"\s(?:district|county|province|region|state|governorate|prefecture|department)$", re.I)


def near_landmark(text: str, paragraph: tuple[int, int] | None, mentions: list[PlaceMention],
                  main: PlaceMention | None) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """The lead's event "near X in Y" where Y is the region `main` names: X, the most specific place
    the lead gives ("capsized near Keta lagoon in the Volta region")."""
    unit = main is not None and _UNIT_NAMED.search(main.surface) is not None
    if main is None or (main.rank >= 3 and not unit) or paragraph is None or \
            "near" not in text[paragraph[0]:paragraph[1]] and " of " not in text[paragraph[0]:paragraph[1]]:
        return main, mentions  # (a town-kind main named as a unit, "Belagavi district", is the unit)
    pos, end = paragraph
    least = 2 if unit else main.rank
    for m in mentions:
        if not pos <= m.start < end or m.source or m.place.kind == "country" or m is main or m.rank < least or \
                m.place.country != main.place.country:
            continue
        if (_NEAR_BEFORE.search(text, max(0, m.start - 32), m.start) or  # … "the desert south of X in Y"
                UNNAMED_SPOT.search(text, max(0, m.start - 70), m.start)) and _IN_AFTER.match(text, m.end) and \
                any(n.place == main.place and m.end < n.start <= m.end + 40 for n in mentions):
            site = m._replace(reference=False, landmark=False, after_in=True)  # "near X in Ghana's Y region"
            return site, [site if n is m else n for n in mentions]
    return main, mentions
