"""A fact line's label as the measure of its one number: "- Dead: 32", "Injured: 57 people were
admitted", "- Displaced: 24,318 people in 87 evacuation points" (the label outranks a word after the
number, when the label opens its own line)."""

from __future__ import annotations

import re

# a fact line's label before its one number: "- Dead: 32", "Injured: 57 people were admitted", "Toll: about 40"
# the words before a thing that say where or when: "in the raid", "at the Jani Khel checkpoint"
_PLACE_PHRASE = re.compile(r"\b(?:in|at|on|during|after|near|from|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
                           re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_LABEL_COLON = re.compile(r"[\s*•·-]*((?:[A-Za-z][\w'’-]*\s+){0,6}?[A-Za-z][\w'’-]*):\s+(?:[a-z]+\s+){0,3}?")


def label_measure(text: str, measures, things: re.Pattern, left_limit: int, num_start: int, num_end: int,
                  best: tuple | None) -> tuple[tuple | None, re.Match | None]:
    """(the measure to read, scored as the readers score it; the label that gave it, or None) for the
    number at num_start, given `best`, the measure the words around the number gave. `measures` are
    the article's measure terms, `things` the words that count no people ("Livestock perished: 1,160")."""
    if best is not None and best[1].start < num_end:
        return best, None  # a measure word before the number stands
    label = _LABEL_COLON.fullmatch(text, left_limit, num_start)
    if label is None or label.group(1).count(" ") > 3 and (best is not None or not _line_label(text, label)):
        # a label of more than four words opens its own line and stands only where no word around the
        # number names a measure: "Militants killed in the raid: 12", not "Transferred to Turkey: 14 wounded"
        return best, None
    heads = [t for t in measures if left_limit <= t.start and t.end <= label.end(1)]
    if not heads or _counts_things(text, things, left_limit, label.end(1)):
        return best, None if best is not None else label
    if best is not None and not _line_label(text, label):
        return best, None  # "6 missing Kegalle: 12 dead": "missing" is no label of this number's line
    return (0.7, heads[-1]), label


def _counts_things(text: str, things: re.Pattern, start: int, end: int) -> bool:
    """The label counts things ("Livestock perished: 1,160"), not where people died ("Killed in the
    raid: 12", "Militants killed in the Jani Khel raid: 12")."""
    return any(not _PLACE_PHRASE.search(text, max(start, m.start() - 40), m.start()) and
               not (text[m.start()].isupper() and _CAPITAL_BEFORE.search(text, max(start, m.start() - 30), m.start()))
               # ("the Joint Operations Command": a name)
               for m in things.finditer(text, start, end))


def _line_label(text: str, label: re.Match) -> bool:
    """The label opens its own line, after a bullet at most ("- Displaced: 24,318 …")."""
    line_start = text.rfind("\n", 0, label.start(1)) + 1
    return line_start >= label.start() and not text[line_start : label.start(1)].strip(" \t*•·-")
