"""Places named as the cause's origin, not the event's site, and the headline's state as the scope."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

# "water released from dams upstream in X", "heavy rain further upstream in X's highlands": where the
# flood came from, not where it struck
_UPSTREAM = re.compile(r"\b(?:up|down)(?:-|\s)?stream\s+(?:in|from|of|at)\s+(?:the\s+)?$", re.IGNORECASE)


# "releases from the X dam upstream", "the X and Y dams upstream in Z": a dam's name, the cause's origin
_DAM_UPSTREAM = re.compile(r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}\s+(?:dams?|Dams?|reservoirs?)\s+(?:further\s+)?"
                           r"(?:up|down)(?:-|\s)?stream\b")


def upstream(text: str, start: int, end: int = -1) -> bool:
    """The place at [`start`, `end`) is named after "upstream in", or is the name of a dam upstream:
    a cause's origin."""
    if "stream" in text[max(0, start - 24) : start] and _UPSTREAM.search(text, max(0, start - 24), start):
        return True
    return end >= 0 and "stream" in text[end : end + 50] and _DAM_UPSTREAM.match(text, end) is not None


def headline_scope(text: str, pos: int, end: int, mentions: list[PlaceMention], named) -> PlaceMention | None:
    """When the lead names no event site, a state or province the headline names and the lead names
    again, even as the owner of a body ("the X State Emergency Management Agency said"): the scope."""
    for m in mentions:
        if pos <= m.start < end and m.place in named and m.place.kind == "region" and not m.reference:
            return m._replace(source=False)
    return None
