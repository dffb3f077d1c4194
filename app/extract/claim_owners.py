"""The whole name of a body that owns a document or a branch: "The Department of Disaster
Management's daily report", not "Management's daily report"."""

from __future__ import annotations

import re

from app.extract.claim_phrases import NAME_TOKEN_RE

# capitalised words, with "of / for / and (the)" between them, just before the owner's last word
_NAME_BEFORE = re.compile(r"(?<![\w'’])((?:[Tt]he[ \t]+)?(?:[A-Z][\w-]*[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?)"
                          r"{1,6})$")


# The first word of a place's two-word name: "Burkina Faso", "South Sudan", "Sri Lanka", "West Bank"
_PLACE_FIRST = re.compile(r"\b(?:Burkina|South|North|West|East|Sri|Sierra|Costa|El|New|Saudi|Puerto|Papua|Central|"
                          r"Equatorial|Dominican|Cabo|Cape|United|Solomon|Czech|Timor)\s+$")


def owner_start(text: str, at: int, org_words) -> int:
    """Where the owner that ends in the word at `at` begins: earlier, when the words before it
    make one body's name with an organisation word in it ("Office", "Department", "Authority")."""
    m = _NAME_BEFORE.search(text, max(0, at - 90), at)
    first = _PLACE_FIRST.search(text, max(0, at - 12), at)  # "Burkina Faso's government": the whole name
    if m is None:
        return first.start() if first else at
    words = m.group(1).split()
    if not any(w in org_words for w in words):
        return first.start() if first else at
    start = m.start(1)
    if words[0] not in ("The", "the") and text[max(0, start - 4) : start].lower() == "the ":
        start -= 4  # "the" is written lower-case mid-sentence
    return start


def named_own(rest: str) -> bool:
    """ "Saba news agency", "Al-Masirah television": a name of its own followed by what it is, so a
    possessive pronoun before it adds no owner; "Foreign Ministry" and "foreign ministry" need one."""
    words = rest.split()
    return len(words) >= 2 and NAME_TOKEN_RE.fullmatch(words[0]) is not None and words[-1].islower()


_COUNTRY_OWNED = re.compile(r"([A-Z][a-z]{3,})['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_DEMONYM_ENDS = ("an", "ese", "i", "ish", "ic")


def demonym_named(text: str, pos: int, np: str) -> str | None:
    """ "Senegal's navy said" after "The Senegalese navy rejected …": the body as first written,
    by the country's adjective."""
    m = _COUNTRY_OWNED.fullmatch(np)
    if m is None:
        return None
    country, rest = m.groups()
    pattern = re.compile(rf"\b[Tt]he\s+({re.escape(country[:4])}\w*)\s+{re.escape(rest)}\b")
    for hit in pattern.finditer(text, 0, pos):
        adjective = hit.group(1)
        if adjective != country and adjective.endswith(_DEMONYM_ENDS):
            return "the " + adjective + " " + rest
    return None


# "The agency's Displacement Tracking Matrix recorded …": a body's named data tool speaks for it
_TOOL_OWNED = re.compile(r"([Tt]he\s+(?:[a-z]+\s+){0,2}(?:agency|organi[sz]ation|group|ministry|office|body|"
                         r"charity|network|authority|department))['’]s\s+(?:[A-Z][\w-]*\s+){0,4}"
                         r"(?:Matrix|Dashboard|Database|Tracker|System|Index|Platform|Portal)")


def tool_owner(np: str) -> str | None:
    """ "the agency" in "The agency's Displacement Tracking Matrix", for the caller to resolve."""
    m = _TOOL_OWNED.fullmatch(np)
    return m.group(1) if m else None
