"""A body the article describes in an appositive: "the Martyrs Foundation, a Hezbollah-affiliated
group, …" is what a later "the group said" refers to."""

from __future__ import annotations

import re

_PATTERNS: dict[str, re.Pattern] = {}  # by head noun: "group", "rights group", "agency"


def _pattern(head: str) -> re.Pattern:
    pattern = _PATTERNS.get(head)
    if pattern is None:
        if len(_PATTERNS) > 2_000:
            _PATTERNS.clear()
        pattern = _PATTERNS[head] = re.compile(
            rf"((?:[Tt]he\s+|[A-Z][\w-]*['’]s\s+)?"
            rf"(?:[A-Z][\w'’-]*\s+(?:of\s+|for\s+|the\s+)*){{0,5}}"
            rf"[A-Z][\w'’-]*),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(head)}\b"
            rf"(?![ \t]+[A-Z]|['’]|\s+(?:said|says|told|reported|reports|claimed|added|stated|warned)\b)")
    # "… of Quito, the prison agency SNAI said", "the group's head"; "…, in Dori, a rights group said": no appositive
    return pattern


def described_as(text: str, pos: int, head: str) -> str | None:
    """The last body the article called a `head` in an appositive: "X, a rights group,". The
    pattern holds the head as written, so a stretch without it is not searched."""
    lo = max(0, pos - 1500)
    if text.find(head, lo, pos) < 0:
        return None
    found = None
    for m in _pattern(head).finditer(text, lo, pos):
        found = m.group(1)
    return found


# A sentence that opens on a body's full name and its acronym, then a verb
_OPENING_BODY = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,7}\(([A-Z]{2,8})\)\s+[a-z]")


def quoted_just_before(text: str, claims, pos: int, org_words) -> str | None:
    """The body quoted last before `pos` in the same paragraph, when its name is a body's own
    ("The World Food Programme says … Seven remain held, the agency said"): what "the agency"
    or "the group" refers back to, whatever it is called."""
    opening = _OPENING_BODY.match(text, max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1))
    if opening is not None and opening.end() < pos:  # "The International Organization for Migration
        return opening.group(1)  # (IOM) recorded 412 deaths …, the agency said": this sentence's body, IOM
    last = next((c for c in reversed(claims) if c.start < pos and c.claimant), None)
    if last is None or text.find("\n", last.end, pos) >= 0:
        return None
    words = last.claimant.split()
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    named = len(words) > 1 and all(w[:1].isupper() or w in ("of", "for", "and") for w in words)
    return last.claimant if named and words[-1] in org_words else None
