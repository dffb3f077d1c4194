"""Where a quoted speaker is from is not the figure's place: "… more than 50 from his wing alone,"
said Ana Ruiz, 47, from X — X is the speaker's home, as in "said a resident of X"; and where
an official of a body sits ("the health ministry's director in X told …") is the source's seat."""

from __future__ import annotations

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
    r"organi[sz]ation|programme|program)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:director|head|chief|spokes(?:man|woman|person)|"
    r"representative|coordinator|official|officer|manager)\s+(?:in|for)\s+$", re.IGNORECASE)


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
        out.append(m)
    return out
