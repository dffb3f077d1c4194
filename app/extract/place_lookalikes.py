"""Words that look like a place's name but are not one: a country's short name ("a Burkina town")
and a region's adjective before a unit named after "of" ("the Andean state of Mérida")."""

from __future__ import annotations

import re


def country_short(text: str, name: str, known) -> bool:
    """ "Burkina" in "blockade of Burkina town" beside "TITAO, Burkina Faso": a country's short name."""
    at = text.find(name + " ")
    while at >= 0:
        longer = re.match(r"[A-Z][\w-]*", text[at + len(name) + 1 : at + len(name) + 30])
        if longer and any(p.kind == "country" for p in known(f"{name} {longer.group()}")):
            return True
        at = text.find(name + " ", at + 1)
    return False


def regional_adjective(text: str, word: str, after_unit: int) -> bool:
    """ "Andean" in "the Andean state of Mérida": an adjective before a unit named after "of"."""
    return word.endswith(("an", "ese", "ic", "ish", "ern")) and text.startswith(" of ", after_unit) and \
        text[after_unit + 4 : after_unit + 5].isupper() and _OF_OWNER.match(text, after_unit) is None


# "the Mecula district of Mozambique's Niassa province": the unit is Mecula, inside the owner's
_OF_OWNER = re.compile(r" of [A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s")


# "a largely Bamar region", "a mainly Kurdish province": a people's adjective before the unit word
_DEGREE_BEFORE = re.compile(r"\b(?:largely|mostly|mainly|predominantly|overwhelmingly|majority|chiefly)\s+$")


def peoples_adjective(text: str, start: int) -> bool:
    """The word at `start` follows "largely", "mainly" …: it says who lives in the unit after it, no name."""
    return _DEGREE_BEFORE.search(text, max(0, start - 24), start) is not None
