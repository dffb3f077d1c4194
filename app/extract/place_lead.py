"""The event's site over the country: a lead that names the event's country as an actor or owner
("X's army said it killed …", "raids on villages in the country's north-central Y province") and
also a town, district or province of that country where it happened makes that place the
article's main place; the later sentences about the same event name no place of their own."""

from __future__ import annotations

import math
import re

from app.extract import place_event, place_lead_paragraph, place_targets
from app.extract import place_patterns as pat
from app.extract.place_mention import PlaceMention
from app.extract.place_openers import matches_at_openers

# Between a place and the one it lies in: "X, a farming town in the Y region"
_APPOSED_IN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|hamlet|settlement|district|"
                         r"locality|community|market\s+town|border\s+town)\s+(?:in|of)\s+(?:the\s+)?"
                         r"(?:[\w'’-]+['’]s\s+)?(?:[a-z-]+\s+)?")
# An attack of armed men, the kind of event that has one site
VIOLENCE = re.compile(r"\b(?:attack(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|assault(?:s|ed)?|stormed|overr[au]n|"
                      r"(?:air|drone|missile)\s*strikes?|shell(?:ing|ed)|massacred?|clash(?:es|ed)?|fighting)\b",
                      re.IGNORECASE)
# Words one of which each match of VIOLENCE holds
_VIOLENCE_WORDS = ("attack", "raid", "ambush", "assault", "stormed", "overr", "strike", "shell", "massacre", "clash",
                   "fighting")


def lead_site(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> PlaceMention | None:
    """The most specific place of `main`'s country named in the lead sentence as where the event
    was (in it, or near it), when `main` is only the country. A `main` that is only where a source
    spoke ("the ministry said in X that …") gives way to the lead's event place, of any country."""
    if main is not None and main.source and (event := place_lead_paragraph.lead_place(text, mentions)) is not None:
        main = event
    if main is None or main.place.kind != "country":
        return main
    paragraph = place_lead_paragraph.lead_paragraph(text)
    if paragraph is None:
        return main
    pos, end = paragraph
    sentence_end = pat.SENTENCE_END.search(text, pos, end)
    end = sentence_end.end() if sentence_end else end
    code = main.place.country
    lead = text[pos:end]
    if not pat.may_hold(lead, _VIOLENCE_WORDS) or not VIOLENCE.search(lead):
        return main  # a storm's, an outbreak's or a crossing's lead: its figures are the country's
    if any(pos <= m.start < end and m.place.country == code and m.place.kind == "country" and not m.possessive
           and not m.source and not m.dateline for m in mentions):
        return main  # "killed 28 people in Honduras": the lead puts its figures in the country
    sites = [m for m in mentions if pos <= m.start < end and m.place.country == code and m.rank >= 2
             and not (m.source or m.dateline or m.landmark or m.possessive or m.country_wide or m.after_from
                      or m.seat or m.body or m.listed)
             and (not m.reference or pat.NEAR.search(text, max(0, m.start - 24), m.start))
             and not pat.ACTOR_AFTER.match(text, m.end)]
    sites = [m for m in sites if not any(  # "in X, a farming town in the Y region": X, not Y as well
        n.end < m.start and _APPOSED_IN.fullmatch(text, n.end, m.start) for n in sites)]
    if len({m.place for m in sites}) != 1:
        return main  # none, or several places: the country holds them
    return sites[0]._replace(reference=False)


# A city's district lies this close to the city's point
_DISTRICT_KM = 15.0


def city_districts(usable: list[PlaceMention]) -> set[int]:
    """Starts of the districts named with a city they lie in ("in the city of X, a bomb struck a
    block in the Y district"): a named district of the city, more specific than the city."""
    cities = [m for m in usable if m.place.kind == "city"]
    if not cities:
        return set()
    out = set()
    for m in usable:
        if m.place.kind != "region" or not m.surface.endswith(" district"):
            continue
        name = m.surface[: -len(" district")]
        for c in cities:
            if c.place.country == m.place.country and c.surface != name and \
                    _km(c.place.lat, c.place.lon, m.place.lat, m.place.lon) <= _DISTRICT_KM:
                out.add(m.start)
                break
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A short distance on the ground, flat-earth: enough for tens of kilometres."""
    dy = (lat1 - lat2) * 111.0
    dx = (lon1 - lon2) * 111.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


# A paragraph that opens on the lead's event: "The strike, by a fighter jet …", "The attack on …"
_BACK_REFERENCE = re.compile(r"\s*The\s+(?:[\w-]+\s+)?(?:strike|air\s*strike|attack|raid|assault|ambush|blast|"
                             r"bombing|explosion|shelling|massacre)\b")


def event_town(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> PlaceMention | None:
    """The first town the paragraph after the lead puts the lead's event in, when the lead named only a
    region or the country: "A strike hit a monastery in X region, killing 31." "The strike …
    flattened the monastery in Y, a river town …" → Y."""
    if main is None or main.rank >= 3:
        return main
    paragraph = place_lead_paragraph.lead_paragraph(text)
    if paragraph is None:
        return main
    start = paragraph[1] + 1
    while start < len(text) and text[start] == "\n":
        start += 1
    if not _BACK_REFERENCE.match(text, start):
        return main
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop  # the paragraph: "1 a.m." ends no sentence
    towns = [m for m in mentions if start <= m.start < stop and m.place.kind == "city" and m.after_in
             and m.place.country == main.place.country
             and not (m.reference or m.source or m.landmark or m.container or m.dateline or m.after_from)]
    return towns[0] if towns else main


def lead_target(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> PlaceMention | None:
    """The site the lead has the attack strike, named with its kind ("shells struck the X camp on
    the outskirts of Y", "gunmen raided X village"), over the town or region it lies in."""
    if main is None:
        return main
    paragraph = place_lead_paragraph.lead_paragraph(text)
    if paragraph is None:
        return main
    pos, end = paragraph
    if not pat.may_hold(text[pos:end], place_event.TARGET_WORDS):
        return main
    lead = text[pos:end]  # TARGET tried only where one of its opening words stands
    starts = {pos + m.start(1) for m in matches_at_openers(place_event.TARGET, lead, place_targets.OPENERS)
              if m.group(2)}
    for m in mentions:
        if m.start in starts and m.place.country == main.place.country and m.place != main.place and \
                m.place.kind != "country" and not (m.source or m.dateline or m.landmark or m.after_from):
            return m._replace(reference=False)
    return main
