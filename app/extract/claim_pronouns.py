""""It said" right after a sentence whose subject denied something: "The CPC denied carrying out
the raid. In a statement, it said about 40 of its fighters had been detained" — "it" is the CPC."""

from __future__ import annotations

import re

_SENTENCE_OPEN = re.compile(r"\s*(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}\s+(?:has\s+|had\s+|also\s+)*$")


def denier_before(finder, text: str, start: int, people) -> str | None:
    """The body that opens the sentence just before `start` as the subject of a denial verb, when
    that sentence claims nothing itself."""
    prev = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 2)) + 1
    if start - prev > 300 or prev >= start:
        return None
    m = finder.denial_re.search(text, prev, start)
    if m is None or not _SENTENCE_OPEN.fullmatch(text, prev, m.start()):
        return None
    if finder.verb_re.search(text, prev, m.start()):
        return None
    subject = " ".join(text[prev : m.start()].split())
    subject = re.sub(r"\s+(?:has|had|also)$", "", subject)
    if subject in {p.name for p in people} or finder.looks_like_name(subject):
        return None  # "it" is a body, not a person
    return subject
