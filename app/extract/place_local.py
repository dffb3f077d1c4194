"""Places an article teaches itself: small places the gazetteer lacks, named by the article as
places ("JINDIRES, Syria —", "the village of X", "X, a seaside slum"), and phrases that mean the
whole country ("nationwide", "across the country")."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract import place_admin, place_dateline, place_presented, place_targets
from app.extract.place_locative import NAME, locative_names
from app.extract.place_lookalikes import country_short, peoples_adjective, regional_adjective
from app.extract.place_openers import matches_at_openers, matches_in_stretches
from app.extract.place_scan import THE_ANCHOR, finditer_at_words, word_start

_NAME = NAME
_KINDS = (r"(?:town|village|city|camp|refugee\s+camp|neighbourhood|neighborhood|suburb|settlement|hamlet|"
          r"slum|township|district|quarter|commune|municipality|island|favelas?|(?:farming|fishing|mining|rural|herding|"
          r"farm|indigenous|riverside|hillside|coastal|border)\s+community)")
# Capitalised words that open a sentence before a place's name and are never part of one
OPENERS = frozenset("Across Throughout Inside Outside Near Along Around Within Beyond Towards Toward Elsewhere "
                    "Meanwhile Separately Nationwide Overall".split())
# "JINDIRES, Syria —": a dateline that gives the country
DATELINE_WITH_COUNTRY = re.compile(r"(?:^|\n|[—|]\s*)([A-Z][A-Z'’ .-]{2,40}[A-Z]),\s+"
                                   r"([A-Z][a-zà-ÿ]+(?:['’]s)?(?:\s+[A-Z][a-zà-ÿ]+)?)\s*(?:[—–(-]|,\s)")
# "Kanthalloor (India) (AFP) -": a dateline that gives the country in brackets before the agency
DATELINE_BRACKETED = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+\(([A-Z][\w ]+)\)\s+"
                                r"\([A-Z][\w/&. ]{0,20}\)\s*[-–—:]")
# "Kibbutz Nir Oz", "Moshav Netiv HaAsara": a settlement named with its kind
SETTLEMENT = re.compile(r"\b(?:Kibbutz|Moshav)\s+(" + _NAME + r")(?![\w'’-])")
# "in Myanmar's Tachileik", "from Sudan's El Fasher": a place of the country named before it; found
# from each possessive ending, the owner and the preposition before it, the name after it
COUNTRY_OWNS = re.compile(r"\b(?:in|at|near|from|into|outside)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(" + _NAME +
                          r")(?![\w'’-])")
_POSSESSIVE = re.compile(r"['’]s\s+")
_OWNER_BEFORE = re.compile(r"\b(?:in|at|near|from|into|outside)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
_NAME_AT = re.compile("(" + _NAME + r")(?![\w'’-])")
# Words that open a place's name though alone they name no place ("Saint Bernard", "Lake Kivu")
_NAME_OPENERS = frozenset("Saint Sainte San Santa Lake Mount Cape Port Fort Camp".split())
_HELD_BY = ("-held", "-controlled", "-run", "-occupied", "-backed", "-led", "-linked", "-allied", "-affiliated")
# "the town of X", "the Gaza village of X", "the Indian state of X" (the country from its adjective)
KIND_OF = re.compile(r"\b(?:the|a)\s+(?:(?:north|south|east|west|central)[a-z-]*\s+)?(?:([A-Z][a-z]+)\s+)?"
                     r"(?:[\w-]+\s+){0,1}?(?:" + _KINDS +
                     r"|state|province|region)\s+of\s+(" + _NAME + ")")
# "the X refugee camp", "the X camp", "the X detention centre" (a facility named after its place)
NAMED_CAMP = re.compile(r"\bthe\s+(" + _NAME + r")\s+(?:(?:refugee\s+|displacement\s+|transit\s+|IDP\s+)?camp\b|"
                        r"(?:displacement|IDP)\s+site\b|"
                        r"(?:detention|transit|reception)\s+(?:centre|center|facility)\b|police\s+(?:station|post)\b)")
_NUMBERED_CAMP = re.compile(r"\bCamp\s+\d{1,2}[A-Z]?(?:\s+(?:Extension|East|West))?\b")


def numbered_camp(name: str) -> bool:
    """ "Camp 11": a numbered part of a camp settlement, never the article's place as a whole."""
    return name.startswith("Camp ") and _NUMBERED_CAMP.fullmatch(name) is not None


_CAMP_HINTS = ("camp", "detention", "transit", "reception", "displacement site", "IDP site", "police station",
               "police post")  # "the Darra police station": the town it is named after
# "X, a seaside slum of 250,000 people", "X, the largest camp"
APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:in|from|at|near|on|for|to)\s)[\w-]+\s+){0,3}?" + _KINDS +
                        r"\b(?!['’]s\b)"  # not "X, the town's main hospital": X is the hospital
                        r"(?![\s-]+(?:elders?|chiefs?|heads?|"
                        r"headm[ae]n|leaders?|officials?|officers?|residents?|councils?|councillors?|committees?|"
                        r"chairm[ae]n|chairpersons?|administrators?|spokesm[ae]n|spokespersons?|commanders?|"
                        r"guards?|volunteers?|mayors?|representatives?|secretar(?:y|ies)|collectors?|magistrates?|"
                        r"commissioners?|governors?|police|administration|authorit(?:y|ies)|superintendents?)\b)")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(" + _NAME + r")$")
# A part of the article's country or territory: "killed in the north" → "northern Gaza"
PART_OF_COUNTRY = re.compile(r"\b(?i:in|across|throughout|from)\s+the\s+(?:(?:rebel|opposition|government|army|"
                             r"insurgent|militia)-(?:held|controlled)\s+|(?:war-torn|restive|embattled|remote)\s+)?"
                             r"(north|south|east|west|north-?east|north-?west|"
                             r"south-?east|south-?west)\b(?![\w-])(?!\s+of\b)")
# "kidnapped in the capital", "fled the capital": the main country's capital, when the text does not name it
THE_CAPITAL = re.compile(r"\b((?i:in|from|fled|left|leaving|fleeing|across|inside|around|to))\s+the\s+capital\b"
                         r"(?!\s*,?\s+[A-Z])(?!\s+(?:city\s+)?of\b)(?!['’-])")
# "in the Cité Soleil area", "across the Brooklyn neighbourhood": a name the text presents as a place
PLACE_PHRASE = re.compile(r"\b(?i:in|from|of|across|near|into|to|around|on|along|at)\s+the\s+(?:(?:riverside|seaside|"
                          r"lakeside|hillside|coastal|central|outlying|poor|impoverished|working-class)\s+)?(" + _NAME + r")\s+"
                          r"(?:area|district|neighbourhood|neighborhood|quarter|suburb|camp|region|province|"
                          r"state|valley|commune|municipality|road|highway|crossing|roundabout|territory)\b")
# "three were killed in Aitaroun": a name where people were harmed is a place
HARMED_IN = re.compile(r"\b(?:killed|wounded|injured|died|displaced|kidnapped|abducted|missing|buried)\s+"
                       r"(?:[a-z-]+\s+){0,3}?in\s+(" + _NAME + r")(?![\w'’-])(?!\s+[a-z]+\s+(?:attacks?|strikes?|"
                       r"raids?|shelling|clashes)\b)(?!\s+(?:attacks?|strikes?|raids?|shelling|clashes|fighting)\b)")
_HARM_WORDS = ("killed", "wounded", "injured", "died", "displaced", "kidnapped", "abducted", "missing", "buried")
# "Near Jhal Magsi, a bus was swept away": a name the event is near is a place
_NEAR_REST = r"ear(?:by)?\s+(" + _NAME + r")(?=[,.;:]|\s+(?:on|in|at|where|when|after|before)\b)"
NEAR = re.compile(r"\b[Nn]" + _NEAR_REST)
OUTSIDE = re.compile(r"\b[Oo]utside\s+(" + _NAME + r")(?=[,.;:]|\s+(?:on|in|at|where|when|after|before)\b)")
_NEAR_REST_RE = re.compile(_NEAR_REST)
# "the monastery in Kyauk Pan village": a name followed by "village" is a settlement
NAMED_VILLAGE = re.compile(r"\b(?:in|at|of|from|near|around|on|into|to|outside|[a-z]{3,}ed)\s+(" + _NAME +
                           r")\s+(?:village|hamlet|town)\b")  # "in X village", "raided X village", "of X town"
# "Upper Nile state", "Ouham-Pendé prefecture": a name followed by its kind of unit is no person's
NAMED_UNIT = re.compile(r"(?<![\w'’-])(" + _NAME + r")\s+(?:state|county|province|region|district|prefecture|"
                        r"governorate|oblast|department)\b")
_UNIT_WORD = re.compile(r"(?<=[\w'’]) (?:state|county|province|region|district|prefecture|governorate|oblast|"
                        r"department|township|tehsil|taluka|taluk|regency|sub-?county|(?:sub-)?location|"
                        r"parish(?!\s+(?:church|priest|council|hall)\b)|mountains|highlands|plateau)\b")
# The unit words, one of which each match of NAMED_UNIT holds
NAMED_UNIT_WORDS = ("state", "county", "province", "region", "district", "prefecture", "governorate", "oblast",
                    "department")
UNIT_HINTS = ("region", "state", "province", "prefecture", "governorate", "oblast", "county")
_UNITS = ("state", "county", "province", "region", "district", "prefecture", "governorate", "oblast", "department",
          "township", "tehsil", "taluka", "taluk", "regency", "parish", "location")  # (Kenya's "Kapedo location")
_LANDFORMS = ("mountains", "highlands", "plateau")  # "Morocco's High Atlas mountains": a region the text names
# "2 km outside the town", "fled the city": the article's own town or city, named before
THE_TOWN = re.compile(r"\b((?i:in|outside|near|from|fled|left|across|inside|around|into|of))\s+the\s+(?:town|city)\b"
                      r"(?!\s+(?:of|centre|center|council|hall|limits)\b)(?!['’-])(?!\s*,?\s+[A-Z])")
# Where prisoners are held: "in Israeli prisons", "from its jails", "in Russian custody" (the words
# of CUSTODY_WORDS one of which each match holds)
CUSTODY = re.compile(r"\b(?:in|from|inside)\s+(its|their|[A-Z][a-z]+)\s+(?:prisons?|jails?|custody|"
                     r"detention(?:\s+(?:centres?|centers?|facilities|camps?))?)\b")
CUSTODY_WORDS = ("prison", "jail", "custody", "detention")
_ADJECTIVE = {"north": "northern", "south": "southern", "east": "eastern", "west": "western"}


def direction_adjective(word: str) -> str:
    """"north" → "northern", "north-west" → "northwest"."""
    word = word.lower().replace("-", "")
    return _ADJECTIVE.get(word, word)


# Compass words that begin a division's own name ("West Jaintia Hills", "East Garo Hills")
_COMPASS_NAMES = frozenset({"North", "South", "East", "West"})
# The abbreviations of "number" that close the title of a numbered document
_NUMBER_WORDS = frozenset({"No", "Nos", "Nr", "Nº"})


# a word with a capital inside it after a lower-case run, as brands write their names ("FactLens",
# "ReliefWeb"); not "McAllen", "MacArthur", "DeKalb", "LaGuardia"
_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|La|Le)[A-Z][a-z]+[A-Z]\w*")


def local_names(text: str, known: Callable[[str], tuple], not_places: set[str],
                units: set[str] | None = None, kinds: list[re.Match] | None = None,
                demonym: Callable[[str], str] | None = None) -> dict[str, str]:
    """Names the gazetteer lacks, or knows only as small places it would not trust on their own,
    that the article presents as places → the code of their
    country when the text gives it ("TEL MAROUF, Syria —", "the Indian state of X"), else "".
    The place phrasing wins over a person finder that took the name for a person. `units` and
    `kinds` are `unit_names(text)` and `kind_of_matches(text)` when the caller has them already;
    `demonym` is `demonym_country` with `known` (a caller may remember its answers)."""
    found: dict[str, str] = {}
    if demonym is None:
        def demonym(word: str) -> str:
            return demonym_country(word, known)

    def add(name: str, country: str = "") -> None:
        name = re.split(r"['’]s\s+", name)[-1]  # "in Ukraine's Kharkiv region": the owner is no part of it
        words = name.split()
        while words and (words[0] in not_places or words[0] in OPENERS) and not (
                words[0] in _COMPASS_NAMES and len(words) > 1 and words[1] not in not_places and
                not any(p.kind != "city" for p in known(" ".join(words[1:])))) and \
                not (words[0] in _NAME_OPENERS and len(words) > 1 and words[1] not in not_places):
            words = words[1:]  # "The", "Officials"; not the "West" of "West Jaintia Hills district" nor
            # the "Saint" of "Saint Bernard village"
        name = re.sub(r"['’]s$", "", " ".join(words))
        if words and words[-1] in _NUMBER_WORDS:
            return  # "reported in Flash Update No. 2", "under Resolution No 15": a document, no place
        if len(name) < 3 or name in not_places or any(p.kind != "city" or p.population >= 100_000 for p in known(name)):
            return
        if _CAMEL.fullmatch(name):
            return  # "questions from FactLens": a brand written in camel case, no place
        if place_dateline.nationality(name, demonym) or name.endswith(_HELD_BY):
            return  # "Russian strikes", "the Sudanese army": a nationality; "Houthi-held": whose, no place
        found.setdefault(name, country)

    for m in _POSSESSIVE.finditer(text) if ("'s " in text or "’s " in text) else ():
        owner = _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())  # "in Myanmar's Tachileik":
        name = _NAME_AT.match(text, m.end()) if owner else None  # a town of that country
        code = _country_code(owner.group(1), known) if name else ""
        if name and not code:  # "in Kupwara's Karnah": the country of a district or town only one country has
            code = _sole_country(owner.group(1), known)
        if code:
            add(name.group(1), code)
    if "Kibbutz " in text or "Moshav " in text:
        for m in SETTLEMENT.finditer(text):  # "Kibbutz Nirim"
            add(m.group(1))
    for m in DATELINE_WITH_COUNTRY.finditer(text[:400]):  # (or a district: "BALUKHALI, Cox's Bazar -")
        add(m.group(1).title(), _country_code(m.group(2), known) or _sole_country(m.group(2), known, large=True))
    for m in DATELINE_BRACKETED.finditer(text[:400]):  # "Kanthalloor (India) (AFP) -"
        add(m.group(1), _country_code(m.group(2), known))
    for m in kind_of_matches(text) if kinds is None else kinds:
        add(m.group(2), demonym(m.group(1)) if m.group(1) else "")
    harmed = matches_at_openers(HARMED_IN, text, _HARM_WORDS) if " in " in text else ()
    read = set()  # a name read once: its reading and add() come out the same each time it recurs
    outside = OUTSIDE.finditer(text) if "outside " in text else ()  # "a mass grave outside Kamanyola on Monday"
    for m in [*harmed, *(_near_matches(text) if "ear" in text else ()), *outside]:
        if m.group(1) not in read and not any(w in not_places for w in m.group(1).split()) and \
                not demonym(m.group(1)):
            add(m.group(1))
        read.add(m.group(1))
    for name in locative_names(text, not_places, demonym, known):
        add(name)  # "a strike on a house in X killed", "residents at X"
    for m in APPOSITION.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name:
            add(name.group(1))
    for m in finditer_fast(NAMED_CAMP, text) if any(h in text for h in _CAMP_HINTS) else ():
        if not m.group(1).isupper():  # "the UNHCR transit centre": an agency's, not a place's
            add(m.group(1))
    for m in _NUMBERED_CAMP.finditer(text) if "Camp " in text else ():
        add(m.group())  # "Camp 11", "Camp 4 Extension": the numbered camps of a settlement
    # in the order the text names them (a set's order changes from run to run with string hashing)
    for name in sorted(unit_names(text) if units is None else units, key=lambda n: (text.find(n), n)):
        add(name)
    for m in matches_in_stretches(NAMED_VILLAGE, text, ("village", "hamlet", "town")):
        if not m.group().endswith("town") or not known(m.group(1)) and not country_short(text, m.group(1), known):
            add(m.group(1))  # "in Lin Ta Lu village": a settlement the gazetteer lacks
    for name in place_admin.admin_names(text)[0]:
        add(name)  # "Sajek union", "Barangay Tapel", "in X, Y ward", "X and two neighbouring villages"
    for name in place_targets.target_names(text):
        add(name)  # "the raid on X", "struck X village": the site attacked
    for name in place_presented.presented_names(text, known):  # "an outpost at X, north of the city",
        if not any(w in not_places and (k == 0 or w not in _COMPASS_NAMES)  # "Kahawa West": a suburb
                   for k, w in enumerate(name.split())) and not demonym(name):  # "arrivals in X"
            add(name)
    if any(w in text for w in _QUARTER_WORDS):  # "from the Vila Nova neighbourhood": a part of a town
        for m in finditer_at_words(PLACE_PHRASE, text, THE_ANCHOR):
            if m.group().rsplit(None, 1)[-1] in _QUARTER_WORDS:
                add(m.group(1))
    return found


# Kinds of town part that PLACE_PHRASE presents a name as ("the X neighbourhood")
_QUARTER_WORDS = ("neighbourhood", "neighborhood", "quarter", "suburb", "area")


def kind_of_matches(text: str) -> list[re.Match]:
    """The matches of KIND_OF in `text`, looked for only where a kind of place precedes "of" and a name."""
    return list(finditer_fast(KIND_OF, text)) if _kind_of_gate(text) else []


_OF_NAME = re.compile(r"of\s+[A-ZÀ-Þ]")
_KIND_WORDS = ("town", "village", "city", "camp", "neighbourhood", "neighborhood", "suburb", "settlement",
               "hamlet", "slum", "township", "district", "quarter", "commune", "municipality", "state", "province",
               "region")


def _kind_of_gate(text: str) -> bool:
    """Whether the text holds what any match of KIND_OF holds ("<kind of place> of <Capital>"),
    found from each "of" and a capital back to the kind word before: a fast test before the scan."""
    for m in _OF_NAME.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end != m.start() and text.endswith(_KIND_WORDS, 0, end):
            return True
    return False


# Churches whose parish is no administrative unit
_CHURCHES = frozenset("Catholic Anglican Orthodox Lutheran Methodist Presbyterian Baptist Episcopal Pentecostal "
                      "Adventist Evangelical".split())


def unit_names(text: str, kinds: list[re.Match] | None = None) -> set[str]:
    """Names the text gives as administrative units ("Upper Nile state", "Ulang county"): the
    same name alone elsewhere ("fighting in Upper Nile") is that unit, a region."""
    names, adjectives = set(), set()
    units = finditer_fast(_UNIT_WORD, text) if any(h in text for h in _UNITS + _LANDFORMS) else ()
    for unit in units:  # the unit word first, then the name before it: fast
        m = _NAME_BEFORE.search(text, max(0, unit.start() - 60), unit.start())
        if m is not None:
            words = re.split(r"['’]s\s+", m.group(1))[-1].split()
            while len(words) > 1 and words[0] in OPENERS:  # "Across Kherson region": Kherson's
                words = words[1:]
            if words[-1] in _CHURCHES:  # "the Catholic parish": a church's, no unit
                continue
            if len(words) == 1 and (regional_adjective(text, words[0], unit.end()) or
                                    peoples_adjective(text, m.start(1))):
                adjectives.add(words[0])  # "the Andean state of Mérida": Mérida is the state, here and
                continue                  # where "the Andean state" refers back to it
            names.add(" ".join(words))
    names.update(_strip_openers(n) for n in place_admin.admin_names(text)[1])  # "Sajek union", "Tift and Cook counties"
    if not any(f"{unit} of" in text for unit in _UNITS):
        kinds = ()
    elif kinds is None:
        kinds = kind_of_matches(text)
    return (names - adjectives) | {m.group(2) for m in kinds if m.group(0).split()[-len(m.group(2).split()) - 2]
                                   in _UNITS}  # "the northeastern state of Manipur"


def _strip_openers(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0] in OPENERS:
        words = words[1:]
    return " ".join(words)


def _country_code(name: str, known: Callable[[str], tuple]) -> str:
    return next((p.country for p in known(name) if p.kind == "country"), "")


def _sole_country(name: str, known: Callable[[str], tuple], large: bool = False) -> str:
    """The country of the places called `name` when only one country has any ("Kupwara"); with
    `large`, only a division or a large town (100,000 people or more) says so ("Cox's Bazar"), not a
    small namesake abroad ("St Thomas", Ontario)."""
    places = known(name)
    codes = {p.country for p in places}
    sure = len(codes) == 1 and (not large or any(p.kind != "city" or p.population >= 100_000 for p in places))
    return codes.pop() if sure else ""


def demonym_country(word: str, known: Callable[[str], tuple]) -> str:
    """The country an adjective of nationality names: "Indian" → IN, "Sudanese" → SD, "Chinese" → CN,
    "Tajik" → TJ."""
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-3] + "e", word[:-2] + "a", word,
             word + "istan", word + "stan",  # "Tajik" → Tajikistan, "Kyrgyz" → Kyrgyzstan
             word[:-4] if len(word) >= 8 else "",  # "Peruvian" → Peru, "Togolese" → Togo
             word[:-3] + "on", word[:-3] + "y", word + "land")  # "Lebanese", "Italian", "Thai"
    return next((code for code in (_country_code(s, known) for s in stems if len(s) >= 3) if code), "")


def _after_lead(pattern: re.Pattern, lead: str) -> re.Pattern:
    assert pattern.pattern.startswith(lead)
    return re.compile(pattern.pattern[len(lead):], pattern.flags)


def _after_word(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_'’")


# Patterns that open with `\b` (before a word character) or a look-behind, without it:
# the regex engine skips ahead to their first letters instead of trying every position.
_LEADS = {pattern: (_after_lead(pattern, lead), starts) for pattern, lead, starts in (
    (KIND_OF, r"\b", word_start), (NEAR, r"\b", word_start), (NAMED_CAMP, r"\b", word_start),
    (_UNIT_WORD, r"(?<=[\w'’])", _after_word))}


def finditer_fast(pattern: re.Pattern, text: str):
    """`pattern.finditer(text)` for a pattern of `_LEADS`: its rest searched, each match kept
    where the lead holds, and the search resumed just after a start where it does not."""
    rest, starts = _LEADS[pattern]
    pos = 0
    while True:
        m = rest.search(text, pos)
        if m is None:
            return
        if starts(text, m.start()):
            pos = m.end()
            yield m
        else:
            pos = m.start() + 1


def _near_matches(text: str):
    """`NEAR.finditer(text)`, found from each "ear" (a literal the regex engine skips ahead to) with
    "N" or "n" before it, at the start of a word."""
    pos = 0
    while True:
        m = _NEAR_REST_RE.search(text, pos + 1)
        if m is None:
            return
        at = m.start() - 1
        if text[at] in "Nn" and word_start(text, at):
            m = NEAR.match(text, at)
            pos = m.end()
            yield m
        else:
            pos = at + 1

