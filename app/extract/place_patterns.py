"""The text patterns the place finder applies around gazetteer names: directions, admin
suffixes, references ("near X"), landmarks, containers, datelines, sources and toll owners."""

from __future__ import annotations

import re

# A run of capitalised words on one line (a headline's last word is no part of the byline's first),
# joined by "of the", "de", "al"… ("Côte d'Ivoire"); found by a scan that starts on a
# capital letter (fast), then widened over an "al-" / "el-" written just before it.
# The Arabic article in its assimilated spellings: al-, el-, ad-, an-, ar-, as-, ash-, at-, az-, ez-, es-…
AL = r"(?:[ae][lndrstz]h?|ul|ud|ur|us)-"
CAP_RUN = re.compile(
    r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    r"(?:[^\S\n]+(?:(?:of\s+the|of|de|del|do|da|dos|das|la|al|el|am|an|upon)\s+)?(?:" + AL + r"|d['’])?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)*"
)
# Two runs of capitalised words joined by "and", matched over the span already found
JOINED_NAME = re.compile(r".+", re.DOTALL)
NON_SPACE = re.compile(r"\S+")
AL_WORD = re.compile(AL + "[A-Z]")
ARTICLE_PREFIX = re.compile(r"\b" + AL + "$")
DIRECTION = re.compile(r"\b((?:north|south)-?(?:east|west)(?:ern)?|northern|southern|eastern|western|central|"
                        r"north|south|east|west)\s+$", re.I)
DIRECTION_HINT = re.compile(r"(?:north|south|east|west|central)", re.IGNORECASE)
SUFFIX = re.compile(r"\s+(region|oblast|province|prefecture|district|division|zone|governorate|state|county|area|valley|crossing|road|"
                     r"(?<!held\s)(?<!controlled\s)(?<!occupied\s)(?<![A-Z][A-Z]\s)territory(?!\s+(?:of|held|under|controlled)\b)|"
                     r"roundabout|tehsil|taluka|taluk|regency|lagoon|sub-?county|"
                     r"(?<!Catholic\s)(?<!Anglican\s)(?<!Orthodox\s)(?<!Lutheran\s)(?<!Methodist\s)parish(?!\s+(?:church|priest|council|hall|records?)\b))\b")
# "the interior ministry in Gaza", "officials in London": the place of the source, not of the figure
SOURCE_IN = re.compile(r"\b(?:ministry|ministries|officials|official|authorities|police|office|government|"
                        r"administration|agency|spokesman|spokeswoman|council|command|department|members|"
                        r"university|institute|researchers|group|organisation|organization|charity|embassy|source|diplomats?|analysts?|correspondents?|reporter|"
                        r"(?-i:Mission))\s+"  # "the United Nations Mission in South Sudan (UNMISS)": the body's name, not a rescue mission
                        r"(?:in|from)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?$"  # "police in PNG's"
                        # "a statement issued in Ilorin", "told reporters in Kano", "speaking in Geneva"
                        r"|\b(?:statement|briefing|conference|release|communiqu[eé]|remarks)\s+(?:(?:issued|released|read|"
                        r"given|held|published|made|delivered)\s+)?in\s+$|\b(?:told\s+reporters|speaking|brief(?:ed|s)?|addressing\s+"
                        r"(?:reporters|journalists))\s+in\s+$|\bbased\s+in\s+$", re.IGNORECASE)  # ("a rights body based in Duhok")
# A country's possessive right before a name: "South Sudan's Renk county"
COUNTRY_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+$")
# "the Kharkiv and Sumy regions": the names before are units of that kind
PLURAL_UNIT = re.compile(r"\s+(?:regions|provinces|states|oblasts|governorates|districts|counties|prefectures|areas|"
                         r"townships|tehsils|upazilas|woredas|municipalities|communes|raions|sub-?districts)\b")
# "Turkey's south-east", "Syria's north": a part of the country
COMPASS_AFTER = re.compile(r"\s*(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b(?!\s+of\b)",
                           re.IGNORECASE)
# A part of a town: "the Brooklyn neighbourhood", "the Zeitoun quarter"
NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarter|suburb|district|slum|township)\b", re.IGNORECASE)
# "the governor of the Donetsk region, Pavlo Kyrylenko, said": the office of the source
OFFICE_OF = re.compile(r"\b(?:governor|mayor|head|chief|administrator|commissioner|prefect|spokesman|spokeswoman|"
                       r"spokesperson|minister|police\s+chief|deputy\s+commissioner)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "residents in Parachinar said", "witnesses in the town of X told Reuters": where people who give
# a figure are, with the claim verb right after the place (an appositive between allowed)
SPEAKERS_IN = re.compile(r"\b(?:residents|elders|witnesses|activists|sources|doctors|medics|rescuers|volunteers|"
                         r"journalists|leaders|survivors|relatives|workers)\s+(?:in|from)\s+(?:the\s+)?"
                         r"(?:(?:city|town|village|camp)\s+of\s+)?$", re.IGNORECASE)
CLAIM_AFTER = re.compile(r"(?:\s+(?:city|town|village|camp))?(?:,[^,.;\n]{1,60},)?\s+(?:have\s+|had\s+)?"
                         r"(?:said|say|says|told|reported|estimated?|claimed)\b")
# The people or body a phrase of place right after belongs to: "rescuers in the rebel-held northwest"
SOURCE_NOUN_BEFORE = re.compile(r"\b(?:ministry|officials|authorities|police|office|government|agency|"
                                r"spokesman|spokeswoman|residents|elders|witnesses|activists|sources|doctors|medics|"
                                r"rescuers|volunteers|journalists|monitors|researchers)\s+$", re.IGNORECASE)
# A place listed right after one of these (", " / "and" / "or", an "in" repeated): the same kind of place
LIST_AFTER = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:in\s+)?(?:the\s+)?")
REFERENCE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\b(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest)(?:ern)?\s+of|\bthe\s+capital|\bcapital|\btowards?|\bkm\s+(?:from|of)|"
    r"\bmiles\s+(?:from|of)|\bbeyond|\bedge\s+of|\boutskirts\s+of)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
# "in the Libyan capital Tripoli", "across the capital, Kabul": the capital is the place, no reference point
IN_CAPITAL = re.compile(r"\b(?:in|at|across|inside|throughout|around)\s+the\s+(?:[A-Z][\w'’-]*\s+)?capital(?:\s+city)?"
                        r",?\s+$", re.IGNORECASE)
# "near Renk", "near the town of Adre": the place a figure is close to, not one it is measured from
NEAR = re.compile(r"\bnear\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$", re.IGNORECASE)
# … or on its edge: "attacked a post on the outskirts of Mandouri"
NEAR_OR_EDGE = re.compile(r"\b(?:near|(?:on\s+)?the\s+(?:outskirts|edge)\s+of)\s+(?:the\s+)?"
                          r"(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$", re.IGNORECASE)
# An apposition that says where the town before it lies: ", a rural commune of the … in the "
APPOSED_IN = re.compile(r",\s+(?:a|an|the)\s+[^,.;()\n]{0,60}?\s(?:of|in)\s+(?:the\s+)?")


def on_edge(text: str, m) -> bool:
    """The mention is a reference town the event was near or on the edge of ("on the outskirts of X")."""
    return m.reference and NEAR_OR_EDGE.search(text, max(0, m.start - 30), m.start) is not None


def apposed_to(text: str, towns, m) -> bool:
    """`m` is named in an apposition after one of `towns` that says where it lies ("X, a rural commune
    of the Y cercle in the Z region": Y and Z)."""
    return any(APPOSED_IN.fullmatch(text, t.end, m.start) for t in towns)
# An unnamed spot located by a town: "the desert south of", "a village 20 km north of", "farmland near"
UNNAMED_SPOT = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?:desert|area|hills?|mountains?|forests?|bush|countryside|villages?|"
    r"hamlets?|roads?|highway|plains?|valley|farmland|fields?|border\s+area|outskirts|settlements?|camp|graves?|site)"
    r"(?:\s+for\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?"  # "a camp for displaced people near the town of"
    r"(?:\s+(?:some\s+|about\s+)?\d[\d.,]*\s*(?:km|kilometres|kilometers|miles))?\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|hamlet)\s+of\s+)?$")
# The stronger kind of reference: a landmark that locates another place ("30 km north of Hama")
LANDMARK = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\bcapital|"
    r"\btowards?|\bkm\s+(?:from|of)|\bmiles\s+(?:from|of)|\bbeyond)\s+(?:the\s+)?"
    r"(?:city\s+of\s+|capital\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
# Between a place and the larger one that contains it: "Nuseirat camp in central Gaza",
# "Kramatorsk, Donetsk region", "Hyderabad in Pakistan's Sindh province"
CONTAINED_IN = re.compile(r"(?:(?:\s+[a-z]+){0,2}?(?:\s+in|,)|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:capital|city|town|village|suburb|district|neighbourhood|camp)\s+(?:of|in))\s+"
                           r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+|(?<=the\s)[a-z]{4,}(?:ous|ic|al|ed|ing)\s+)?"
                           r"(?:(?:town|city|municipality)\s+of\s+)?")  # "Barangay Baguindan in the town of Tipo-Tipo", "in the mountainous X"
IN = re.compile(r"\b(?:in|at|across|inside|throughout|around|within)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:border|front-?line|frontier|mountain|desert|mining|farming|garrison)\s+(?:town|city|village)\s+of\s+|wider\s+|central\s+|city\s+of\s+|town\s+of\s+|village\s+of\s+|(?:forests?|jungles?|hills|mountains|countryside|area|district)\s+of\s+|kibbutz\s+|moshav\s+|besieged\s+|neighbouring\s+|neighboring\s+|southern\s+|northern\s+|eastern\s+|western\s+)*$", re.IGNORECASE)
THE_CAPITAL = re.compile(r"\b(?:the\s+)?capital(?:,)?\s+(?:city\s+)?(?:of\s+)?$", re.IGNORECASE)
FROM = re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?$", re.IGNORECASE)
DATELINE = re.compile(r"(?:^|[—|\-]\s*|\n)([A-Z][A-Z'’ .-]{2,40}[A-Z])(?=,|:\s|\s+[—–(-])")  # "GUSAU –", "PESHAWAR:"
FACILITY = re.compile(r"\b(?:steelworks|plant|factory|hospital|school|station|mall|market|airport|port|"
                       r"mosque|church|prison|base|stadium|building|hotel|dam|mine)\b", re.IGNORECASE)
# "Kakhovka dam breach", "Kramatorsk station strike": the name only qualifies a building
FACILITY_AFTER = re.compile(r"\s+(?:steelworks|plant|factory|hospital|school|station|mall|market|airport|"
                            r"port|dam|mine|prison|base|stadium|bridge)\b", re.IGNORECASE)
# "the parish of Saint Joseph", "the Church of Uganda": the saint or the body a church is dedicated to or is
DEDICATED = re.compile(r"\b(?:parish|church|cathedral|chapel|basilica|shrine|convent|monastery|seminary)\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)
# A name followed by an age ("Abu Ahmad, 52,") or opening with a kunya ("Umm Khaled") is a person
PERSON_AFTER = re.compile(r",\s*\d{1,2}(?:,(?!\d)|[;)]|\.(?!\d))")
KUNYA = re.compile(r"(?:Abu|Abou|Umm|Um)\s+[A-Z]")
# Where refugees went: "into Chad", "arrived in Poland", "crossed to the Indian state of Mizoram"
DESTINATION = re.compile(r"\b(?:into|to|reach(?:ed|ing)?|arriv(?:ed|ing|als)\s+in|hosts?|hosting|in)\s+(?:the\s+)?"
                         r"(?:neighbou?ring\s+|nearby\s+)?"
                         r"(?:[A-Z][a-z]+\s+)?(?:(?:state|province|region|city|town|country)\s+of\s+)?"
                         r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?$|"  # "into South Sudan's Renk county"
                         r"\binto\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:at|through|via)\s+(?:the\s+)?$")  # "into Chad at Adre"
# … or a country hosting them: "Bangladesh hosts about 1.1 million Rohingya refugees"
HOSTS_AFTER = re.compile(r"\s+(?:now\s+|still\s+|currently\s+|already\s+)?(?:hosts|hosted|is\s+hosting|has\s+hosted|"
                         r"was\s+hosting|shelters|is\s+sheltering|has\s+taken\s+in|took\s+in|has\s+received|received)\s")


def destination(before: str, text: str, end: int) -> bool:
    """Where refugees went: `DESTINATION` in `before` (searched only when one of its words is in
    it), or a host's verb right after the name ending at `end`."""
    return ("in" in before or "to" in before or "host" in before or "reach" in before) and \
        DESTINATION.search(before) is not None or text.startswith(" ", end) and HOSTS_AFTER.match(text, end) is not None \
        or before.endswith("for ") and FLED_FOR.search(before) is not None  # "fled Nagorno-Karabakh for Armenia"


FLED_FOR = re.compile(r"\b(?:fled|flee|fleeing|left|escaped)\b[^,.;]{1,50}\bfor\s+$")
# "fleeing attacks on villages around El Geneina", "who fled earlier conflicts in Darfur": the
# place named in what people fled is where they came from
FLED_IN = re.compile(r"\b(?:fled|fleeing|flee|flees|escaped|escaping)\s+(?:[a-z-]+\s+){1,5}?"
                     r"(?:in|around|near|on|across)\s+(?:the\s+)?(?:neighbou?ring\s+)?$")
# "held since the defence of Mariupol": a place inside a time phrase dates the figure, it does not place it
SINCE_EVENT = re.compile(r"\b(?:since|after|before|until)\s+the\s+[a-z]+\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
# "fled the Port-au-Prince metropolitan area": a capital named as a place, not as its government
CITY_AREA = re.compile(r"\s+(?:metropolitan\s+)?(?:area|region|suburbs?|outskirts|district|neighbourhoods?)\b")
# A table label that is a named unit: "Northwestern zone", "Kassala state" (not "Mekelle special zone")
NAMED_UNIT = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|prefecture|district|division|zone|governorate|state|county)")
# "…, most of them from Derna": the place of a part of the group, not of the whole figure
PART_OF_GROUP = re.compile(r"\b(?:most|many|some|all|half|several|none|the\s+majority)\s+of\s+(?:them|whom)\s+"
                           r"(?:[\w-]+\s+){0,6}?(?:from|in|to|through|via)\s+(?:the\s+)?$", re.IGNORECASE)
# "most of them in the southern province of Sindh": the same, with the kind of place written out
GROUP_PART_BEFORE = re.compile(r"\b(?:most|many|some|all|half|several|none|the\s+majority)\s+of\s+(?:them|whom)\s+"
                               r"(?:[\w-]+\s+){0,6}?(?:from|in|to|through|via)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
                               r"(?:province|state|region|district|city|town|area)\s+of\s+)?$", re.IGNORECASE)
# "… in Balochistan and (in) Khyber Pakhtunkhwa": the next place of a list that continues it
LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:(?:in|from|to)\s+)?(?:the\s+)?$")
LIST_JOIN = re.compile(r"(?:\s+(?:states|provinces|regions|districts|oblasts|governorates))?"
                       r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
AGENCY_DATELINE = re.compile(r"(?:^|\n)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+[A-Z][\w ]{2,30})?\s+"
                              r"\([A-Z][\w .&-]{1,30}\)\s*[—–-]")
NAME_GOES_ON = re.compile(r"[ -](?:(?:of|for|and)\s+)?[A-Z]")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:of|for)\s+)?$")
TOLL_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:death\s+toll|toll|dead|casualties|losses|war\s+dead)\b",
                         re.IGNORECASE)
# "South Sudan's civil war killed 400,000", "Turkey's earthquake": the country's own war or disaster
# (not "Russia's war in Ukraine", "Israel's war on Gaza": fought elsewhere)
EVENT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:civil\s+war|war|conflict|insurgency|earthquakes?|quakes?|floods?|"
                         r"flooding|cyclone|famine|epidemic|outbreak|genocide)\b(?!\s+(?:in|on|against|with)\b)",
                         re.IGNORECASE)
# "Israel revised the death toll to …": a country that states its own toll owns it
TOLL_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:revised|raised|lowered|updated|put|puts|gave|gives|"
                             r"reported|reports|announced|confirmed)\s+(?:its|the)\s+(?:official\s+)?"
                             r"(?:death\s+toll|toll|number\s+of\s+dead)\b", re.IGNORECASE)
# "the Palestine Red Crescent", "the Syria Civil Defence": a country's name opens an organisation's
ORG_AFTER = re.compile(r" (?!and\b|or\b)[A-Z][a-z]+(?:'s|s'|’s)?\s+(?:[A-Z][a-z]+)")
# "the Gaza health ministry said", "the Gaza civil defence": a place that names a source body
SOURCE_AFTER = re.compile(r"\s+(?:health|interior|foreign|defence|defense|disaster|emergency|civil)?\s*"
                          r"(?:ministry|civil\s+defen[cs]e|authorities|officials|police|media\s+office|"
                          r"disaster\s+agency|health\s+authorities|medics|paramedics|doctors)\b(?!\s+(?:in|of)\b)|"
                          # "the Sisaket provincial public health office says"
                          r"\s+(?:provincial|district|regional|state|municipal|county|city)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:office|department|directorate|administration|authority|command)\b(?!\s+(?:in|of)\b)")
# "Turkey's disaster agency, AFAD,": a national body of the country, the source of a national figure
# (not its defence or foreign ministry, whose counts are of the front or of nationals abroad)
AGENCY_AFTER = re.compile(r"\s+(?!(?:defen[cs]e|foreign|military)\b)(?:[\w-]+\s+){0,2}?(?:agency|ministry|authority|"
                          r"office|institute|directorate)\b", re.IGNORECASE)
# "a Myanmar military air strike": the country's name as an adjective of the side that acted
ACTOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:military|army|air\s+force|armed\s+forces|government|junta|security\s+forces|"
                         r"troops|forces|navy|warplanes?|drones?|missiles?)\b")
# "communities along the Gaza border": the name locates a border, the place is on its other side
BORDER_AFTER = re.compile(r"\s+(?:border|frontier|boundary|perimeter)\b(?!\s+(?:town|city|village|crossing|region|area)\b)")
# "Ghent University", "Kyiv School of Economics": a place that opens an institution's name
INSTITUTION_AFTER = re.compile(r" (?:University|Institute|College|(?:(?:General|Regional|Teaching|Referral|District|State|"
                               r"Provincial|Central|Civil|Military|Main)\s+)?Hospital|Observatory|Network|Society|Foundation|"
                               r"School|Times|Post|Herald|News|Radio|Television|TV)\b")
# Descriptive words of a territory's long form: "the Gaza Strip", "the occupied West Bank"
TERRITORY_WORDS = frozenset("the strip of occupied".split())
# The last words before a place that can make any of IN, REFERENCE, THE_CAPITAL, FROM or
# SOURCE_IN match; without one of them those searches are skipped.
TRIGGERS = frozenset("in at across inside neighbouring neighboring throughout around within near nearby outside of capital capital, "
                      "towards toward km miles beyond from edge outskirts".split())
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[A-Z\"“])")
# "South Sudanese", "North Korean": a compass word that makes another country of a nationality
COMPASS_BEFORE = re.compile(r"\b(?:South|North|Central|East|West)\s+$")
# Where victims were treated or officials spoke is not where the event was: "taken to hospitals in
# Idlib", "speaking in Geneva", "told reporters in Kyiv"
ELSEWHERE_IN = re.compile(
    r"(?:\b(?:taken|rushed|brought|admitted|transferred|evacuated|treated|airlifted|flown)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|in|at)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|facilities))|"
    r"\b(?:speaking|spoke|told\s+(?:reporters|journalists)|(?:news|press)\s+conference|briefing|summit|talks)"
    r")\s+in\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$", re.IGNORECASE)
# A table label that reads as a place's name: one to three capitalised words ("Ruweng", "Imphal East")
LABEL_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")

# The characters that case-fold to an ASCII letter without lower() giving it: İ ı ſ K (Kelvin)
FOLDING = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(segment: str, words: tuple[str, ...], low: str | None = None) -> bool:
    """Whether a case-blind pattern that cannot match without one of `words` (lower-case ASCII) in
    it can match in `segment` (`low`: the segment lowered, when the caller has it): a cheap test
    before the regex. A segment with a character that case-folds to an ASCII letter unlike its
    lower() ("ſ", "ı", "İ", "K") is left to the pattern."""
    low = segment.lower() if low is None else low
    for w in words:
        if w in low:
            return True
    return not segment.isascii() and any(c in segment for c in FOLDING)


# How the compass words of DIRECTION end ("east", "northern", "north", "central")
_COMPASS_ENDS = ("east", "west", "ern", "rth", "uth", "ral")


def direction_before(text: str, start: int):
    """`DIRECTION` searched in the 16 characters before `start`, only when the word before the
    whitespace before `start` ends as a compass word does (or holds a character other than ASCII,
    such as "ſ", which case-folds to "s")."""
    if not start:
        return None
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == start or end == 0 or text[end - 1] not in "tnhlTNHL":
        return None
    tail = text[max(0, end - 4) : end]
    if tail.isascii() and not tail.lower().endswith(_COMPASS_ENDS):
        return None
    window = max(0, start - 16)
    return DIRECTION.search(text, window, start) if DIRECTION_HINT.search(text, window, start) else None


# Words one of which each match of ELSEWHERE_IN holds
_ELSEWHERE_WORDS = ("hospital", "clinic", "medical", "speaking", "spoke", "told", "conference", "briefing", "summit",
                    "talks")


def elsewhere_in(text: str, start: int) -> bool:
    """`ELSEWHERE_IN` searched in the 80 characters before `start` only when one of its words is there."""
    window = max(0, start - 80)
    return may_hold(text[window:start], _ELSEWHERE_WORDS) and ELSEWHERE_IN.search(text, window, start) is not None


_SOURCE_NOUNS = ("ministry", "ministries", "officials", "official", "authorities", "police", "office", "government",
                 "administration", "agency", "spokesman", "spokeswoman", "council", "command", "department", "members",
                 "university", "institute", "researchers", "group", "organisation", "organization", "charity",
                 "embassy", "source", "diplomats", "diplomat", "analysts", "analyst", "correspondent", "correspondents", "mission",
                 "reporter", "statement", "briefing", "conference", "release", "communique", "communiqué", "remarks",
                 "reporters", "speaking", "journalists", "brief", "briefed", "briefs")  # "told our correspondent in X"


def source_in(before: str, low: str) -> bool:
    """`SOURCE_IN` searched in `before` (`low` lower-cased) only when one of its nouns ends the second
    or third word from the end, where a match has it ("officials in", "police from the")."""
    words = low.split()
    if before.isascii() and not any(w.endswith(_SOURCE_NOUNS) for w in words[-3:-1]) and words[-2:-1] != ["based"] and not (
            words and words[-1].endswith("'s") and any(w.endswith(_SOURCE_NOUNS) for w in words[-7:-1])):
        return False
    return SOURCE_IN.search(before) is not None


def part_named(before: str) -> bool:
    """A lower-case compass word right before a name ("raids on western Tripoli"): a part of a
    city, which no government is."""
    if not DIRECTION_HINT.search(before[-16:]):
        return False
    d = DIRECTION.search(before[-16:])
    return d is not None and d.group(1).islower()


def next_paragraph_end(text: str, end: int) -> int:
    """The end of the paragraph after the one ending at `end`, past blank lines (the text's end
    when there is none)."""
    nxt = text.find("\n", end + 1)
    while nxt >= 0 and not text[end:nxt].strip():
        nxt = text.find("\n", nxt + 1)
    return len(text) if nxt < 0 else nxt


# A headline's event that spreads over a country, not one site: "Oman flash flood death toll rises to 14",
# "Senegal unrest: …", "Guatemala quake toll climbs to 43" (its figures are the country's)
WIDE_EVENT = re.compile(r"\b(?:floods?|flooding|monsoon|rains|rainy\s+season|cyclone|typhoon|hurricane|storms?|quake|"
                        r"earthquake|unrest|clashes|fighting|heat\s*wave|heatwave|cold\s+wave|drought|cholera|outbreak|"
                        r"protests?|violence)\b", re.IGNORECASE)
