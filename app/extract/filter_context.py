"""Numbers that the words right around them say are no count of people: the counts themselves
("the two figures will converge"), prisoners who broke out, a count put right (", not nine,"), the
number in a group's name ("the charity Utopia 56")."""

from __future__ import annotations

import re

_COUNTS_AFTER = re.compile(r"\s+(?:figures|estimates|counts|tallies|tolls|numbers)\b")
# prisoners who broke out, no measure of the guidelines (those recaptured are captured)
_ESCAPED_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:inmates|prisoners|detainees|convicts)\s+(?:who\s+)?(?:had\s+|have\s+)?"
                            r"(?:escaped|broke\s+out|fled\s+the\s+(?:prison|jail))\b")
# "…, not nine, because", "…, not 40.": a count set aside for the one before it
_NOT_THAT_AFTER = re.compile(r"\s*(?:[,.;:)]|as\b|because\b|$)")
_FIGURE_BEFORE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b",
                            re.IGNORECASE)
# A group's name that ends on a number: "the charity Utopia 56", "the collective Watch 24"
_NAMED_GROUP_BEFORE = re.compile(r"\b(?:charity|group|NGO|association|collective|organi[sz]ation)\s+[A-Z][\w'’-]+\s+$")


def context_reason(is_word: bool, before: str, after: str, last_word: str) -> str | None:
    """Why the number between `before` and `after` is no figure, or None; `last_word` is the
    lower-cased word before it."""
    if is_word and last_word in ("the", "both", "these", "those") and _COUNTS_AFTER.match(after):
        return "ratio or pronoun"  # "the two figures will converge": the counts themselves, no people
    if _ESCAPED_AFTER.match(after):
        return "escaped"  # "Twelve of the 19 inmates who escaped are back in custody": the 19 broke out
    if last_word == "not" and before.endswith(", not ") and _NOT_THAT_AFTER.match(after) and \
            _FIGURE_BEFORE.search(before, max(0, len(before) - 60)):
        return "figure put right"  # "gives 11 dead across the region, not nine, because …": the count it replaces
    if before.endswith(" ") and before[-2:-1].isalpha() and _NAMED_GROUP_BEFORE.search(before):
        return "name or wire slug"  # "according to a count by the charity Utopia 56": the charity's name
    return None
