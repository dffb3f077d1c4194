"""The countries an article establishes, and the choice among same-named gazetteer places: a
namesake in a country the article never names is taken only when it is a large place or a capital
and no candidate lies in a country the article names; words of an organisation's name are no place."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

from app.extract.gazetteer import REGION_ID_BASE, Place, normalise_name
from app.extract import place_namesake

# Places this large (or capitals) may stand for themselves in an article that never names their country
LARGE = 100_000

# The last word of an organisation's name: "Human Rights Watch", "Oromo Liberation Front"
ORG_END = re.compile(
    r"\s(?:Watch|Front|Army|Movement|Forces?|Council|Party|Brigades?|Organi[sz]ation|Committee|Union|"
    r"Alliance|Network|Group|Coalition|Society|Foundation|Commission|Agency|Fund|Programme|Program|Corps|Battalions?|"
    r"Guards?|Militias?|Institute|Centre|Center|Office|Project|Federation|Association|Mission|Crescent|"
    r"Cross|International|Monitor|Observatory|Ministry|Authority|Police|Administration|Directorate|"
    r"Command|Initiative|Trust|Tribunal|Court|Rights|(?<!West\s)(?<!Left\s)Bank|Times|Post|News|Radio)$")  # not "the West Bank"
# A facility, not a body, though its name ends like one's: the town it opens with is where it is
FACILITY_END = re.compile(r"\s(?:Rehabilitation|Detention|Correctional|Reception|Transit|Evacuation|Treatment|"
                          r"Isolation|Deportation)\s+(?:Centre|Center)$")
# A Spanish or Portuguese office named after a common noun: "Defensoría del Pueblo" (the people's
# ombudsman, no "Pueblo"), "Ministério do Interior", "Consejo de Estado"
ROMANCE_ORG_END = re.compile(r"\s(?:de|del|do|da)\s+(?:Pueblo|Povo|Estado|Trabajo|Trabalho|Interior|Gobierno|"
                             r"Governo|Ej[eé]rcito|Ex[eé]rcito|Tesoro|Tesouro|Congreso|Senado|Justicia|Justi[cç]a)$")
# A name followed by a group noun is a group's name: "Fano militia", "Fano fighters"
# ("the Bakhmut front" is a place: a front line)
GROUP_AFTER = re.compile(r"\s+(?:militias?|militiamen|fighters|forces|rebels|army|insurgents|"
                         r"brigades?|gunmen|guerrillas|faction|paramilitar(?:y|ies))\b")
# Nationality adjectives: "South Sudanese", "Ethiopian", "Congolese", "Pakistani"
_ADJECTIVE = r"[A-Z][a-z]{2,}(?:ese|ian|an|i|ish)"
DEMONYM = re.compile(r"\b(?:(South|North|Central|East|West)\s+)?(" + _ADJECTIVE + r")\b")
_ADJECTIVE_WORD = re.compile(_ADJECTIVE + r"\b")
_COMPASS = frozenset(("South", "North", "Central", "East", "West"))


def organisation_spans(text: str, runs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised runs that name an organisation or an armed group."""
    out = []
    for start, end in runs:
        run = text[start:end]
        if " " in run and FACILITY_END.search(run):
            if _LOCATED_IN.match(text, end):  # "the Imbabura … Centre in Ibarra": the town says where
                out.append((start, end))
            continue  # "the Machala Social Rehabilitation Centre": a prison in Machala, no organisation
        if (" " in run and (ORG_END.search(run) or ROMANCE_ORG_END.search(run))) or (not run.endswith(("'s", "’s")) and GROUP_AFTER.match(text, end)):
            out.append((start, end))
    return out


_LOCATED_IN = re.compile(r",?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:(?:city|town)[ \t]+of[ \t]+)?[A-Z]")
_ARMED_END = re.compile(r"\b(?:Army|Front|Movement|Brigades?|Militia|Forces)$")


def armed(text: str, orgs: list[tuple[int, int]], start: int) -> bool:
    """`start` lies in the name of an armed group ("Arakan Army", "Kachin Independence Army"): a
    region it is named after is no place the article speaks of."""
    return any(a <= start < b and _ARMED_END.search(text, a, b) for a, b in orgs)


def demonym_countries(text: str, country_of: Callable[[str], str]) -> Counter:
    """Countries named by their nationality adjective ("South Sudanese officials" → SS)."""
    found: Counter = Counter()
    for compass, word in _demonyms(text):
        code = ""
        if compass:
            code = country_of(f"{compass} {word}")
        code = code or country_of(word)
        if code:
            found[code] += 1
    return found


def _demonyms(text: str):
    """The groups of `DEMONYM.finditer(text)`: (compass word or None, adjective). The adjective is
    searched first (its capital letter lets the regex engine skip ahead), the word boundary before
    it and a compass word before that then checked."""
    for m in _ADJECTIVE_WORD.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # no word boundary before the adjective
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        begin = end
        while begin > 0 and text[begin - 1].isascii() and text[begin - 1].isalpha():
            begin -= 1
        compass = text[begin:end] if end < at and text[begin:end] in _COMPASS and \
            (begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] == "_")) else None
        yield compass, m.group()


def establish(countries: Counter, raw: list, capitals: set[str], skip: set[int]) -> Counter:
    """Add to `countries` (named countries and nationalities) the countries of the capitals the
    article names and of its large places that dwarf every namesake abroad."""
    found = Counter(countries)
    told: dict[tuple, tuple[str, int]] = {}  # a name's candidates tell the same each time it recurs
    for start, _end, surface, cands in raw:
        if start in skip:
            continue
        code, n = told[cands] if cands in told else told.setdefault(cands, _country_told(cands, capitals))
        if n and not countries.get(code) and any(c is not None and countries.get(c.country) for c in cands):
            continue  # "Tripoli" in an article that names Lebanon: its namesake there, not Libya's capital
        if n == 1 and place_namesake.foreign_alias(
                surface, max((c for c in cands if c is not None), key=lambda p: p.population), countries):
            continue  # "Tanna" (an old name of India's Thane) in a story about Vanuatu
        if n:
            found[code] += n
    return found


def sole_country(raw: list) -> Counter:
    """In an article that names no country and no large place: the country where two towns or more
    it names lie, each only there ("Pathanamthitta", "Tiruvalla": India), twice as many as in any other."""
    found: dict[str, set[str]] = {}
    for _s, _e, surface, cands in raw:
        if cands and None not in cands and all(c.kind in ("city", "region") for c in cands):
            found.setdefault(surface, set()).update(c.country for c in cands)
    towns = Counter(next(iter(cc)) for cc in found.values() if len(cc) == 1).most_common(2)
    if towns and towns[0][1] >= 2 and (len(towns) == 1 or towns[0][1] >= 2 * towns[1][1]):
        return Counter({towns[0][0]: 1})  # (a stray capitalised word, "College", is some US town's name)
    return Counter()


def in_country_called_so(places: list, surface: str) -> list:
    """The places in the countries of those called `surface` outright, not only by an other name
    ("Las Navas": the Philippine town, not Spain's "Las Navas del Marqués"); all when none is."""
    key = normalise_name(surface)
    exact = {p.country for p in places if normalise_name(p.name) == key}
    return [p for p in places if p.country in exact] or places


def dateline_countries(raw: list, datelines: list[tuple[int, int]]) -> Counter:
    """The country of a dateline town whose namesakes all lie in one country, counted as a capital
    is: where the reporter files from, in an article that names no country."""
    found: Counter = Counter()
    for start, _end, _surface, cands in raw:
        if not any(a <= start < b for a, b in datelines):
            continue
        codes = {c.country for c in cands if c is not None and c.kind == "city"}
        if len(codes) == 1 and all(c is not None and c.kind == "city" for c in cands):
            found[codes.pop()] += 2
    return found


def _country_told(cands: tuple, capitals: set[str]) -> tuple[str, int]:
    """The country a name's candidates establish and by how much: a capital 2, a sole first-level
    division or a large place that dwarfs its namesakes abroad 1; none ("", 0) for a country."""
    places = [c for c in cands if c is not None]
    if not places or any(p.kind == "country" for p in places):
        return "", 0
    capital = [p for p in places if p.kind == "city" and p.name in capitals and p.population >= LARGE]
    if capital:
        return max(capital, key=lambda p: p.population).country, 2
    if places[0].kind == "region" and _sole_division(places) is not None:
        return places[0].country, 1
    big = max(places, key=lambda p: p.population)  # "Hama": the Syrian city, whatever a Japanese village is called
    if big.population >= LARGE and all(p.population * 10 < big.population for p in places if p.country != big.country):
        return big.country, 1
    return "", 0


def pick(cands: tuple, countries: Counter, capitals: set[str], surface: str = "") -> Place | None:
    """The namesake an article means: one in a country it names (the most named, then the largest),
    else a curated or article-vouched place, else a large place or a capital, else none."""
    for c in cands:
        if c.kind == "country":
            return c

    def score(p: Place) -> float:  # a curated extra ("Gaza" the territory) beats a GeoNames namesake
        return countries.get(p.country, 0) * 10 + math.log10(p.population + 10) + (
            3 if p.kind == "region" else 0) + (5 if p.geonameid < 0 else 0)

    home = [c for c in cands if countries.get(c.country, 0) > 0]
    if len(home) > 1 and surface:  # "Uvinza": Tanzania's town, not Congo's Uvira that an other name of it matched
        home = in_country_called_so(home, surface)
    if home:
        return max(home, key=score)
    own = [c for c in cands if c.geonameid <= 0]
    if own:
        return max(own, key=score)
    big = [c for c in cands if c.population >= LARGE or (c.kind == "city" and c.name in capitals)]
    if big:
        return max(big, key=score)
    # a division over small towns abroad only in an article that names no country: "Nyanga" in a
    # story of Cape Town's townships is none of Gabon's province, Zimbabwe's or Congo's villages
    return _sole_division(cands) or (None if countries else _division_over_towns(cands))


# A town at least this large whose name no other place has is taken after "in" even when the
# article names no country
_UNIQUE_TOWN = 20_000
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")


def unique_town_after_in(cands: tuple, countries: Counter, text: str, start: int) -> Place | None:
    """ "Shelling killed 40 people in Izium": a town of some size that no other place is called,
    named after "in", in an article that names no country to place it by."""
    if countries or len(cands) != 1 or cands[0].kind != "city" or cands[0].population < _UNIQUE_TOWN:
        return None
    return cands[0] if _IN_BEFORE.search(text, max(0, start - 8), start) else None


_DIVISION_UNIT = re.compile(r"\s(?:[Ss]tate|[Rr]egion|[Pp]rovince|[Gg]overnorate|[Oo]blast|[Dd]epartment)$")


def named_division(surface: str, cands: tuple) -> bool:
    """ "Niger State", "Oromia region": a first-level division named with its unit word, which only
    one country has by that name, tells the article's country as its towns do."""
    return bool(_DIVISION_UNIT.search(surface)) and None not in cands and _sole_division(cands) is not None


def _sole_division(cands) -> Place | None:
    """The first-level division a name can only be ("Assam", "Borno state"): it tells its country."""
    if cands and all(c.kind == "region" and c.geonameid >= REGION_ID_BASE for c in cands) and \
            len({c.country for c in cands}) == 1:
        return cands[0]
    return None


# Towns smaller than this do not keep a first-level division's name from it in an article that
# names neither country: "Kasai" is Congo's province, not the Japanese town; "Borno" is Nigeria's state
_SMALL_TOWN = 50_000


def _division_over_towns(cands) -> Place | None:
    """The one first-level division among a name's candidates when every other is a small town."""
    divisions = [c for c in cands if c.kind == "region" and c.geonameid >= REGION_ID_BASE]
    if len(divisions) == 1 and all(c.kind == "city" and c.population < _SMALL_TOWN
                                   for c in cands if c is not divisions[0]):
        return divisions[0]
    return None


def first_part_of(surface: str, countries: Counter, gazetteer) -> Place | None:
    """A name the article uses for part of a two-part country it names ("Trinidad" in a story of
    "Trinidad and Tobago", "Bosnia" beside "Bosnia and Herzegovina"): a part of that country, not a
    namesake town abroad."""
    head = surface + " and "
    for cc in countries:
        country = gazetteer.country(cc)
        if country is not None and country.name.startswith(head):
            return Place(0, surface, cc, "", country.lat, country.lon, 0, "region")
    return None


def division_over_country(raw: list, countries: Counter, capitals: set[str]) -> list:
    """`raw` with a name that is both a country and a division of another country ("Georgia")
    read as the division when the article's other places lie in the division's country rather than
    in the named one: "Georgia" beside Macon, Alabama and Columbus is the US state; beside Tbilisi,
    or beside only "Washington condemned" (a capital often stands for its government), it is the
    country. `countries` (after `establish`) is updated to match."""
    def whole(p) -> bool:  # the country, or a part of it named by a compass word ("south Georgia")
        return p is not None and (p.kind == "country" or p.kind == "region" and not p.geonameid)

    both = {c for *_, c in raw if len(c) > 1 and any(whole(p) for p in c)}
    if not both:
        return raw
    choice: dict[tuple, Place] = {}
    for cands in both:
        country = next(p for p in cands if whole(p))
        divisions = [p for p in cands if p is not None and p.kind == "region" and p.geonameid and
                     p.country != country.country]
        if not divisions:
            continue
        division = divisions[0]
        # the other names with a place in either country (neither country's own name; for the
        # division's country not its capital)
        inside = {n.lower() for *_, n, c in raw if c != cands and any(
            p is not None and p.country == division.country and p.kind != "country" and p.name not in capitals
            for p in c)}
        home = {n.lower() for *_, n, c in raw if c != cands and any(
            p is not None and p.country == country.country and p.kind != "country" for p in c)}
        own = 2 * sum(1 for *_, c in raw if c == cands)
        named = 2 * sum(1 for *_, c in raw if any(p is not None and p.kind == "country" and
                                                   p.country == country.country for p in c) and c != cands)
        said = max(0, countries.get(country.country, 0) - own - named)  # nationality words, its capital
        if len(inside) >= 2 and len(inside) > 2 * (len(home) + said):
            choice[cands] = division
            countries[country.country] -= own
            countries[division.country] += own // 2
    if not choice:
        return raw
    return [(s, e, n, (choice[c],)) if c in choice else (s, e, n, c) for s, e, n, c in raw]


# The smallest GeoNames town whose country tells the country of an unknown place named near it
_VOUCHING_TOWN = 5_000
# What joins the names of a list: "Chad, Niger and Cameroon"
_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def nearby_country(raw: list, at: int, text: str = "") -> str:
    """The country of the nearest unambiguous gazetteer name within a sentence or so of `at`
    ("the Maghazi camp in central Gaza" → PS); none when that name stands in a list with names of
    other countries ("where Niger, Mali and Chad meet")."""
    near = []
    for s, _e, _name, cands in raw:
        if abs(s - at) >= 150:
            continue
        # a hamlet abroad ("Commissioner", another name of a US village of 620) vouches for nothing
        if all(c is not None and c.kind == "city" and c.geonameid > 0 and c.population < _VOUCHING_TOWN
               for c in cands):
            continue
        codes = {c.country for c in cands if c is not None}
        if len(codes) > 1 and s < at and cands[0] is not None and cands[0].kind == "country":
            codes = {cands[0].country}  # "Inside Sudan": the country, not its namesake towns abroad
        if len(codes) == 1:
            near.append((abs(s - at), codes.pop(), s, _e))
    if not near:
        return ""
    _d, code, pos, end = min(near)
    if text and any(r[3][0] is not None and code not in {c.country for c in r[3] if c is not None} and
                    (_LIST_JOIN.fullmatch(text, r[1], pos) or _LIST_JOIN.fullmatch(text, end, r[0]))
                    for r in raw if abs(r[0] - pos) < 40):
        return ""  # "where Chad, Niger, Nigeria and Cameroon meet": a list of countries tells none
    return code
