"""`pattern.finditer(text)` for a pattern whose every match opens, at a word start, with one of a
few words: the pattern is tried only where one of them stands (found with str.find), not at
every character, which the regex engine does for a pattern opening with a word boundary."""

from __future__ import annotations

import re


def word_char(ch: str) -> bool:
    """Whether `ch` is a word character (what the regex engine's word boundary looks at)."""
    return ch.isalnum() or ch == "_"


def matches_at_openers(pattern: re.Pattern, text: str, openers: tuple[str, ...]) -> list[re.Match]:
    """`list(pattern.finditer(text))`, given that each match starts at a word start with one of
    `openers` as written (a stem stands for its longer forms: "raid" for "raided"): `pattern` is
    matched at each such place, in order and without overlaps, as finditer would."""
    starts = [at for word in openers for at in _positions(text, word) if at == 0 or not word_char(text[at - 1])]
    return matches_from(pattern, text, starts)


def matches_from(pattern: re.Pattern, text: str, starts) -> list[re.Match]:
    """The matches of `pattern` at `starts` (positions where every match of it must begin), in
    order and without overlaps, as `pattern.finditer(text)` would give them."""
    out, pos = [], 0
    for at in sorted(starts):
        m = pattern.match(text, at) if at >= pos else None
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


# What no match of a pattern made only of names, words, whitespace and hyphens or apostrophes holds
NAME_STRETCH_END = re.compile(r"[^\w\s'’-]")


def matches_in_stretches(pattern: re.Pattern, text: str, keywords: tuple[str, ...],
                         stretch_end: re.Pattern = NAME_STRETCH_END, haystack: str | None = None) -> list[re.Match]:
    """`list(pattern.finditer(text))`, given that each match holds one of `keywords` (as written in
    `haystack`: `text`, or its lower-cased copy of the same length) and no character `stretch_end`
    finds, and that the pattern looks no further after a match than at a character `stretch_end`
    finds: only the stretches between two such characters that hold a key word are searched."""
    haystack = text if haystack is None else haystack
    at = sorted(i for word in keywords for i in _positions(haystack, word))
    if not at:
        return []
    out: list[re.Match] = []
    done = 0  # the stretches searched so far end here
    rev = text[::-1]
    for i in at:
        if i < done:
            continue
        before = stretch_end.search(rev, len(text) - i)
        start = len(text) - before.start() if before is not None else 0
        after = stretch_end.search(text, i)
        done = after.start() if after is not None else len(text)
        out.extend(pattern.finditer(text, start, done))
    return out


def _positions(haystack: str, word: str):
    at = haystack.find(word)
    while at != -1:
        yield at
        at = haystack.find(word, at + 1)
