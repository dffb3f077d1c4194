"""Where a quoted speaker is from is not the figure's place: "… more than 50 from his wing alone,"
said Ana Ruiz, 47, from X — X is the speaker's home, as in "said a resident of X"."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

# "said Jane Doe, 47, from ", "says Ali Musa, a resident of ", "said a mother of three from "
_SPEAKER_FROM = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:\d{1,3},\s+)?"
    r"(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:resident|native|villager|farmer|mother|father|trader)\s+)?"
    r"(?:from|of)\s+(?:the\s+)?$")


def mark(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for m in mentions:
        if not m.source and m.start >= 6 and text[m.start - 5 : m.start] in ("from ", " of ", "the ") and \
                _SPEAKER_FROM.search(text, max(0, m.start - 90), m.start):
            m = m._replace(source=True)
        out.append(m)
    return out
