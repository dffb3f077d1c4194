"""Places an article teaches itself: small places the gazetteer lacks, named by the article as
places ("JINDIRES, Syria —", "the village of X", "X, a seaside slum"), and phrases that mean the
whole country ("nationwide", "across the country")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from app.extract.gazetteer import Place

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*){0,2}"
_KINDS = (r"(?:town|village|city|camp|refugee\s+camp|neighbourhood|neighborhood|suburb|settlement|hamlet|"
          r"slum|township|district|quarter|commune|municipality)")
# "JINDIRES, Syria —": a dateline that gives the country
DATELINE_WITH_COUNTRY = re.compile(r"(?:^|\n|[—|]\s*)([A-Z][A-Z'’ .-]{2,40}[A-Z]),\s+"
                                   r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?:[—–(-]|,\s)")
# "the town of X", "the Gaza village of X", "the Indian state of X" (the country from its adjective)
KIND_OF = re.compile(r"\b(?:the|a)\s+(?:([A-Z][a-z]+)\s+)?(?:[\w-]+\s+){0,1}?(?:" + _KINDS +
                     r"|state|province|region)\s+of\s+(" + _NAME + ")")
# "the X refugee camp", "the X camp"
NAMED_CAMP = re.compile(r"\bthe\s+(" + _NAME + r")\s+(?:refugee\s+|displacement\s+)?camp\b")
# "X, a seaside slum of 250,000 people", "X, the largest camp"
APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _KINDS + r"\b")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(" + _NAME + r")$")
# A figure for the whole country or territory the article is about: "nationwide", "across the
# country", "in the territory", "the national death toll", "the National Disaster Management Authority"
COUNTRY_WIDE = re.compile(
    r"\b(?:(?i:nation-?wide|country-?wide|nationally|(?:across|throughout|in|all\s+over|around)\s+the\s+"
    r"(?:whole\s+|entire\s+)?(?:country|territory|nation)\b(?!\s+(?:of|from|to)\b)|"
    r"(?:parts?|areas?|much|most|rest)\s+of\s+the\s+(?:country|territory)\b|"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|many|all)\s+(?:affected\s+|flooded\s+)?(?:provinces|states|regions|governorates|oblasts)\b|"
    r"national\s+(?:death\s+)?(?:toll|tally|total|count|figures?))|National\s+[A-Z]\w+(?:\s+[A-Z]\w+)*\s+"
    r"(?:Authority|Agency|Commission|Committee|Office|Council|Institute|Directorate|Centre|Center))")

# A part of the article's country or territory: "killed in the north" → "northern Gaza"
PART_OF_COUNTRY = re.compile(r"\b(?i:in|across|throughout|from)\s+the\s+(north|south|east|west|north-?east|north-?west|"
                             r"south-?east|south-?west)\b(?![\w-])(?!\s+of\b)")
# The region around the article's place: "80 people killed or hurt across the region"
THE_REGION = re.compile(r"\b(?:(?:across|throughout|in)\s+the\s+(?:wider\s+|whole\s+|entire\s+)?"
                        r"(region|state|province|prefecture|governorate|oblast|county)\b(?!\s+(?:of|government|"
                        r"capital|media|police|security|forces|army|border|department)\b)(?!['’-])|"
                        r"(region|state|province)-?wide\b)", re.IGNORECASE)
# "kidnapped in the capital", "fled the capital": the main country's capital, when the text does not name it
THE_CAPITAL = re.compile(r"\b((?i:in|from|fled|left|leaving|fleeing|across|inside|around|to))\s+the\s+capital\b"
                         r"(?!\s*,?\s+[A-Z])(?!\s+(?:city\s+)?of\b)(?!['’-])")
# "in the Cité Soleil area", "across the Brooklyn neighbourhood": a name the text presents as a place
PLACE_PHRASE = re.compile(r"\b(?i:in|from|of|across|near|into|to|around)\s+the\s+(" + _NAME + r")\s+"
                          r"(?:area|district|neighbourhood|neighborhood|quarter|suburb|camp|region|province|"
                          r"state|valley|commune|municipality)\b")
# "three were killed in Aitaroun": a name where people were harmed is a place
HARMED_IN = re.compile(r"\b(?:killed|wounded|injured|died|displaced|kidnapped|abducted|missing|buried)\s+"
                       r"(?:[a-z-]+\s+){0,3}?in\s+(" + _NAME + r")(?![\w'’-])(?!\s+[a-z]+\s+(?:attacks?|strikes?|"
                       r"raids?|shelling|clashes)\b)(?!\s+(?:attacks?|strikes?|raids?|shelling|clashes|fighting)\b)")
# "Near Jhal Magsi, a bus was swept away": a name the event is near is a place
NEAR = re.compile(r"\b(?:[Nn]ear|[Nn]earby)\s+(" + _NAME + r")(?=[,.;:]|\s+(?:on|in|at|where|when|after|before)\b)")
# "Upper Nile state", "Ouham-Pendé prefecture": a name followed by its kind of unit is no person's
NAMED_UNIT = re.compile(r"(?<![\w'’-])(" + _NAME + r")\s+(?:state|county|province|region|district|prefecture|"
                        r"governorate|oblast|department)\b")
_UNIT_WORD = re.compile(r"(?<=[\w'’]) (?:state|county|province|region|district|prefecture|governorate|oblast|"
                        r"department)\b")
UNIT_HINTS = ("region", "state", "province", "prefecture", "governorate", "oblast", "county")
_UNITS = ("state", "county", "province", "region", "district", "prefecture", "governorate", "oblast", "department")
# "2 km outside the town", "fled the city": the article's own town or city, named before
THE_TOWN = re.compile(r"\b((?i:in|outside|near|from|fled|left|across|inside|around|into|of))\s+the\s+(?:town|city)\b"
                      r"(?!\s+(?:of|centre|center|council|hall|limits)\b)(?!['’-])(?!\s*,?\s+[A-Z])")
# Where prisoners are held: "in Israeli prisons", "from its jails", "in Russian custody"
CUSTODY = re.compile(r"\b(?:in|from|inside)\s+(its|their|[A-Z][a-z]+)\s+(?:prisons?|jails?|custody|"
                     r"detention(?:\s+(?:centres?|centers?|facilities|camps?))?)\b")
_ADJECTIVE = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}


def direction_adjective(word: str) -> str:
    """"north" → "northern", "north-west" → "northwest"."""
    word = word.lower().replace("-", "")
    return _ADJECTIVE.get(word, word)


def local_names(text: str, known: Callable[[str], tuple], not_places: set[str]) -> dict[str, str]:
    """Names the gazetteer lacks, or knows only as small places it would not trust on their own,
    that the article presents as places → the code of their
    country when the text gives it ("TEL MAROUF, Syria —", "the Indian state of X"), else "".
    The place phrasing wins over a person finder that took the name for a person."""
    found: dict[str, str] = {}

    def add(name: str, country: str = "") -> None:
        words = name.split()
        while words and words[0] in not_places:
            words = words[1:]
        name = re.sub(r"['’]s$", "", " ".join(words))
        if len(name) < 3 or name in not_places or any(p.kind != "city" or p.population >= 100_000 for p in known(name)):
            return
        found.setdefault(name, country)

    for m in DATELINE_WITH_COUNTRY.finditer(text[:400]):
        add(m.group(1).title(), _country_code(m.group(2), known))
    for m in KIND_OF.finditer(text):
        add(m.group(2), demonym_country(m.group(1), known) if m.group(1) else "")
    for m in [*finditer(HARMED_IN, text, (" in ",)), *finditer(NEAR, text, ("ear",))]:
        if not any(w in not_places for w in m.group(1).split()) and not demonym_country(m.group(1), known):
            add(m.group(1))
    for m in APPOSITION.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name:
            add(name.group(1))
    for m in finditer(NAMED_CAMP, text, ("camp",)):
        add(m.group(1))
    for name in unit_names(text):
        add(name)
    return found


def unit_names(text: str) -> set[str]:
    """Names the text gives as administrative units ("Upper Nile state", "Ulang county"): the
    same name alone elsewhere ("fighting in Upper Nile") is that unit, a region."""
    names = set()
    for unit in finditer(_UNIT_WORD, text, _UNITS):  # the unit word first, then the name before it: fast
        m = _NAME_BEFORE.search(text, max(0, unit.start() - 60), unit.start())
        if m is not None:
            names.add(re.split(r"['’]s\s+", m.group(1))[-1])
    kinds = finditer(KIND_OF, text, tuple(f"{unit} of" for unit in _UNITS))
    return names | {m.group(2) for m in kinds if m.group(0).split()[-len(m.group(2).split()) - 2]
                    in _UNITS}  # "the northeastern state of Manipur"


def _country_code(name: str, known: Callable[[str], tuple]) -> str:
    return next((p.country for p in known(name) if p.kind == "country"), "")


def demonym_country(word: str, known: Callable[[str], tuple]) -> str:
    """The country an adjective of nationality names: "Indian" → IN, "Sudanese" → SD, "Chinese" → CN."""
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-3] + "e", word[:-2] + "a", word)
    return next((code for code in (_country_code(s, known) for s in stems if len(s) >= 3) if code), "")


def find_local(text: str, names: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Every whole-word mention of the article's own place names outside the spans already taken."""
    out = []
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.IGNORECASE):
            if m.group()[:1].isupper() and not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.start(), m.end(), m.group() if not m.group().isupper() else name))
    return out


def country_wide_spans(text: str) -> list[tuple[int, int]]:
    hints = ("nation", "Nation", "country", "territory", "provinces", "states", "regions", "governorates", "oblasts")
    return [m.span() for m in finditer(COUNTRY_WIDE, text, hints)]


def finditer(pattern: re.Pattern, text: str, hints: tuple[str, ...]):
    """`pattern.finditer(text)`, skipped when no hint word is in the text (most articles)."""
    return pattern.finditer(text) if any(h in text for h in hints) else iter(())


def whole_country_name(wholes: list, code: str, fallback: Place | None) -> tuple[str, Place | None]:
    """The country or territory `code` as the article names it most often ("Turkey", "Gaza")."""
    mine = [m for m in wholes if m.place.country == code]
    named = Counter(m.surface for m in mine if m.place.kind == "country") or Counter(m.surface for m in mine)
    if named:
        name = named.most_common(1)[0][0]
        return name, next(m.place for m in mine if m.surface == name)
    return (fallback.name, fallback) if fallback else ("", None)
