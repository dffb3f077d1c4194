"""Capitalised runs split into the names the gazetteer knows ("Kharkiv region", "northern Shan state",
"the Carrefour-Feuilles area"), for `places.PlaceFinder.scan`."""

from __future__ import annotations

import re

from app.extract import place_dateline, place_local
from app.extract import place_patterns as pat
from app.extract.gazetteer import Place

# Ways and crossings are often named after people ("the Salah al-Din road"): a name before one is a place
_WAYS = frozenset({"road", "crossing", "roundabout"})
# A unit word written capitalised inside the run ("Tift County", "Kisumu District"): the name before it
# is a division the gazetteer may lack, as with a lower-case one
_CAP_UNIT = re.compile(r"\s+(County|District|Province|Governorate|Oblast|Prefecture|Upazila|Tehsil)\b")


def _part_of(finder, name: str, base: str) -> tuple[Place, ...]:
    """ "northwest Syria", "eastern Sudan": a region of a country or region, at its coordinates."""
    whole = [c for c in finder.gazetteer.lookup(base) if c.kind in ("country", "region")]
    return tuple(Place(0, name, c.country, "", c.lat, c.lon, 0, "region") for c in whole[:1])


def split_cached(finder, text: str, start: int, end: int, out: list, skip_names) -> None:
    """`_split_run`, remembered by the run and its immediate context when no person's name is in it."""
    run = text[start:end]
    words = run.split()
    skipped = tuple([w for w in words if w in skip_names]) if not skip_names.isdisjoint(words) else ()
    direction = pat.direction_before(text, start)
    suffix = pat.SUFFIX.match(text, end)
    key = (run, direction.group(1).lower() if direction else "", suffix.group(1) if suffix else "", skipped)
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
            if surface in finder.not_places or surface in skip_names:
                continue
            last = words[j - 1].group()
            if not surface[:1].isupper() or not (last[:1].isupper() or pat.AL_WORD.match(last) or
                                                 last[:2] in ("d'", "d’") and last[2:3].isupper()):
                continue
            if j - i == 1 and surface[:1].isupper() and surface.lower() in ("of", "the"):
                continue
            direction = pat.DIRECTION.search(text, max(0, s - 16), s)
            suffix = pat.SUFFIX.match(text, e) or (_CAP_UNIT.match(text, e) if j < len(words) else None)
            if direction and not suffix:  # "northern Shan state" names the state: the suffix wins
                combined = text[direction.start(1) : e]
                cands = finder.gazetteer.lookup(combined) or _part_of(finder, combined, surface)
                if cands:
                    out.append((direction.start(1), e, combined, cands))
                    i, found = j, True
                    break
            cands = finder.gazetteer.lookup(surface)
            if j - i == 1 and len(surface) <= 3 and surface.isupper():
                cands = tuple(c for c in cands if c.kind != "city")  # "UN", "AU": an acronym
            if suffix and not cands and j - i == 1 and place_dateline.nationality(surface, finder._nationality):
                suffix = None  # "Russian state media", "Tajik state news agency": no unit named Russian
            if suffix and (cands or j - i == 1 or (j - i <= 3 and (words[i].group() not in finder.not_places or
                                                                   suffix.group(1) in _WAYS)
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

