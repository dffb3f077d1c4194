"""What the words around a capitalised name say of it: the hospital a source works at, a storm's
name, an -ing verb opening a sentence, a river, a table row's label, the reporters on a byline, a
town the text presents as one ("the town of X"), a name inside a longer one, the words of flight,
of an earlier event ("since the siege of X") and of speakers ("residents of X") before it. Each
test is cheap and looks only near the name."""

from __future__ import annotations

import re

from app.extract import place_patterns as pat
from app.extract.place_mention import PlaceMention

# "Two medics at Mbale Regional Referral Hospital told Reuters": where the source works, a hospital named
# after its town, is not where the wounded were hurt
_STAFF_AT = re.compile(r"\b(?:medics|doctors?|nurses?|staff|surgeons?|officials?|sources?|workers|director|spokes(?:man|woman|person))"
                       r"\s+at\s+(?:the\s+)?$", re.IGNORECASE)
_HOSPITAL_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Hospital|Clinic|Infirmary|Morgue|Medical\s+Cent(?:re|er)|"
                             r"Health\s+Cent(?:re|er))\b")


def staff_at_hospital(before: str, text: str, end: int) -> bool:
    """A name that opens the name of the hospital a source works at ("medics at Mbale … Hospital")."""
    return _STAFF_AT.search(before) is not None and _HOSPITAL_AFTER.match(text, end) is not None


_LOWER_WORD_AFTER = re.compile(r" [a-z]")


# Words that name a storm just before its name ("Cyclone Malhar", "cyclonic storm Malhar")
_STORM_WORDS = ("cyclone ", "typhoon ", "hurricane ", "storm ")
_STORM_OPENERS = ("Cyclone ", "Typhoon ", "Hurricane ", "Storm ", "Tropical Storm ", "Tropical Cyclone ",
                  "Super Typhoon ")


def storm_name(text: str, start: int) -> bool:
    """The capitalised run at `start` is a storm's name or opens on the kind of storm."""
    return text.startswith(_STORM_OPENERS, start) or text[max(0, start - 11) : start].lower().endswith(_STORM_WORDS)


def gerund_opener(text: str, start: int, end: int) -> bool:
    """The capitalised word at [start, end) is an -ing verb opening a sentence or a quote ("Reading
    out the verdict", "Speaking to reporters"), followed by a word in lower case."""
    if " " in text[start:end] or not _LOWER_WORD_AFTER.match(text, end):
        return False
    before = text[max(0, start - 2) : start]
    return start == 0 or before[-1:] in "\n\"“‘(" or before in (". ", "? ", "! ", "- ", "– ", "— ")


_RIVER = (" River", " river", " rivers", " reservoir", " Reservoir", " canal", " Canal")
# "the Wulan and Serang rivers", "the Sava, Drina and Una rivers": every name of the list is a river
_RIVER_LIST = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+(?:the\s+)?"
                         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+rivers\b")


def river_after(text: str, end: int) -> bool:
    """The name ending at `end` is a river's or a reservoir's: "the X River overflowed", "the X and Y
    rivers", "along the former Kakhovka reservoir", not the town or country that shares its name."""
    return text.startswith(_RIVER, end) or text.startswith((",", " and"), end) and \
        _RIVER_LIST.match(text, end) is not None


def river_before(text: str, start: int) -> bool:
    """The name starting at `start` is a river's, its word first: "capsized on the River Niger"."""
    return text.endswith(("River ", "the river "), 0, start)


# After a row's label, a cell of a number: "Bishkek city | 1 | 4", "Kabul: 12", "Juba\t40" (not "Conakry | 20 February")
_ROW_AFTER = re.compile(r"(?:\s+(?:city|City|province|region|district))?[ \t]*(?:\||:|\t)[ \t]*[\d,.]+[ \t]*(?:[|\t\n]|$)")


def row_label(text: str, start: int, end: int) -> bool:
    """The name at [start, end) opens a line of a table or list as its label ("Bishkek city | 1 | 4",
    "- Kabul: 12"): a place, even a capital that news elsewhere writes for its government."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t-•*") and _ROW_AFTER.match(text, end) is not None


# "By WANJIRU KAMAU | Monday", "By Jane Doe and Ali Musa, Ilorin": the reporters' names on a byline
# among the first lines (a place after their comma is where they write from, and stays a place)
_BYLINE_NAMES = re.compile(r"(?:^|\n)By\s+([^\n|,—–(]{3,80}?)\s*(?:[|,—–(]|\n|$)")


def byline_names(text: str) -> tuple[int, int]:
    """The span of the reporters' names on a byline in the first 400 characters, else (0, 0)."""
    m = _BYLINE_NAMES.search(text, 0, min(len(text), 400)) if "By " in text[:400] else None
    return m.span(1) if m is not None else (0, 0)


# "near the towns of Dubti and Aysaita", "the village of X": a town the text presents as one
_PRESENTED_TOWN = re.compile(r"\b(?:towns?|villages?|cit(?:y|ies)|settlements?|communit(?:y|ies))\s+of\s+"
                             r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+(?:and|or)\s+))?$")


def presented_town(text: str, start: int) -> bool:
    """Whether the name at `start` follows "the town(s) of" (alone or after another name)."""
    return " of " in text[max(0, start - 60) : start] and _PRESENTED_TOWN.search(text, max(0, start - 60), start) is not None


def name_alone(text: str, m: PlaceMention) -> bool:
    """The name is not a word of a longer proper name ("Rapid Support Forces", "Human Rights Watch")."""
    return pat.NAME_GOES_ON.match(text, m.end) is None and pat.NAME_BEFORE.search(text, max(0, m.start - 30), m.start) is None


def fled_in(text: str, start: int) -> bool:
    """`FLED_IN` searched in the 70 characters before `start` only when a word of flight is in them."""
    window = text[max(0, start - 70) : start]
    return ("fle" in window or "escap" in window) and pat.FLED_IN.search(window) is not None


def since_event(before: str) -> bool:
    """`SINCE_EVENT` searched in `before` only when one of its words is in it (or a character that
    case-folds to a letter of one: "ſ", "ı", "İ")."""
    if before.isascii():
        low = before.lower()
        if "since" not in low and "after" not in low and "before" not in low and "until" not in low:
            return False
    return pat.SINCE_EVENT.search(before) is not None


# Words one of which REFERENCE, or PART_OF_GROUP, cannot match without: a cheap test before the regex
REFERENCE_WORDS = ("near", "outside", "north", "south", "east", "west", "capital", "toward", "km", "miles",
                   "beyond", "edge", "outskirts")
GROUP_WORDS = ("them", "whom")
FROM_WORDS = ("from", "out")  # FROM's "out of" may break over a line or double space


_SPEAKER_ENDS = ("s in", "s from", "s in the", "s from the", " of")


def speakers_in(before: str, low: str) -> bool:
    """`SPEAKERS_IN` searched only when `before` ends as it can ("residents in", "… of")."""
    return low.rstrip().endswith(_SPEAKER_ENDS) and pat.SPEAKERS_IN.search(before) is not None


# a state acting in a time clause: "since Israel began its strikes", "after Russia launched its invasion"
ACTS_AFTER = re.compile(r"\s+(?:began|begun|started|launched|opened|resumed|invaded|attacked|struck|stepped\s+up|"
                         r"escalated|unleashed)\b")
