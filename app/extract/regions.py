"""First-level divisions (states, provinces, oblasts, governorates, regions) for the gazetteer
index, from the ISO 3166-2 list that `pycountry` ships: GeoNames cities1000 has no such names
outside the US, so "Borno state", "Herat province", "Belgorod region" or "in Manipur" found nothing.

ISO names are often local romanisations ("Kharkivska oblast", "Belgorodskaya oblast'", "Ḩalab",
"Nord-Kivu", "Al Anbār"); news writes them in English ("Kharkiv region", "Belgorod region",
"Aleppo province", "North Kivu", "Anbar"). Each division gets the English forms worked out from
its name (the accents, a leading Arabic article, a French compass word and a Slavic adjective
ending dropped) and from its namesake city in the gazetteer (the ISO "Ḩalab" is GeoNames'
"Aleppo"). It is indexed under every form followed by a unit word ("Aleppo province", "Aleppo
governorate", "Kharkiv oblast"), and under the bare form only when no city of its country has
that name and the form is no English word ("Manipur", "Borno", "North Kivu"; not "Kharkiv",
"Kaduna", "Unity", "Delta"). Its coordinates are its namesake city's, else its country's.

Only the index build uses this module; extraction reads the built index."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from typing import NamedTuple


class Region(NamedTuple):
    name: str  # the English form news most likely writes, without a unit word
    country: str
    lat: float | None  # None: the country's coordinates
    lon: float | None
    population: int  # its namesake city's: a lower bound that lets a large region stand for itself
    bare: tuple[str, ...]  # names indexed on their own (the ISO name among them when it has a unit word)
    with_unit: tuple[str, ...]  # names indexed only with a unit word after them ("Kharkiv region")
    code: str = ""  # the ISO 3166-2 code ("US-GA")


# Countries whose GeoNames admin1 codes are the ISO 3166-2 suffixes, so a city's division is known:
# a namesake city counts only inside its division ("Florida, New York" does not name the state of
# Florida, which is then indexed on its own and placed among its own towns)
ADMIN1_IS_ISO = frozenset({"US"})
# Countries whose divisions are indexed under their bare name even where a country holds it: news
# writes US states bare, and "Georgia" beside Florida and a governor is the state. The extractor
# still reads the country unless the article's other places are in the division's country.
BESIDE_COUNTRIES = frozenset({"US"})


# The kinds of first-level division kept (towns, municipalities, parishes, atolls… are not regions)
KEPT_TYPES = frozenset({
    "province", "region", "state", "department", "governorate", "administrative region", "prefecture",
    "district", "county", "rayon", "division", "popularate", "autonomous region", "autonomous community",
    "land", "voivodship", "regional state", "union territory", "administrative territory", "republic",
    "oblast", "autonomous district", "autonomous republic", "territory", "capital territory",
    "federal capital territory", "pakistan administered area", "economic prefecture", "autonomous province",
    "special administrative region", "federal territory", "emirate", "canton", "geographical region",
    "indigenous region", "capital district", "federal district", "entity",
})

# Second-level divisions kept where news names them as it names states: Bangladesh's and Sri Lanka's
# districts, the Philippines' provinces, Uganda's and Malawi's districts, Burkina Faso's provinces…
SECOND_LEVEL = frozenset({
    ("BD", "district"), ("LK", "district"), ("PH", "province"), ("UG", "district"), ("MW", "district"),
    ("BF", "province"), ("GN", "prefecture"), ("DO", "province"), ("FJ", "province"),
    # the Kurdistan Region's governorates (Erbil, Sulaymaniyah, Duhok) sit under the region in ISO 3166-2
    # but are governorates like Iraq's other fifteen; Guinea-Bissau's regions sit under its provinces
    ("IQ", "governorate"), ("GW", "region"),
})

# Kinds of division that only group first-level ones (Indonesia's islands): their children are kept
_GROUPINGS = frozenset({"geographical unit"})

# The unit words a division of each kind is written with, besides the common ones (news calls a
# Syrian province a governorate, an Ethiopian regional state a region or a state)
_COMMON_UNITS = ("region", "province", "state", "governorate")
_UNITS = {
    "province": ("province",), "state": ("state",), "regional state": ("state", "regional state"),
    "governorate": ("governorate", "province"), "oblast": ("oblast",), "administrative region": ("oblast",),
    "prefecture": ("prefecture",), "department": ("department",), "district": ("district",),
    "county": ("county",), "division": ("division",), "popularate": ("district",),
    "administrative territory": ("krai", "kray", "territory"), "republic": ("republic",),
    "autonomous republic": ("republic",), "union territory": ("territory",), "territory": ("territory",),
    "capital territory": ("territory",), "federal capital territory": ("territory",), "emirate": ("emirate",),
}

# Names of divisions that are English (or Spanish, French, Portuguese) words, a people, a person's
# name, a company, or a better-known place elsewhere: never indexed on their own
STOPWORDS = frozenset("""
centre center central north south east west northern southern eastern western northeast northwest
southeast southwest north-east north-west south-east south-west nord sud est ouest upper lower
coast coastal delta plateau rivers lakes unity capital islands island lagoons lagoon mountains
mountain highlands highland lowlands valley savannes savanes sahel river lake sea red sea littoral
federal somali afar hill hills border borders western area midlands interior maritime atlantic
pacific greater metropolitan lakes equator equateur oriental occidental middle mid-western
centrale norte leste lacs lagunes montagnes collines cascades plateaux valle gulf pool mono meta para
acre volta savannah principe zaire jerusalem gaza
chechen chuvash udmurt komi sidama amara tyva kalmykiya buryatiya
lara sila mara flores herrera cortes isabel victoria maryland toledo sucre morazan lempira colon
bong enga hela manus torba lobata lemba janub wahat
antique independencia aurora laguna santiago
""".split())

# Division names that, written alone, mostly mean something else ("across the Red Sea")
STOP_PHRASES = frozenset({"red sea", "dead sea", "black sea", "river nile", "rift valley", "great lakes",
                          "capital territory", "national capital district"})

_ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|an|ad|ash|at|az|adh|aş|aḑ|aţ|az)[ -](?=\S{3})", re.IGNORECASE)
_COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "north": "North",
            "south": "South", "east": "East", "west": "West"}
_FRENCH_COMPASS = re.compile(r"^(Nord|Sud|Est|Ouest)-(?=[A-ZÀ-Þ])")
# "Kharkivska oblast", "Belgorodskaya oblast'", "Krasnodarskiy kray": a city's adjective and the unit
_SLAVIC = re.compile(r"^(?P<adj>[\w'-]+?)(?P<end>skaya|ska|skiy|skyi|s'ka|kaya|ka|kiy|aya|iy)\s+"
                     r"(?P<unit>oblast|kray|krai|avtonomnyy\s+okrug|avtonomnaya\s+oblast)'?$", re.IGNORECASE)
_RESPUBLIKA = re.compile(r"^(?P<name>.+?),\s+Respublika$|^(?P<adj>\S+?)(?:skaya|aya)\s+Respublika$")
# "[…]" notes, and "(Region II)", "(ARMM)", "(EH-partial)" after a name: no part of what news writes
_BRACKET = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))")


def _plain(name: str) -> str:
    """No accents or modifier letters: "Ḩalab" → "Halab", "Karbalā’" → "Karbala"."""
    decomposed = unicodedata.normalize("NFKD", name)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for ch in "‘’ʻʼ`":
        out = out.replace(ch, "")
    return " ".join(out.split())


def english_forms(name: str, kind: str) -> tuple[list[str], tuple[str, ...], bool]:
    """The forms of an ISO division name news may write, best first, the unit words it takes, and
    whether the forms may stand alone (a Slavic adjective's stems may not: "Kursk" is the city)."""
    name = _BRACKET.sub("", name).strip()
    units = (*_COMMON_UNITS, *_UNITS.get(kind, ()))
    forms: list[str] = []

    def add(form: str) -> None:
        form = " ".join(form.split())
        if len(form) >= 3 and form not in forms:
            forms.append(form)

    slavic = _SLAVIC.match(_plain(name))
    if slavic:
        adj, end = slavic.group("adj"), slavic.group("end").lower()
        if end in ("ska", "skaya", "skiy", "skyi", "s'ka"):  # "Luhanska" → "Luhansk"; "Kharkivska" → "Kharkiv"
            add(adj + "sk")
        add(adj)
        add(adj + ("k" if end in ("kaya", "ka", "kiy") else ""))
        units = (*units, "oblast") if "oblast" in slavic.group("unit").lower() else (*units, "krai", "kray")
        return forms, tuple(dict.fromkeys(units)), False
    rep = _RESPUBLIKA.match(_plain(name))
    if rep:
        add(rep.group("name") or rep.group("adj"))
        return forms, ("republic", *_COMMON_UNITS), True
    plain = _plain(name)
    french = _FRENCH_COMPASS.match(plain)
    if french:
        add(_COMPASS[french.group(1).lower()] + " " + plain[french.end():].replace("-", " "))
    add(plain)
    article = _ARABIC_ARTICLE.match(plain)
    if article:
        add(plain[article.end():])
    return forms, tuple(dict.fromkeys(units)), True


City = tuple  # name, lat, lon, population[, admin1 code]
# A namesake smaller than this, known by the division's name only as another spelling, does not
# take the division's bare name
_NAMESAKE_TOWN = 5_000
_METROPOLIS = 1_000_000
_LARGE_CITY = 100_000
# Countries whose ISO division names are native or transliterated forms of a city's English name
# ("Dimashq", "Al Qahirah", "Tarabulus", "Wien", "Lisboa", "Toshkent", "Viangchan")
_EXONYMS = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE IL IR AF UZ LA KH TH TW CY BG AZ KG AT CH PT CU "
    "AL UA RU BY GE AM MN CN JP KR KP GR MK RS ML".split())


def _namesake(city: str, forms: list[str], population: int, cc: str) -> bool:
    """Whether a city GeoNames also knows by a division's name is the division's namesake. It is
    when it is written alike ("Malanje" for "Malange", "Kegalle" for "Kegalla"), or, in countries
    whose ISO names are native or transliterated forms of an English exonym, when it is alike or a
    large city ("Halab" → Aleppo, "Wien" → Vienna). A state's capital listed under the state's name
    ("Bahia" → Salvador, "Pernambuco" → Recife) or a town with a longer name ("Chiapas" → Chiapa de
    Corzo) is none."""
    low = city.lower()
    if low in (f.lower() for f in forms):
        return True
    alike = max(SequenceMatcher(None, f.lower(), low).ratio() for f in forms)
    if cc in _EXONYMS:
        return alike >= 0.45 or population >= _LARGE_CITY
    return alike >= 0.7


def _holds_name(city: str, forms: list[str], population: int) -> bool:
    """The city's name is a division's name with more words ("Bihar Sharif", "Johor Bahru", "Ciudad
    Guerrero"): it holds the name, it is no namesake. A metropolis named "X City" is the namesake
    still ("New York City"), and so is a city named exactly as one of the forms ("Al Hudaydah")."""
    low, forms_low = city.lower(), [f.lower() for f in forms]
    if low in forms_low or (low.endswith(" city") and population >= _METROPOLIS):
        return False
    return any(low.startswith(f + " ") or low.endswith(" " + f) for f in forms_low)


def regions(cities_named: Callable[[str, str], list[City]], countries: set[str],
            large_cities: dict[str, list[City]] | None = None) -> Iterator[Region]:
    """Every kept first-level division of the countries in `countries`. `cities_named(name, cc)`
    gives the gazetteer's cities of country `cc` known by `name` (name, lat, lon, population);
    `large_cities` the cities of each country large enough to name an oblast by their adjective's
    stem ("Odeska" → Odesa, "Sumska" → Sumy)."""
    try:
        import pycountry
    except ImportError:  # the index is built without divisions; extraction still works
        return
    grouping = {sub.code for sub in pycountry.subdivisions if (sub.type or "").lower() in _GROUPINGS}
    for sub in pycountry.subdivisions:
        kind = (sub.type or "").lower()
        cc = sub.country_code
        parent = sub.parent_code and (sub.parent_code if "-" in sub.parent_code else f"{cc}-{sub.parent_code}")
        if (parent and parent not in grouping and (cc, kind) not in SECOND_LEVEL) or kind not in KEPT_TYPES or \
                cc not in countries:
            continue  # a division under a mere grouping ("Aceh" under the unit "Sumatera") is first-level
        forms, units, alone = english_forms(sub.name, kind)
        if not forms:
            continue
        namesakes = [c for form in forms for c in cities_named(form, cc)]
        if cc in ADMIN1_IS_ISO:
            namesakes = [c for c in namesakes if len(c) < 5 or c[4] == sub.code.partition("-")[2]]
        if not namesakes and not alone and large_cities:
            stem = _plain(_SLAVIC.match(_plain(sub.name)).group("adj")).lower()
            namesakes = [c for c in large_cities.get(cc, ()) if _plain(c[0]).lower().startswith(stem)]
        city = max(namesakes, key=lambda c: c[3]) if namesakes else None
        lat, lon = (city[1], city[2]) if city is not None else (None, None)
        if city is not None and city[3] < _NAMESAKE_TOWN and _plain(city[0]).lower() not in \
                (f.lower() for f in forms):
            city = None  # "Kebbi" is the state, not a hamlet listed under it as another spelling ("Kebbe")
        if city is not None and alone and not _namesake(_plain(city[0]), forms, city[3], cc):
            city = None  # "Bahia" is the state: Salvador, its capital, is only listed as "Bahia" too
        if city is not None and alone and _holds_name(_plain(city[0]), forms, city[3]):
            city = None  # "Bihar" is the state: "Bihar Sharif", a city known as Bihar too, only holds the name
        if city is not None:  # "Ḩalab" → "Aleppo": the city's English name leads
            forms = [_plain(city[0]), *(f for f in forms if f != _plain(city[0]))]
        # with a namesake city ("Al Marj"), a bare form ("Marj") is the city's name too
        bare = tuple(f for f in forms if alone and city is None and len(f) >= 4 and f.lower() not in STOPWORDS
                     and f.lower() not in STOP_PHRASES)
        if not alone:  # "Kharkivska oblast", "Krasnodarskiy kray": the ISO name holds its unit word
            bare = (_plain(sub.name).rstrip("'"),)
        with_unit = tuple(f"{f} {u}" for f in forms for u in units)
        yield Region(forms[0], cc, lat, lon, city[3] if city is not None else 0, bare, with_unit, sub.code)


def official_names() -> Iterator[tuple[str, str]]:
    """(code, name) for each country's official and common names in ISO 3166-1 ("Kyrgyz Republic",
    "Republic of Cameroon"): official documents head their tables and mastheads with them."""
    try:
        import pycountry
    except ImportError:  # without pycountry the index keeps GeoNames' names only
        return
    for country in pycountry.countries:
        for attr in ("official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                yield country.alpha_2, name
