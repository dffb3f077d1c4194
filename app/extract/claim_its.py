""""Its Ministry of Defence said" after a paragraph that opens with a body named with its acronym
("The National Unity Government (NUG), the parallel administration, rejected …") → "the NUG
Ministry of Defence": the branch's own name under the acronym of the body the paragraph is about.
Also the holders of a place's titles: "the regional governor" after a sentence naming a new area is
that area's, not the governor named before."""

from __future__ import annotations

import re

_OPENING_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,8}"
                           r"\(([A-Z]{2,8})\)")
_BRANCH = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’-]*))*")


def owned_branch(text: str, pos: int, np: str) -> str | None:
    """ "Its Ministry of Defence" at `pos` → "the NUG Ministry of Defence", when the paragraph
    opens with "The National Unity Government (NUG)"; else None."""
    if not np.startswith(("Its ", "its ")):
        return None
    rest = np[4:]
    if not _BRANCH.fullmatch(rest):
        return None
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_BODY.match(text, start, pos)
    return f"the {m.group(1)} {rest}" if m else None


_PLACE_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \t]*,?[ \t]*$")


def place_title_holder(text: str, pos: int, np: str, titles, people) -> str | None:
    """ "… in the border city of Belgorod, its governor said" → the person the story names as a
    governor near "Belgorod", before or after."""
    if not np.startswith(("its ", "Its ")):
        return None
    rest = np[4:].lower()
    key = titles.get(rest)
    if not key:
        return None
    at = text.rfind(np, max(0, pos - 4), pos + len(np) + 2)  # `pos` may stop short of the phrase's start
    at = pos if at < 0 else at
    place = _PLACE_BEFORE.search(text, max(0, at - 40), at)
    if not place:
        return None
    wanted = {rest, key}
    for person in people:
        if wanted & person.titles and place.group(1) in text[max(0, person.start - 80) : person.start + 80]:
            return person.name
    return None


# "In Russia's Voronezh region, …, the regional governor said": an area named with its unit
_AREA_NAMED = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+(?:region|oblast|province|state|county|district|governorate)\b")


def new_area_before(text: str, pos: int, person: str) -> bool:
    """The sentence before `pos` names an area the article has not named before it, and the
    person holding the title was named earlier: the title is that new area's holder, someone else."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    first = text.find(person)
    if first < 0 or first > start:
        return False
    return any(text.find(m.group(1), 0, start) < 0 for m in _AREA_NAMED.finditer(text, start, pos))
