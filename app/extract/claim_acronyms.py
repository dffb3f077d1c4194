"""A body quoted by its acronym and referred back to by what it is: "the Euphrates Monitor for Human
Rights (EMHR) said … the British-based monitor said" → EMHR."""

from __future__ import annotations

import re

_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")
_FUNCTION_WORDS = frozenset("for of on in the and de du des la le".split())
# "the army", "the police" speak for the state's forces, not for a "… Liberation Army (BLA)" quoted last
_STATE_FORCES = frozenset("army military forces police guard".split())


def expansion(text: str, acronym: str, before: int) -> str | None:
    """The name written before "(ACRONYM)" the first time the text gives it, before `before`."""
    at = text.find(f"({acronym})", 0, before)
    if at < 0:
        return None
    words = text[max(0, at - 120) : at].split()
    name: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or word.lower() in _FUNCTION_WORDS and name:
            name.append(word)
        else:
            break
    while name and name[-1].lower() in _FUNCTION_WORDS:
        name.pop()
    return " ".join(reversed(name)) or None


def acronym_for(text: str, pos: int, head: str, claims) -> str | None:
    """The acronym of the body quoted last whose name holds `head`'s noun ("monitor" in "Euphrates
    Monitor for Human Rights"); the head's other words must be in the name or be descriptions
    ("British-based", "Geneva-based")."""
    words = head.lower().split()
    if not words or words[-1] in _STATE_FORCES:
        return None
    for claim in reversed(claims[-24:]):
        name = claim.claimant
        if claim.start >= pos or not name or not _ACRONYM.fullmatch(name) or not name.isupper():
            continue
        full = expansion(text, name, pos)
        if full is None:
            continue
        held = {w.strip(",.'’").lower() for w in full.split()}
        if words[-1] in held and all(w in held or "-" in w for w in words[:-1]):
            return name
        return None  # only the body quoted last
    return None
