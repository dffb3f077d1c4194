"""Names the text gives as attack targets, found fast: TARGET tried only where one of the words its matches open
with stands, and a name's mention after "in", "at", "to"… looked for with str.find instead of a
pattern compiled for each name (each article's names are new: the regex cache misses)."""

from __future__ import annotations

from app.extract.place_event import TARGET
from app.extract.place_openers import matches_at_openers, word_char

# The words, as written, that each match of TARGET opens with ("raided" and "attacked" by their stems,
# "opened" and "opening" by "open")
OPENERS = ("raid", "attack", "assault", "ambush", "massacre", "offensive", "struck", "stormed", "overran", "hit",
            "open")
# The words one of which stands, with whitespace, before a name the text puts somewhere
_PREPOSITIONS = ("in", "at", "to", "near", "around", "from")


def target_names(text: str) -> list[str]:
    """Names the text gives as the target of an attack: with a kind of site after it ("struck X
    village"), or a name the text also puts after "in", "to", "around"… ("the raid on X, …")."""
    out = []
    for m in matches_at_openers(TARGET, text, OPENERS):
        name = m.group(1)
        if m.group(2) or _after_preposition(text, name):
            out.append(name)
    return out


def _after_preposition(text: str, name: str) -> bool:
    """Whether `name`, as a whole name (no word character, apostrophe or hyphen right after it),
    stands after one of `_PREPOSITIONS` (a whole word) and whitespace."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if end == len(text) or not (word_char(text[end]) or text[end] in "'’-"):
            j = at
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j < at and any(text.endswith(p, 0, j) and (j == len(p) or not word_char(text[j - len(p) - 1]))
                              for p in _PREPOSITIONS):
                return True
        at = text.find(name, at + 1)
    return False
