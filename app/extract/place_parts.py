"""A place named only for a share of a figure ("32 people have died, most of them in the Hiran and
Gedo regions"; "1,200 displaced, many of them in camps near X") is not the whole figure's place:
the share is where some of them are, the figure is the wider place its sentence names."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

# "most of them in", "many of whom were in", "the majority of them from", "half of them in the"
_SHARE_BEFORE = re.compile(
    r"\b(?:most|many|some|several|half|all|the\s+majority|a\s+majority|the\s+bulk|a\s+third|two[\s-]thirds|"
    r"a\s+quarter|three[\s-]quarters|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom|those|these)\b"
    r"[^.;:]{0,60}?$", re.IGNORECASE)
_SPAN = 90


def drop_share_places(text: str, inside: list[PlaceMention]) -> list[PlaceMention]:
    """`inside` without the places a share of a figure ("most of them in X") is put in, when a place
    of the whole figure remains (for the figure, or for one its sentence counted before it)."""
    if not text or len(inside) < 2:
        return inside
    after = [m for m in inside if " of " in text[max(0, m.start - _SPAN) : m.start]]
    if not after:
        return inside
    shares = {m.start for m in after if _SHARE_BEFORE.search(text[max(0, m.start - _SPAN) : m.start])}
    kept = [m for m in inside if m.start not in shares]
    return kept if kept and shares else inside
