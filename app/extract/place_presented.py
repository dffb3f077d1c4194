"""More ways an article presents a name as a place the gazetteer lacks or knows only as a small town:
"an outpost at X, north of the city", "attacked X, 20 km south of Y", "the attack on X, in Y district" (a
site located from another or in its unit);
"at X, Nairobi,", "in X, Y Local Government Area" (a place named with the town or unit that holds it);
"new arrivals in X", "bodies found in X" (where people arrived, sheltered, were found); "gang attacks on X"
(a target the gazetteer knows as a town)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract.place_openers import matches_at_openers

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*){0,2}"
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_UNIT = r"(?:department|province|district|state|region|county|municipality|governorate|prefecture|territory|township)"
# "at X, north of the city", "attacked X, about 20 km south-west of Y": a site placed from another (the
# comma and the distance and direction after the name found first, then the preposition or verb before it)
_LOCATED_TAIL = re.compile(r",\s+(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:[\d.,]+\s*(?:km|kilometres|"
                           r"kilometers|miles)\s+)?(?:\(\s*[\d.,]+\s*(?:km|miles)\s*\)\s+)?" + _COMPASS +
                           r"(?:ern)?\s+of\b"
                           r"|,\s+in\s+the\s+(?:(?:city|town|capital)['’]s\s+)?" + _COMPASS + r"\b"
                           r"|,\s+(?:near|close\s+to|on)\s+the\s+(?:border|frontier)\s+with\s+[A-ZÀ-Þ]"  # "at X, near the border with Y"
                           # "the attack on X, in Gwoza Local Government Area", "part of X, in the department of Y"
                           r"|,\s+in\s+(?:the\s+)?(?:[a-z-]+\s+)?" + _UNIT + r"\s+of\s+[A-ZÀ-Þ]"
                           r"|,\s+in\s+" + _NAME + r"\s+(?:Local\s+Government\s+Area|LGA|" + _UNIT + r")\b")
_LOCATED_HEAD = re.compile(r"\b(?:at|in|on|near|into|from|part\s+of|attacked|struck|hit|overran|raided|stormed|shelled)\s+(" +
                           _NAME + r")$")
# "11,200 new arrivals in X", "sheltering in X", "bodies found in X": where the counted people are
ARRIVED_IN = re.compile(r"\b(?:arrivals|arrived|sheltering|sheltered|stranded|trapped|found|drowned|rescued|"
                        r"detained|arrested|relocated|resettled|registered)\s+(?:[a-z-]+\s+){0,3}?in\s+(" + _NAME +
                        r")(?![\w'’-])")
_ARRIVED_OPENERS = ("arrivals", "arrived", "sheltering", "sheltered", "stranded", "trapped", "found", "drowned",
                    "rescued", "detained", "arrested", "relocated", "resettled", "registered")
# "gang attacks on X", "repeated raids on X": the target of attacks, a place when the gazetteer has a town X
ATTACKS_ON = re.compile(r"\b(?:attacks|raids|assaults|incursions|offensives)\s+on\s+(" + _NAME + r")(?![\w'’-])")
_ATTACK_OPENERS = ("attacks", "raids", "assaults", "incursions", "offensives")


# "in Dolow", "In Dolow, arrivals …", "into Dolow": a name of one or two capitalised words the article
# puts after a preposition of place, not the head of a longer name ("in Human Rights Watch") nor an owner
_PLACE_NAME = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})?)(?![\w'’-]|\s+[A-ZÀ-Þ\d(]|['’]s\b)")
_IN_CUES = (" in ", " into ", " near ", "\nIn ", ". In ")


# A headline opening on a name and its event: "Limbayat building collapse: …", "Una-Sana floods: …"
_HEADLINE_EVENT = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})?)\s+(?:(?:building|mine|boat|bus|"
                             r"ferry|market|bridge|dam|school|prison|camp|factory)\s+)?(?:collapse|blast|bombing|"
                             r"floods?|flooding|landslides?|mudslides?|wildfire|massacre|shelling|earthquake|quake|"
                             r"explosion|stampede|killings|sinking|capsize|fire|exhumations?|raids?|air\s?strikes?|"
                             r"attacks?|ambush|clashes|shootings?|kidnappings?|abductions?|outbreak|crackdown)\b")


def repeated_in(text: str) -> list[str]:
    """Names the article puts after "in", "into" or "near" at least twice: "…arrive in Dolow",
    "Site committees in Dolow": a place, as a person or a body is seldom written that way. A
    headline that opens on the name and its event ("Limbayat building collapse: …") counts once.
    (The cues are found with `str.find`: a regex opening on a word boundary is tried at every character.)"""
    seen: dict[str, int] = {}
    head = _HEADLINE_EVENT.match(text)
    if head is not None:
        seen[head.group(1)] = 1
    starts = [3] if text.startswith("In ") else []
    for cue in _IN_CUES:
        at = text.find(cue)
        while at >= 0:
            starts.append(at + len(cue))
            at = text.find(cue, at + 1)
    for at in starts:
        if (m := _PLACE_NAME.match(text, at)) is not None:
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    return [name for name, n in seen.items() if n >= 2]


# "left Sebagoro in Kikuube district", "attacked Galkogo in Shiroro LGA": a name placed in a named unit (the
# unit found after each " in ", the verb and the name before it)
_IN_UNIT_AFTER = re.compile(r"(?:the\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+(?:district|province|county|region|"
                            r"state|governorate|department|municipality|LGA|Local\s+Government\s+Area|sub-county|"
                            r"tehsil|upazila|territory|regency)\b")
_IN_UNIT_BEFORE = re.compile(r"\b(?:left|leaving|from|at|near|reached|reaching|attacked|raided|struck|hit|into|to)\s+("
                             r"[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})?)$")


def _in_units(text: str) -> list[str]:
    out = []
    at = text.find(" in ")
    while at >= 0:
        if _IN_UNIT_AFTER.match(text, at + 4) and (m := _IN_UNIT_BEFORE.search(text, max(0, at - 60), at)):
            out.append(m.group(1))
        at = text.find(" in ", at + 1)
    return out


# "caved in at Kahawa West, Nairobi, on Saturday", "stormed the market in Gwanara, Baruten Local Government
# Area": a name followed by the town or unit that holds it (the holder is checked by the caller)
# (what may follow the holder: a stop, a time or place word, or the holder's unit)
_HOLDER_END = (r"(?=\s*[,.;]|\s+(?:on|in|at|last|this|early|late|after|before|when|where|during|overnight)\b|"
               r"\s+(?:Local\s+Government\s+Area|LGA|" + _UNIT + r")\b)")
CHAIN = re.compile(r"(?:[Ii]n|[Aa]t|[Nn]ear)\s+(" + _NAME + r"),\s+(?:the\s+)?(" + _NAME + r")" + _HOLDER_END)
# … or held by "in": "attacked fishing camps at Todonyang in Turkana North on Sunday"
CHAIN_IN = re.compile(r"(?:[Aa]t|[Nn]ear)\s+(" + _NAME + r")\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?"
                      r"(" + _NAME + r")" + _HOLDER_END)
_UNIT_AFTER = re.compile(r"\s+(?:Local\s+Government\s+Area|LGA|" + _UNIT + r")\b")
# A facility's name is no settlement ("at Kenyatta National Hospital, Nairobi")
_FACILITY_END = re.compile(r"(?:Hospital|Clinic|School|College|University|Church|Cathedral|Mosque|Temple|Market|Stadium|"
                           r"Airport|Station|Prison|Hall|Centre|Center|Hotel|Bridge|Road|Street|Avenue|Highway|Mall|"
                           r"Court|House|Office|Base|Barracks|Port|Mine|Plant|Factory|Park)$")

_UNIT_END = re.compile(r"\s(?i:" + _UNIT + r"|LGA|Area)$")  # "in Tonj East County, Warrap State": a unit, read elsewhere

_COMPASS_PARTS = ("North", "South", "East", "West", "Central")
_KIND_OPENERS = ("Barangay ", "Brgy", "Kampung ", "Kampong ", "Kibbutz ", "Moshav ")  # read with their kind elsewhere


def chained_names(text: str, known: Callable[[str], tuple]) -> list[str]:
    """Names `text` places by the town or unit that holds them ("at Kahawa West, Nairobi, on
    Saturday", "in Gwanara, Baruten Local Government Area"): the holder is a unit by its word, or a
    place the gazetteer knows; the name itself is left to the caller's checks (a known town, a
    person, a month)."""
    out = []
    chained = matches_at_openers(CHAIN, text, ("in ", "In ", "at ", "At ", "near ", "Near "))
    held_in = matches_at_openers(CHAIN_IN, text, ("at ", "At ", "near ", "Near ")) if " in " in text else []
    for m in [*chained, *held_in]:
        name, holder = m.group(1), m.group(2)
        if _FACILITY_END.search(name) or name.isupper() or _UNIT_END.search(name) or \
                name.startswith(_KIND_OPENERS):
            continue
        base, _, compass = holder.rpartition(" ")  # "Turkana North": a part of Turkana the gazetteer knows
        if _UNIT_AFTER.match(text, m.end()) or any(p.kind != "country" or p.population for p in known(holder)) or \
                compass in _COMPASS_PARTS and any(p.kind != "country" for p in known(base)):
            out.append(name)
    return out


def presented_names(text: str, known: Callable[[str], tuple]) -> list[str]:
    """Names `text` presents as places by the phrasings above, in order; a target of attacks only
    when the gazetteer knows a town of that name ("attacks on Hamas" is no place)."""
    out = []
    for tail in _LOCATED_TAIL.finditer(text) if " of" in text or " border with " in text else ():
        head = _LOCATED_HEAD.search(text, max(0, tail.start() - 60), tail.start())
        if head is not None:
            out.append(head.group(1))
    if " in " in text:
        out += [m.group(1) for m in matches_at_openers(ARRIVED_IN, text, _ARRIVED_OPENERS)]
        out += repeated_in(text)
        out += _in_units(text)
    if ", " in text:
        out += chained_names(text, known)
    if " on " in text:
        out += [m.group(1) for m in matches_at_openers(ATTACKS_ON, text, _ATTACK_OPENERS)
                if any(p.kind == "city" for p in known(m.group(1)))]
    return out
