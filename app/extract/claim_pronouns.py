""""It said" right after a sentence whose subject denied something: "The CPC denied carrying out
the raid. In a statement, it said about 40 of its fighters had been detained" — "it" is the CPC."""

from __future__ import annotations

import re

# "…, a claim the Stability Force denied." closing the sentence before: the denier speaks next
_DENIED_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:claim|figure|report|account|allegation|accusation)s?\s+"
                                r"(?:that\s+|which\s+)?((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5})\s+"
                                r"(?:has\s+|had\s+|quickly\s+|swiftly\s+)*(?:denied|denies|rejected|rejects|disputed|"
                                r"disputes|dismissed|dismisses)\b[^.,;]*[.!]?\s*$")
_SENTENCE_OPEN = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}\s+(?:has\s+|had\s+|also\s+)*$")

# "In a statement on Telegram, ", "In a video posted online, ": an aside before the sentence's subject
DOCUMENT_OPENER = re.compile(r"\s*(?:In|Through)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|"
                             r"communiqu[eé]|release|video|briefing|letter)\b[^,.;]{0,40},\s+")
_DESCRIBED_OPEN = re.compile(r"\s*(?:The|Its|Their)\s+(?:[A-Z][\w'’.&-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,2}"
                             r"(?:has\s+|had\s+|also\s+)*$")


def denier_before(finder, text: str, start: int, people) -> str | None:
    """The body that opens the sentence just before `start` as the subject of a denial verb, when
    that sentence claims nothing itself."""
    prev = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 2)) + 1
    if text[prev : prev + 1] in ('"', "“") and 0 < start - prev < 200 and prev > 2:
        # '"Nobody is held. These are lies," the group said': the quote's opening sentence is no subject
        start, prev = prev, max(text.rfind(". ", 0, prev - 2), text.rfind("\n", 0, prev - 2)) + 1
        while prev < start and text[prev] in "\n ":
            prev += 1
    if start - prev > 300 or prev >= start:
        return None
    opener = DOCUMENT_OPENER.match(text, prev, start)
    if opener is not None:  # "In a statement on Telegram, the RSF denied …": the subject after the aside
        prev = opener.end()
    m = finder.denial_re.search(text, prev, start)
    if m is not None and text.find(", ", prev, m.start()) > 0:
        apposed = _DENIED_APPOSITIVE.search(text, prev, start)
        if apposed:
            return apposed.group(1)
    if m is None or not (_SENTENCE_OPEN.fullmatch(text, prev, m.start()) or
                         # "The Pakistani army rejected the figures": a body named by its kind
                         _DESCRIBED_OPEN.fullmatch(text, prev, m.start()) and
                         finder._source_head(text[prev : m.start()].split()[-1])):
        return None
    if finder.verb_re.search(text, prev, m.start()):
        return None
    subject = " ".join(text[prev : m.start()].split())
    subject = re.sub(r"\s+(?:has|had|also)$", "", subject)
    if subject in {p.name for p in people} or finder.looks_like_name(subject):
        return None  # "it" is a body, not a person
    return subject


_SPEAKS_FOR = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|"
                         r"head|director|chief)\s+(?:for|of|at)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w'’-]*){0,5}),")


def speaks_for(text: str, name: str) -> str | None:
    """The body a person speaks for, from the apposition where they are named: "X, spokesman
    for the Emergency Medicine Centre," → "the Emergency Medicine Centre"."""
    at = text.find(name)
    m = _SPEAKS_FOR.match(text, at + len(name)) if at >= 0 else None
    return m.group(1) if m else None


def spoken_for(text: str, pos: int, people, previous, out) -> str | None:
    """ "It added" right after a person's claim: the body that person was named speaking for."""
    earlier = (previous(True) if callable(previous) else previous) + out
    last = next((c for c in reversed(earlier) if c.start < pos and c.claimant), None)
    if last is None or last.start < pos - 400 or last.claimant not in {p.name for p in people}:
        return None
    return speaks_for(text, last.claimant)
