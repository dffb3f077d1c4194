"""Capitalised runs split into the names the gazetteer knows ("Kharkiv region", "northern Shan state",
"the Carrefour-Feuilles area"), for `places.PlaceFinder.scan`."""

from __future__ import annotations

import re

from app.extract import place_dateline, place_local, place_lookalikes
from app.extract import place_patterns as pat
from app.extract.gazetteer import Place

# Ways and crossings are often named after people ("the Salah al-Din road"): a name before one is a place
_WAYS = frozenset({"road", "crossing", "roundabout"})
# A unit word written capitalised inside the run ("Tift County", "Kisumu District"): the name before it
# is a division the gazetteer may lack, as with a lower-case one
_CAP_UNIT = re.compile(r"\s+(County|District|Province|Governorate|Oblast|Prefecture|Upazila|Tehsil|Taluka|Taluk|Valley|Island)\b")
# Words of rank before a capitalised unit word make an office, not a unit: "Chief District Officer",
# "Deputy County Commissioner"
_RANKS = frozenset({"Chief", "Deputy", "Assistant", "Additional", "Acting", "Senior", "Joint", "Principal", "Sub",
                    "Resident"})
# "the Mombasa-Nairobi highway": a way named after the two towns it joins (a facility, no place): the towns
_TWO_TOWN_WAYS = frozenset({"road", "highway"})
# the compass word a division's name opens with ("North Shewa zone", "West Pokot county")
_COMPASS_NAMES = frozenset({"North", "South", "East", "West", "Central", "Upper", "Lower"})

# A US town is written with its state after a comma ("Nashville, Ga.", "Moore, Okla.", "Selma, AL",
# "Paris, Texas"): only the namesakes in that state are meant. AP abbreviations and postal codes;
# GeoNames' admin1 code of a US town is the postal code.
_AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY",
    "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO",
    "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV",
    "Wis.": "WI", "Wyo.": "WY",
}
_STATE_NAMES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY",
}
_POSTAL = frozenset(_STATE_NAMES.values()) | {"DC"}
_STATE_AFTER = re.compile(
    r",\s+(" + "|".join(re.escape(a) for a in sorted(_AP_STATES, key=len, reverse=True)) + "|" +
    "|".join(sorted(_STATE_NAMES, key=len, reverse=True)) + r"|[A-Z]{2}(?![\w.]))")


def _compass_division(finder, words, i: int, j: int, suffix) -> bool:
    """ "North Shewa zone": a compass word opening a division's name before a lower-case unit word,
    not a country's part ("West Azerbaijan province") nor a group's name ("West Africa Province")."""
    return words[i].group() in _COMPASS_NAMES and j - i == 2 and suffix.group(1)[:1].islower() and \
        not any(c.kind == "country" for c in finder.gazetteer.lookup(words[i + 1].group()))


def state_after(text: str, end: int) -> str:
    """The postal code of the US state written after a comma at `end` ("Nashville, Ga." → "GA"), or ""."""
    if not text.startswith(",", end):
        return ""
    m = _STATE_AFTER.match(text, end)
    if m is None:
        return ""
    word = m.group(1)
    return _AP_STATES.get(word) or _STATE_NAMES.get(word) or (word if word in _POSTAL else "")


def _part_of(finder, name: str, base: str) -> tuple[Place, ...]:
    """ "northwest Syria", "eastern Sudan": a region of a country or region, at its coordinates."""
    whole = [c for c in finder.gazetteer.lookup(base) if c.kind in ("country", "region")]
    if len(whole) > 1 and whole[0].kind == "country" and whole[1].kind == "region" and whole[1].country != whole[0].country:
        # "south Georgia": the country's south, or the US state's; `division_over_country` decides
        # (the state's part keeps the state's id, the country's part none, as for a country's name)
        return (Place(0, name, whole[0].country, "", whole[0].lat, whole[0].lon, 0, "region"),
                whole[1]._replace(name=name))
    return tuple(Place(0, name, c.country, "", c.lat, c.lon, 0, "region") for c in whole[:1])


def _named_division(finder, text: str, start: int, end: int) -> bool:
    """A word of the not-places list that names a division with its unit after it: "Bay region"."""
    unit = pat.SUFFIX.match(text, end)
    return unit is not None and any(c.kind == "region" for c in finder.gazetteer.lookup(text[start : unit.end()]))


def split_cached(finder, text: str, start: int, end: int, out: list, skip_names) -> None:
    """`_split_run`, remembered by the run and its immediate context when no person's name is in it."""
    run = text[start:end]
    if run.startswith("Islamic State "):
        return  # "Islamic State Sahel Province", "Islamic State West Africa Province": an armed group
    words = run.split()
    skipped = tuple([w for w in words if w in skip_names]) if not skip_names.isdisjoint(words) else ()
    direction = pat.direction_before(text, start)
    suffix = pat.SUFFIX.match(text, end)
    key = (run, direction.group(1).lower() if direction else "", suffix.group(1) if suffix else "", skipped,
           state_after(text, end))
    found = finder._run_cache.get(key)
    if found is None:
        found = []
        _split_run(finder, text, start, end, found, skip_names)
        found = [(s - start, e - start, surface, cands) for s, e, surface, cands in found]
        if len(finder._run_cache) > 50_000:
            finder._run_cache.clear()
        finder._run_cache[key] = found
    if found:
        out.extend([(s + start, e + start, surface, cands) for s, e, surface, cands in found])


def _split_run(finder, text, start, end, out, skip_names) -> None:
    words = list(pat.NON_SPACE.finditer(text, start, end))
    base = 0
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i].group() in place_local.OPENERS:
            i += 1  # "Across Kherson region, 9 were wounded": a sentence's first word, not the name's
            continue
        found = False
        for j in range(min(len(words), i + 5), i, -1):
            s = base + words[i].start()
            e = base + words[j - 1].end()
            surface = text[s:e].rstrip("'’s") if text[e - 2 : e] in ("'s", "’s") else text[s:e]
            if text[e - 2 : e] in ("'s", "’s"):
                e -= 2
            if surface in skip_names or surface in finder.not_places and not _named_division(finder, text, s, e) or \
                    surface.isupper() and len(surface) > 3 and surface.title() in skip_names:  # "MORA:", Jorge Mora's label
                continue
            last = words[j - 1].group()
            if not (surface[:1].isupper() or pat.AL_WORD.match(surface)) or \
                    not (last[:1].isupper() or pat.AL_WORD.match(last) or last[:2] in ("d'", "d’") and last[2:3].isupper()):
                continue
            if j - i == 1 and surface[:1].isupper() and surface.lower() in ("of", "the"):
                continue
            direction = pat.DIRECTION.search(text, max(0, s - 16), s)
            suffix = pat.SUFFIX.match(text, e) or (_CAP_UNIT.match(text, e) if j < len(words) and
                                                   surface not in _RANKS and last not in _RANKS else None)
            if suffix and suffix.group(1) in _TWO_TOWN_WAYS and "-" in last and _way_towns(finder, text, s, e, out):
                i, found = j, True
                break
            if direction and not suffix:  # "northern Shan state" names the state: the suffix wins
                combined = text[direction.start(1) : e]
                cands = finder.gazetteer.lookup(combined) or _part_of(finder, combined, surface)
                if cands:
                    out.append((direction.start(1), e, combined, cands))
                    i, found = j, True
                    break
            cands = finder.gazetteer.lookup(surface)
            if not cands and pat.AL_WORD.match(surface):  # "al-Mazraa": the gazetteer's "Mazraa"
                cands = finder.gazetteer.lookup(surface[surface.index("-") + 1 :])
            if cands and e == end and (state := state_after(text, e)):
                cands = tuple(c for c in cands if c.country == "US" and c.admin1 == state) or cands
            if j - i == 1 and len(surface) <= 3 and surface.isupper():
                cands = tuple(c for c in cands if c.kind != "city")  # "UN", "AU": an acronym
            if suffix and not cands and j - i == 1 and (place_dateline.nationality(surface, finder._nationality) or
                                                        surface.endswith("s") and
                                                        place_dateline.nationality(surface[:-1], finder._nationality)):
                suffix = None  # "Russian state media", "400 Haitians crossing into …": no unit named so
            if suffix and not cands and j - i == 1 and (place_lookalikes.regional_adjective(text, surface, suffix.end()) or
                                                        place_lookalikes.peoples_adjective(text, s)):
                suffix = None  # "the Andean state of Mérida": an adjective; the unit is named after "of";
                # "a largely Bamar region": a people's
            if suffix and (cands or j - i == 1 or (j - i <= 3 and (words[i].group() not in finder.not_places or
                                                                   suffix.group(1) in _WAYS or
                                                                   _compass_division(finder, words, i, j, suffix))
                                                   and "'" not in surface and "’" not in surface)):
                # "the Carrefour-Feuilles area": "area" is no part of the name, unlike "district"
                stop = e if suffix.group(1) == "area" else suffix.end()
                named = text[s:stop]
                whole = tuple(c for c in finder.gazetteer.lookup(named) if c.kind == "region")
                region = whole or tuple(c for c in cands if c.kind != "country") or \
                    finder.gazetteer.lookup(named) or cands  # "Kharkiv region": the region, not the city
                if not whole and suffix.group(1)[:1].isupper():  # "Cook County": no small town Cook elsewhere
                    region = tuple(c for c in region if c.kind == "region" or c.population >= 50_000)
                out.append((s, stop, named, region or (None,)))
                i, found = j + suffix.group(1)[:1].isupper(), True  # past a capitalised unit word
                break
            if cands:
                out.append((s, e, surface, cands))
                i, found = j, True
                break
        if not found:
            i += 1



def _way_towns(finder, text: str, start: int, end: int, out: list) -> bool:
    """ "the Kisumu-Busia road": the towns a road is named after, each a place of its own, when the
    gazetteer knows both halves ("Jaffa-Tel Aviv", "Port-au-Prince" are no two towns)."""
    name = text[start:end]
    cut = name.rfind("-")
    first, second = name[:cut], name[cut + 1 :]
    if not first[-1:].isalpha() or not second[:1].isupper():
        return False
    a, b = finder.gazetteer.lookup(first), finder.gazetteer.lookup(second)
    if not a or not b:
        return False
    out.append((start, start + cut, first, a))
    out.append((start + cut + 1, end, second, b))
    return True
