"""How far a figure's place reaches: the headline's country and broad place against the lead's
event place, the figure's own clause, two joined countries, war-long tolls and national sources
(the whole country) and single events (the event place); deaths at sea are place_sea's."""

from __future__ import annotations

import re
from collections import Counter

from app.extract import place_patterns as pat
from app.extract import place_clauses, place_fallback, place_region
from app.extract.place_joined import whole as _whole
from app.extract.place_lead_paragraph import lead_paragraph
from app.extract.place_mention import ArticlePlaces, PlaceMention


def headline_country(text: str, mentions: list[PlaceMention]) -> str | None:
    """The country of the event the headline names ("truce holds in Gaza", "Israel counts its dead"; the
    label of "CÔTE D'IVOIRE: Arrivals from Burkina Faso"; not "cross into X"): it outranks the body's."""
    end = headline_end(text)
    if end <= 0:
        return None
    named = [m for m in mentions if m.end <= end and not m.source and not m.reference and not m.possessive and not
             m.dateline and (m.after_in or m.place.kind == "country") and not text.endswith(" into ", 0, m.start)
             and not text.endswith((" border with ", " frontier with "), 0, m.start)]  # ("Poland's frontier with Belarus")
    label = {m.place.country for m in named if not m.start and m.surface.isupper() and text.startswith(":", m.end)}
    codes = label or {m.place.country for m in [m for m in named if text[max(0, m.start - 5) : m.start] != "from "]
                      or named if m.place.country}
    return codes.pop() if len(codes) == 1 else None


def headline_end(text: str) -> int:
    """Where the headline ends: a first line that is no sentence of reporting ("Floods in
    Pakistan have killed … on Tuesday."), else 0."""
    end = text.find("\n")
    line = text[:end].rstrip() if end > 0 else ""
    if not line or line.endswith((".", "\"", "”")) or len(line.split()) > 25:
        return 0
    return end


def _is_the_country(article: ArticlePlaces, m: PlaceMention) -> bool:
    """`m` names the whole country or territory, as the article names it ("Gaza", "Sudan")."""
    whole = country_named(article, m.place.country)
    return m.place.kind == "country" or (whole is not None and whole.surface == m.surface)


def in_headline(text: str, article: ArticlePlaces, place: PlaceMention | None,
                start: int) -> PlaceMention | None:
    """A headline figure placed in a whole country or territory ("seven killed in Gaza"), or only near a place,
    takes the lead's event place there ("Deir al-Balah"), unless the headline's event spreads wide (floods)."""
    main = article.main
    if start != 0 or place is None or not headline_end(text) or main is None:
        return place
    if main.place.country == place.place.country and (
            (_is_the_country(article, place) and main.rank > place.rank and not
             pat.WIDE_EVENT.search(text, 0, headline_end(text))) or
            (place.reference and main.surface != place.surface)):
        return main  # "relocated as Russian push near Kharkiv": the lead's "in the Kharkiv region"
    return place


# Where one clause of a sentence ends and another, with its own place, begins: ";", ", but",
# ", after the …",
# "because"… Written to open with a set of characters (";", ",", "b") that the regex engine skips
# ahead to; the "b" of "because" opens a word.
CLAUSE_BREAK = re.compile(r"[;,bB](?:(?<=;)|(?<=,)(?i:\s+and\s+that\b|\s+but\b|\s+when\b|\s+after\s+(?:an?|the)\b|\s+(?:while|whereas)\b|"
                          r"\s+as\s+(?!well\b|many\b|much\b|of\b|part\b|a\s+result\b))|"
                          r"(?<=[bB])(?<!\w[bB])(?i:ecause)\b)")


# A clause after the figure that describes its place ("killed in North Darfur state, where the RSF
# besieged El Fasher"): its places are not the figure's
WHERE_AFTER = re.compile(r",\s+where\b")


def own_clause(text: str, inside: list[PlaceMention], start: int, end: int, anchor: int,
               window: tuple[int, int] | None) -> list[PlaceMention]:
    """The places of the figure's own clause ("killed in Sudan since April, but says … Darfur" →
    Sudan); with none, the places of the clause of the number before it are no longer candidates
    ("61 of them in Omdurman, and that more than 1,000 had been wounded")."""
    if not text or not inside:
        return inside
    clause_start = start
    for m in CLAUSE_BREAK.finditer(text, start, anchor):
        clause_start = m.end()
    breaks = [m.start() for m in (CLAUSE_BREAK.search(text, anchor, end), WHERE_AFTER.search(text, anchor, end)) if m]
    clause_end = min(breaks) if breaks else end
    own = [m for m in inside if clause_start <= m.start < clause_end]
    if not own and clause_start == start and place_clauses.dated_when(text, clause_end, end):
        return [m for m in inside if m.start < clause_end]  # "… since May 2021, when X shelled Y": Y dates it
    if own or clause_start == start:
        return own or inside
    if window is not None:
        return [m for m in inside if not window[0] <= m.start < clause_start]
    return inside


# A toll that runs over the whole war or year, or adds everything up: a figure for the country
CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?(?:the\s+)?(?:war|fighting|conflict|"
    r"invasion|hostilities|coup|takeover|uprising)\b(?!\s+(?:in|of|for)\s+[A-Z])|"
    r"\bsince\s+the\s+(?:military|army|junta|taliban)\s+(?:seized|took|grabbed)\s+power\b|"
    r"\b(?:civil\s+)?war\s+(?:that|which)\s+(?:has\s+|had\s+)?killed\b|"
    r"\b(?:so\s+far\s+this\s+year|in\s+total|overall|cumulative|"
    r"since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|"  # a date years back: "since Feb. 1, 2021"
    r"since\s+(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d|"
    r"in\s+the\s+first\s+(?:\w+\s+)?(?:months?|weeks?|half|quarter)\s+of\s+(?:the|this)\s+year)\b", re.IGNORECASE)

# Words one of which each match of CUMULATIVE holds
_CUMULATIVE_WORDS = ("since", "far", "total", "overall", "cumulative", "war", "first")

# "the deadliest attack since the war began": the time phrase ranks the event, it counts nothing
SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|largest|biggest|highest|first|bloodiest|heaviest|most\s+\w+)\b[^.;:]*$",
                         re.IGNORECASE)
# One event whose victims are counted: "in the strike", "the first strike", "the blast"
EVENT = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|blast|bombing|bomb|explosion|raid|flood|"
                   r"earthquake|quake|crash|fire|collapse|stampede|shooting|massacre|ambush|landslide|mudslide|"
                   r"cloudburst|cyclone|typhoon|hurricane|eruption|avalanche|shipwreck)\b",
                   re.IGNORECASE)
# Words one of which each match of EVENT holds
_EVENT_WORDS = ("strike", "attack", "blast", "bomb", "explosion", "raid", "flood", "quake", "crash", "fire",
                "collapse", "stampede", "shooting", "massacre", "ambush", "landslide", "mudslide", "cloudburst",
                "cyclone", "typhoon", "hurricane", "eruption", "avalanche", "shipwreck")


def settle(text: str, article: ArticlePlaces, own: PlaceMention | None, place: PlaceMention | None,
           start: int, end: int, anchor: int) -> PlaceMention | None:
    """The place of a figure whose own sentence gave `own` (or nothing) and the paragraph `place`.

    A place the figure is said to be in stays. Otherwise a war-long or year-long toll ("killed
    since the war began", "so far this year") is the country's, and a figure with no place, and
    about no single event, is the whole country or territory of its source: the body's own ("the
    Gaza health ministry", "Turkey's disaster agency") or the article's country where the source
    works ("the UN office in Haiti said … It recorded 846 homicides"); else the event place.
    """
    main = article.main
    if main is None or (own is not None and (own.after_in or _whole(own) or own.country_wide)):
        return place or main
    sentence = text[start:end]
    if own is None and ("provincial" in sentence or "regional" in sentence or "state" in sentence) and \
            place_region.REGIONAL_SOURCE.search(text, start, end):
        region = place_region.article_region(article)
        if region is not None:  # "the provincial health department said 324 had died": the province
            return region
    cue = CUMULATIVE.search(text, start, end) if pat.may_hold(sentence, _CUMULATIVE_WORDS) else None
    if cue and not _event_in(text, start, end) and not SUPERLATIVE.search(text, start, cue.start()) and \
            not any(m.rank >= 2 and not m.country_wide for m in article.within(start, end)):  # "police in X said"
        whole = country_named(article, main.place.country)
        if whole is not None:
            return whole
    if own is None and not _about_an_event(text, start, end):
        bodies = [m for m in article.within(start, anchor) if m.body and _whole(m)]
        paragraph = text.rfind("\n", 0, anchor) + 1
        sources = bodies or ([] if place is not None else [
            m for m in article.within(paragraph, anchor) if m.source and _whole(m)
            and (m.body or m.place.country == main.place.country)])
        if sources and not (sources[-1].place.country == main.place.country and main.rank > sources[-1].rank
                            and not _WIDE_AREA.search(text, start, end) and _lead_event(text, start)):
            # (a body of the event's own country, a few paragraphs after a lead that tells of one event
            # — "a car bomb tore through a minibus near X" … "Syria's Health Ministry said 19 people had
            # been killed" — counts that event's dead: the event's place below)
            return sources[-1]._replace(source=False, body=False)
    if place is None and own is None and (lead := lead_paragraph(text)) is not None and anchor > lead[1] and \
            (early := place_fallback.country_before_main(article, end)) is not None:
        return early  # (after the headline and lead, which tell of what the paragraphs below place)
    return place or place_fallback.main_for_figure(article)  # "western Nepal" → Nepal


def _about_an_event(text: str, start: int, end: int) -> bool:
    """The sentence, or the one before it, counts the victims of one event."""
    head_end = max(0, start - 2)  # text[:head_end].rstrip(), without the copy
    while head_end > 0 and text[head_end - 1].isspace():
        head_end -= 1
    before = max(text.rfind(". ", 0, head_end), text.rfind("\n", 0, head_end)) + 1
    return _event_in(text, before, end)


# "the number of deaths in areas held by the opposition", "across the country": wider than one event
_WIDE_AREA = re.compile(r"\b(?:areas?|across|nationwide|countrywide|throughout|regions?|provinces?|districts)\b")


def _lead_event(text: str, start: int) -> bool:
    """The lead tells of one event and the sentence at `start` stands in the paragraphs after it."""
    lead = lead_paragraph(text)
    return lead is not None and lead[1] <= start and text.count("\n\n", lead[1], start) <= 3 and \
        _event_in(text, lead[0], lead[1])


def _event_in(text: str, start: int, end: int) -> bool:
    """`EVENT` searched in text[start:end] only when one of its event words is there."""
    return pat.may_hold(text[start:end], _EVENT_WORDS) and EVENT.search(text, start, end) is not None


def country_named(article: ArticlePlaces, code: str) -> PlaceMention | None:
    """The article's own mention of the country or territory `code`, the most often named form."""
    wholes = [m for m in article.mentions if m.place.country == code and not m.country_wide
              and (m.place.kind == "country" or (m.place.kind == "region" and m.place.geonameid < 0))]
    if not wholes:
        return None
    counts = Counter(m.surface for m in wholes)
    first = {}
    for m in wholes:
        first.setdefault(m.surface, m)
    best = max(counts, key=lambda name: (counts[name], -first[name].start))
    return first[best]


def fled_country(article: ArticlePlaces) -> PlaceMention | None:
    """The country refugees fled when they went to more than one: the article's own country."""
    return country_named(article, article.main.place.country) if article.main is not None else None


def too_many_for(text: str, article: ArticlePlaces, place: PlaceMention | None,
                 anchor: int, value: float | None = None) -> PlaceMention | None:
    """A figure (`value`, else read from the digits at `anchor`) larger than the population of the
    town it fell back on cannot be about that town ("Nearly 640,000 remain displaced", "about five
    million" in a story from a town of 25,000): it is the country's, as the article names it."""
    if place is None or place.place.kind != "city" or not place.place.population:
        return place
    if value is None:
        number = _NUMBER.match(text, anchor)
        if number is None:
            return place
        value = float(number.group(1).replace(",", "")) * _SCALE.get((number.group(2) or "").lower(), 1)
    if value <= 2 * place.place.population:  # a whole town and its surroundings
        return place
    whole = country_named(article, place.place.country)
    return whole if whole is not None else place


_NUMBER = re.compile(r"(?:[A-Za-z]+\s+){0,3}?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|m|mn|billion|bn)\b)?", re.IGNORECASE)
_SCALE = {"million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
