"""The text patterns the place finder applies around gazetteer names: directions, admin
suffixes, references ("near X"), landmarks, containers, datelines, sources and toll owners."""

from __future__ import annotations

import re

# A run of capitalised words, joined by "of the", "de", "al"…; found by a scan that starts on a
# capital letter (fast), then widened over an "al-" / "el-" written just before it.
# The Arabic article in its assimilated spellings: al-, el-, ad-, an-, ar-, as-, ash-, at-, az-, ez-, es-…
AL = r"(?:[ae][lndrstz]h?|ul|ud|ur|us)-"
CAP_RUN = re.compile(
    r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    r"(?:\s+(?:(?:of\s+the|of|de|del|la|al|el|am|an|upon)\s+)?(?:" + AL + r")?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)*"
)
NON_SPACE = re.compile(r"\S+")
AL_WORD = re.compile(AL + "[A-Z]")
ARTICLE_PREFIX = re.compile(r"\b" + AL + "$")
DIRECTION = re.compile(r"\b((?:north|south)(?:east|west)(?:ern)?|northern|southern|eastern|western|central|"
                        r"north|south|east|west)\s+$", re.I)
DIRECTION_HINT = re.compile(r"(?:north|south|east|west|central)", re.IGNORECASE)
SUFFIX = re.compile(r"\s+(region|oblast|province|district|governorate|state|county|area|valley|crossing|road|"
                     r"roundabout)\b")
# "the interior ministry in Gaza", "officials in London": the place of the source, not of the figure
SOURCE_IN = re.compile(r"\b(?:ministry|ministries|officials|official|authorities|police|office|government|"
                        r"administration|agency|spokesman|spokeswoman|council|command|department|members|"
                        r"university|institute|researchers|group|organisation|organization|charity|embassy)\s+"
                        r"(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
REFERENCE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\b(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest)(?:ern)?\s+of|\bthe\s+capital|\bcapital|\btowards?|\bkm\s+(?:from|of)|"
    r"\bmiles\s+(?:from|of)|\bbeyond|\bedge\s+of|\boutskirts\s+of)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
# The stronger kind of reference: a landmark that locates another place ("30 km north of Hama")
LANDMARK = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\bcapital|"
    r"\btowards?|\bkm\s+(?:from|of)|\bmiles\s+(?:from|of)|\bbeyond)\s+(?:the\s+)?"
    r"(?:city\s+of\s+|capital\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
# Between a place and the larger one that contains it: "Nuseirat camp in central Gaza",
# "Kramatorsk, Donetsk region", "Hyderabad in Pakistan's Sindh province"
CONTAINED_IN = re.compile(r"(?:\s+[a-z]+){0,2}?(?:\s+in|,)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|"
                           r"central\s+)?")
IN = re.compile(r"\b(?:in|at|across|inside|throughout|around|within)\s+(?:the\s+)?(?:wider\s+|central\s+|city\s+of\s+|town\s+of\s+|village\s+of\s+|besieged\s+|neighbouring\s+|neighboring\s+|southern\s+|northern\s+|eastern\s+|western\s+)*$", re.IGNORECASE)
THE_CAPITAL = re.compile(r"\b(?:the\s+)?capital(?:,)?\s+(?:city\s+)?(?:of\s+)?$", re.IGNORECASE)
FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
DATELINE = re.compile(r"(?:^|[—|\-]\s*|\n)([A-Z][A-Z'’ .-]{2,40}[A-Z])(?=,|\s+[—(-])")
FACILITY = re.compile(r"\b(?:steelworks|plant|factory|hospital|school|station|mall|market|airport|port|"
                       r"mosque|church|prison|base|stadium|building|hotel|dam|mine)\b", re.IGNORECASE)
AGENCY_DATELINE = re.compile(r"(?:^|\n)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:,\s+[A-Z][\w ]{2,30})?\s+"
                              r"\([A-Z][\w .&-]{1,30}\)\s*[—–-]")
NAME_GOES_ON = re.compile(r"[ -](?:(?:of|for|and)\s+)?[A-Z]")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:of|for)\s+)?$")
TOLL_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:death\s+toll|toll|dead|casualties|losses|war\s+dead)\b",
                         re.IGNORECASE)
# The last words before a place that can make any of IN, REFERENCE, THE_CAPITAL, FROM or
# SOURCE_IN match; without one of them those searches are skipped.
TRIGGERS = frozenset("in at across inside neighbouring neighboring throughout around within near nearby outside of capital capital, "
                      "towards toward km miles beyond from edge outskirts".split())
SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s+[A-Z\"“])")
