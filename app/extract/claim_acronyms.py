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


# The words between a body's name and its acronym when the name goes on with where it works: " in the
# Democratic Republic of Congo" in "The United Nations peacekeeping mission in the Democratic Republic of Congo (MONUSCO)"
_PLACED_TAIL = re.compile(r"\s+(?:in|of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*)){0,5}(?= \()")


def acronym_written_after(text: str, name: str, paren: re.Pattern) -> str | None:
    """The acronym the text writes in brackets (`paren`) right after `name`: as given ("the X (ACR)"),
    opening a sentence ("The X (ACR)"), without the article ("| X (ACR) |"), or after the place the
    body works in ("the X in the Y (ACR)")."""
    bare = name[4:] if name[:4] in ("the ", "The ") else None
    for written in (name, *(("The " + bare, bare) if bare else ())):
        at = text.find(written + " (")
        if at >= 0 and (after := paren.match(text, at + len(written))):
            return after.group(1)
    for written in (name, *(("The " + bare,) if bare else ())):
        at = text.find(written + " ")
        tail = _PLACED_TAIL.match(text, at + len(written)) if at >= 0 else None
        if tail and (after := paren.match(text, tail.end())):
            return after.group(1)
    return None
