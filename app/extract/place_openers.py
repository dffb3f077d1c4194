"""`pattern.finditer(text)` for a pattern whose every match opens, at a word start, with one of a
few words: the pattern is tried only where one of them stands (found with str.find), not at
every character, which the regex engine does for a pattern opening with a word boundary."""

from __future__ import annotations

import re


def word_char(ch: str) -> bool:
    """Whether `ch` is a word character (what the regex engine's word boundary looks at)."""
    return ch.isalnum() or ch == "_"


def matches_at_openers(pattern: re.Pattern, text: str, openers: tuple[str, ...]) -> list[re.Match]:
    """`list(pattern.finditer(text))`, given that each match starts at a word start with one of
    `openers` as written (a stem stands for its longer forms: "raid" for "raided"): `pattern` is
    matched at each such place, in order and without overlaps, as finditer would."""
    starts = []
    for word in openers:
        at = text.find(word)
        while at != -1:
            if at == 0 or not word_char(text[at - 1]):
                starts.append(at)
            at = text.find(word, at + 1)
    out, pos = [], 0
    for at in sorted(starts):
        m = pattern.match(text, at) if at >= pos else None
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
