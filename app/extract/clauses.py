"""Where a number's clause begins and ends: the stretch its measure, who and hedges may come from.

Breaks are `; : ( ) "`, a spaced dash and `, but/while/and`; quotes hugging the number, scare
quotes round a word or two, and a parenthesis or a pair of dashes after the number are stepped
over."""

from __future__ import annotations

import re

# ";", ":", brackets, quotes, a spaced dash, ", while|but|whereas|and", "but", "while", "and that";
# written to open with one character class, which the regex engine scans for fast.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”\s,abw](?:(?<=[;:()\[\]\"“”])|(?<=\s)[—–]\s|"
                           r"(?<=,)\s*(?:while|but|whereas|and)\b|(?<=[abw])(?<!\w\w)"
                           r"(?:(?<=b)ut\b|(?<=w)hile\b|(?<=a)nd\s+that\b))")
_SHORT_QUOTE_END = re.compile(r"(?:\s+[\w'’-]+){1,4}[\"”]")
_QUOTES = "\"“”'‘’"
_CLOSING = {"(": ")", "[": "]"}


def clause_bounds(text: str, num_start: int, num_end: int, left_limit: int, right_limit: int,
                  skipped: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The stretch around a number that its measure may come from: up to the clause breaks on
    either side. Quotes hugging the number ("about 47,000", "about 900 people") and a parenthesis
    or a pair of dashes after it ("1.9 million people — 85 percent of the population — have been
    displaced") are stepped over."""
    pos = num_end
    while pos < right_limit and text[pos] in _QUOTES:
        pos += 1
    if pos == num_end and num_start > left_limit and text[num_start - 1] in _QUOTES:
        closing = _SHORT_QUOTE_END.match(text, pos, right_limit)  # said that "about 900 people" had been
        if closing:
            pos = closing.end()
    after_end = right_limit
    while True:
        brk = _CLAUSE_BREAK.search(text, pos, right_limit)
        if brk is None:
            break
        mark = brk.group().strip()
        if mark in _SCARE_MARKS and mark != "”":
            scare = _SCARE.match(text, brk.start(), right_limit)
            if scare is not None:  # killed 14 "khwarij" in the raid: scare quotes round a word or two
                pos = scare.end()
                continue
        closing = _CLOSING.get(mark) or (mark if mark in ("—", "–") else None)
        if closing is not None:
            close_at = text.find(closing, brk.end(), right_limit)
            if close_at >= 0:
                if skipped is not None:
                    skipped.append((brk.start(), close_at + 1))
                pos = close_at + 1
                continue
        after_end = brk.start()
        break
    start = num_start
    while start > left_limit and text[start - 1] in _QUOTES:
        start -= 1
    before_start = left_limit
    for brk in _CLAUSE_BREAK.finditer(text, left_limit, start):
        if brk.group() in _SCARE_MARKS and _scare_quote(text, brk.start(), left_limit, start):
            continue  # it had "neutralised" 18 terrorists: scare quotes round a word or two
        before_start = brk.end()
    return after_end, before_start


_SCARE_MARKS = frozenset('"“”')
_SCARE = re.compile(r"[\"“][^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?[\"”]")


def _scare_quote(text: str, at: int, lo: int, hi: int) -> bool:
    """The quote mark at `at` opens or closes a quoted word or two ("neutralised")."""
    if text[at] != "”" and _SCARE.match(text, at, hi):
        return True
    if text[at] != "“":
        opening = max(text.rfind('"', lo, at), text.rfind("“", lo, at))
        return opening >= 0 and _SCARE.fullmatch(text, opening, at + 1) is not None
    return False
