"""Numbers that are a person's age or one person's family, not a count: "her brother, 29, died",
"a former soldier, now 71,", "children under 12", "as young as 13", "he said he was 52", "fled with
her four children". `NonFigureFilter.reason` (filters.py) asks `age_reason`."""

from __future__ import annotations

import re

from app.extract.numbers import NumberMention

# the people an age is given after ("her brother, 29, died")
_PERSON_NOUNS = frozenset("brother sister son daughter husband wife mother father cousin uncle aunt nephew niece "
                          "grandmother grandfather grandson granddaughter neighbour neighbor friend man woman boy girl "
                          "farmer trader herder fisherman driver teacher student resident widow survivor".split())
# "he said he was 52": an age
_PRONOUN_WAS = re.compile(r"\b(?:he|she|I)\s+(?:was|is)\s+(?:now\s+)?$", re.IGNORECASE)


def _age_like(m: NumberMention) -> bool:
    """The number is written in digits and could be a person's age."""
    return m.raw.isdigit() and 0 < int(m.raw) <= 110


# "children under 12", "boys over 15", "infants younger than six": the number is an age
_AGE_LIMIT_WORDS = frozenset({"under", "over", "below", "above", "than", "of"})
_AGE_LIMIT_BEFORE = re.compile(r"\b(?:children|child|boys|girls|babies|infants|minors|kids|pupils|teenagers)\s+"
                               r"(?:(?:aged\s+)?(?:under|over|below|above)|younger\s+than|older\s+than)"
                               r"(?:\s+the\s+age\s+of)?\s+$", re.IGNORECASE)
# "Of the killed, under 18", "| Over 60 |": an age band opening a table cell or closing it after a comma
_AGE_CELL_BEFORE = re.compile(r"[,|\n]\s*(?:aged\s+)?(?:under|over|below|above)\s+$", re.IGNORECASE)
_CELL_END = re.compile(r"\s*(?:\||$)")
# "as young as 13", "dies at 88", "the oldest of those freed was 61", "Her son was 17 when …"
_AGE_CUE_ENDS = frozenset({"as", "at", "was"})
_AGE_CUE_BEFORE = re.compile(r"(?:\bas\s+(?:young|old)\s+as|\b(?:dies|died)\s+at|"
                             r"\b(?:oldest|youngest)\b[^.;]{0,40}\b(?:was|is))\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s+(?:years?\s+old\s+)?when\b")
# "fled with her four children", "with his wife and three grandchildren"
_KIN_ENDS = frozenset({"his", "her", "their", "and"})
# ("with his three wives and 11 children": both numbers)
_KIN_BEFORE = re.compile(r"\bwith\s+(?:his|her|their)\s+(?:(?:[a-z]+\s+)?(?:wife|wives|husband|mother|father|parents|"
                         r"sons|daughters|children)\s+and\s+)?$", re.IGNORECASE)
_KIN_AFTER = re.compile(r"\s+(?:(?:young|younger|small|little|older|eldest)\s+)?(?:children|sons|daughters|"
                        r"grandchildren|siblings|brothers|sisters|wives|relatives|nephews|nieces)\b", re.IGNORECASE)
# "children aged 9 and 13", "aged 4, 7 and 11": the ages after the first too
_AGE_LIST_BEFORE = re.compile(r"\b(?:aged|ages|ageing|aging)\s+(?:between\s+)?(?:\d{1,3}|[a-z]+)(?:\s*,\s*(?:\d{1,3}|[a-z]+))*"
                              r"(?:\s*,|,?\s+(?:and|or|to))\s+$",
                              re.IGNORECASE)


def age_reason(text: str, m: NumberMention, before: str, after: str, last_word: str,
               people_after: re.Pattern[str]) -> str | None:
    """Why `m` is an age or a family's size, or None; `before`/`after` are the 30/40 characters
    around it, `last_word` the word before it (lower-cased), `people_after` the people words."""
    if after[:1] == "," and (last_word == "now" and before.endswith(", now ") or
                             last_word.rstrip(",") in _PERSON_NOUNS and before.endswith(", ")) and \
            _age_like(m):
        return "age"  # "a former soldier, now 71,", "her brother, 29, died"
    if (last_word in ("and", "or", "to") or last_word.endswith(",")) and _AGE_LIST_BEFORE.search(before):
        return "percentage, age or unit"  # "children aged 9 and 13": the second age too
    if last_word in _AGE_LIMIT_WORDS and _AGE_LIMIT_BEFORE.search(before):
        return "percentage, age or unit"  # "children under 12", "pupils younger than 10": an age
    if last_word in _AGE_LIMIT_WORDS and (m.value or 0) < 100 and _AGE_CELL_BEFORE.search(before) and _CELL_END.match(after):
        return "percentage, age or unit"  # "Week ending | Killed | Of the killed, under 18": a column's age band
        # ("| over 200 |" is a count)
    if last_word in _AGE_CUE_ENDS and (_AGE_CUE_BEFORE.search(text, max(0, m.start - 70), m.start) or
                                       (last_word == "was" and _WHEN_AFTER.match(after))):
        return "age"  # "as young as 13", "the oldest of those freed was 61", "was 17 when he was taken"
    if last_word in ("was", "is", "now") and _PRONOUN_WAS.search(before) and _age_like(m) and \
            not people_after.match(after):
        return "age"  # "he said he was 52 and had lived there all his life"
    if last_word in _KIN_ENDS and _KIN_BEFORE.search(before) and _KIN_AFTER.match(after):
        return "family"  # "fled with her four children": one person's family, not a count
    return None
