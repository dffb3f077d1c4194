"""The lead paragraph, the first paragraph of reporting after the headline, a standfirst and the
byline, and the event place it names (its village, the valley before "of Y's Z district", the place
after a country's possessive)."""

from __future__ import annotations

import functools
import re

from app.extract import place_marks, place_standfirst, place_upstream
from app.extract import place_patterns as pat
from app.extract.place_local import numbered_camp
from app.extract.place_mention import PlaceMention

# An editor's note on what changed ("UPDATED 5:40pm: Toll revised …", "(Adds new toll …)"): no reporting
_UPDATE_NOTE = re.compile(r"\(?(?:UPDATED?|Updated|Editor['’]s\s+note|EDITOR['’]S\s+NOTE|Adds|Updates|Corrects)\b")


@functools.lru_cache(maxsize=4)  # a scan asks for the lead of its text several times
def lead_paragraph(text: str) -> tuple[int, int] | None:
    """Where the lead stands: the first paragraph of reporting after the headline, a standfirst
    and the byline."""
    pos = text.find("\n") + 1 if "\n" in text else 0
    pos = place_standfirst.after_byline(text, pos)  # a standfirst above the byline is no lead
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        words = text[pos:end].split()
        if len(words) >= 12 and not _UPDATE_NOTE.match(text, pos) and sum(w[:1].islower() for w in words) >= 8 and \
                words[-1].endswith((".", "\"", "”")):
            return place_standfirst.past_standfirst(text, pos, end)  # reporting, not a byline or a dateline
        pos = end + 1
    return None


# "in the village of Pajut", "in Kyauk Pan village": a settlement the text presents as one
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|hamlet)\s+of\s+$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet|township)\b")  # (a Myanmar township: "in Kani township")


def event_settlement(text: str, mentions: list[PlaceMention], main: PlaceMention | None) -> PlaceMention | None:
    """The event's village, when the lead's place is a region or country and the lead or the
    paragraph after it puts the event in a village of it ("struck camps around the village of X in
    Y county"): the most specific place named for the event. A village it was only near is not."""
    if main is None or main.rank >= 3:
        return main
    paragraph = lead_paragraph(text)
    if paragraph is None:
        return main
    pos, end = paragraph
    end = pat.next_paragraph_end(text, end)
    for m in mentions:
        if m.start < pos or m.start >= end or not m.after_in or m.reference or m.source or m.dateline or \
                m.after_from or m.possessive or m.place.kind == "country":
            continue
        after = _SETTLEMENT_AFTER.match(text, m.end)
        if m.place.country not in ("", main.place.country) and not (after and main.place.country):
            continue
        if after or _SETTLEMENT_BEFORE.search(text, max(0, m.start - 30), m.start):
            if m.place.country not in ("", main.place.country):  # "in Kani township" of Sagaing, not Kani, Japan
                m = m.made_part_of(main.place)
            return m._replace(reference=False)
    return main


def lead_place(text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place of the event the article reports: named in its lead, the first paragraph of
    reporting after the headline and the dateline."""
    paragraph = lead_paragraph(text)
    if paragraph is None:
        return None
    pos, end = paragraph
    sentence_end = pat.SENTENCE_END.search(text, pos, end)
    end = sentence_end.end() if sentence_end else end
    headline_end = text.find("\n") if "\n" in text else 0
    named = {m.place for m in mentions if m.start < headline_end and not m.reference and not m.source
             and not pat.FACILITY_AFTER.match(text, m.end)}  # "…, Sudan Doctors Network says": a source
    in_dateline = _dateline_mentions(text, mentions)  # "BAMENDA, Cameroon —": where the reporter is
    head = _DATELINE_HEAD.match(text, pos)
    if head is not None:
        in_dateline |= {m.start for m in mentions if pos <= m.start < head.end()}

    def reporting(pos: int, end: int) -> list[PlaceMention]:
        return [m for m in mentions if pos <= m.start < end and not m.source and not m.reference and not m.seat
                and m.start not in in_dateline and not numbered_camp(m.surface)  # "in Camp 11": a part of the camps
                and (not m.possessive or m.place in named)]  # "Pakistan declares …" / "Pakistan's government"

    lead = reporting(pos, end)
    placeless = not any(pos <= m.start < end and not m.source and not m.possessive for m in mentions)
    if (placeless or named and not any(m.place in named for m in lead)) and pos <= headline_end + 3 and head is None \
            and not _ANY_DATELINE.match(text, pos):  # (or one naming no place but its source's: "X's governor …")
        # a standfirst right under the headline about a side matter ("… as a hospital in Deir el-Balah
        # says it has run out of beds"): the paragraph after it, when that one names the headline's place
        nxt = pat.next_paragraph_end(text, paragraph[1])
        after = reporting(paragraph[1] + 1, nxt) if nxt > paragraph[1] else []
        if any(m.place in named and m.place.kind != "country" for m in after) or placeless and after:
            lead = after
    near = [m for m in mentions if pos <= m.start < end and not m.landmark and not m.source
            and m.place.kind != "country" and pat.on_edge(text, m)]
    if near:  # "on the outskirts of Kouakourou, a rural commune of the Djenné cercle": the places that locate it
        lead = [m for m in lead if not pat.apposed_to(text, near, m)]
    if not lead:  # "seized from a bus near Bandiagara": the town the event was near
        lead = [m._replace(reference=False) for m in near]
    if not lead:  # "the X State Emergency Agency said …" under a headline on X: X
        return place_upstream.headline_scope(text, pos, end, mentions, named)
    acting = [m for m in lead if not pat.ACTOR_AFTER.match(text, m.end)]  # "a Myanmar military air strike"
    if not acting:  # "the Balochistan government spokesperson" under "Mastung bazaar bombing: …": the headline's
        acting = [m for m in mentions if m.start < headline_end and m.place in named and m.place.kind != "country"]
    lead = acting or lead
    # the headline's "X" is the lead's "the X region" the text presents with its unit word
    titled = {_bare(m.surface) for m in mentions if m.start < headline_end and m.place in named
              and not m.place.geonameid}  # a local name both times, never a gazetteer island
    best = min(lead, key=lambda m: (m.place not in named and not (
        not m.place.name and _bare(m.surface) in titled and not _CAPITAL_BEFORE.search(text, max(0, m.start - 20), m.start)),
        m.possessive and m.place.kind != "country",  # "southern Brazil's Santa Catarina state": the state
        m.start))
    if best.place.kind != "country" and (inner := next((
            m for m in lead if m.end <= best.start and m.listed <= 1 and m.place.kind != "country" and
            (_UNIT_OF_BETWEEN if not best.possessive else _OF_BETWEEN).fullmatch(text, m.end, best.start)), None)):
        # "in the Buleda valley of Balochistan's Kech district": the valley; "in Bassa local government
        # area of central Nigeria's Plateau state": Bassa
        return inner._replace(reference=False)
    if best.listed > 1 and best.place.kind != "country" and (whole := next(
            (m for m in mentions if m.place.kind == "country" and m.place.country == best.place.country), None)):
        return whole._replace(reference=False)  # "crossed Penama and Malampa provinces": the country
    if best.place.kind == "country":  # "Peru mine collapse" over "… trapped in X, a settlement up in Peru's Andes": X
        best = next((m for m in lead if m.start < best.start and m.after_in and m.place.kind != "country"
                     and m.place.country == best.place.country), best)
    if best.container:  # "a mass grave outside El Geneina, the capital of West Darfur state"
        inner = [m for m in mentions if pos <= m.start < best.start and not m.landmark and not m.source
                 and m.start not in in_dateline and not m.possessive]  # not "Pakistan's" before "Bannu district"
        if (first := place_marks.innermost(inner, best.place.country)) is not None:
            return first._replace(reference=False)
    return _part_after(text, lead, best)


# A dateline in any case: "Kabul (dpa) - ", "BUDUDA - ": reporting, no standfirst
_ANY_DATELINE = re.compile(r"[A-Z][\w'’ .-]{1,30}?(?:,[^—–\n(:]{0,40})?\s*(?:\([^)\n]{0,30}\)\s*)?(?:[—–]|-\s)")


def _dateline_mentions(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Starts of the dateline's places: the city and a country written right after it
    ("MAKURDI, Nigeria (AP) —"). A dateline alone does not set the place."""
    out = set()
    prev = None
    for m in mentions:
        if m.dateline or (prev is not None and prev.start in out and text[prev.end : m.start] in (", ", " (")):
            out.add(m.start)
        prev = m
    return out


_OF_BETWEEN = re.compile(r"\s+of\s+")  # "the X valley of Y's Z district": X, in Y's Z
_UNIT_OF_BETWEEN = re.compile(r"\s+(?:local\s+government\s+area|district|sub-district|county|sub-county|municipality|"
                              r"township|commune|tehsil|upazila|LGA)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?"
                              r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:[a-z-]+\s+)?)?")
# Between a country's possessive and a place in it: "Nigeria's north-central Benue state"
_PART_BETWEEN = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}")


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")  # "Central Sulawesi province": more than "Sulawesi"


def _bare(surface: str) -> str:
    """A name without its unit word: "Zona da Mata region" → "zona da mata"."""
    unit = pat.SUFFIX.search(surface)
    return (surface[: unit.start()] if unit else surface).lower()


def _part_after(text: str, lead: list[PlaceMention], best: PlaceMention) -> PlaceMention:
    """A country named only as the owner of the place after it ("in Nigeria's north-central
    Benue state") gives way to that place, the more specific one."""
    if best.place.kind != "country":
        return best
    nxt = next((m for m in lead if m.start > best.start), None)
    if nxt is not None and nxt.place.kind != "country" and nxt.place.country == best.place.country \
            and _PART_BETWEEN.fullmatch(text, best.end, nxt.start):
        return nxt
    return best


# A byline or a publication line: "By Jane Doe", "Jane Doe | Published May 3, 2026", "Published On 2 Apr 2026"
# The dateline that opens the lead: "JOS, Nigeria (AP) —", "KHAR:", "PORT SUDAN, March 9 (Reuters) -"
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’ .-]{1,40}(?:,[^—–\n(:]{0,40})?(?:\s*\([^)\n]{0,40}\))?\s*(?:[—–:]|-\s)")
