"""Fast scans for the place patterns: a pattern tried only where a hint word or an anchor found by a
literal search says it can match."""

from __future__ import annotations

import re


def finditer(pattern: re.Pattern, text: str, hints: tuple[str, ...]):
    """`pattern.finditer(text)`, skipped when no hint word is in the text (most articles)."""
    return pattern.finditer(text) if any(h in text for h in hints) else iter(())


def finditer_at_words(pattern: re.Pattern, text: str, anchor: re.Pattern):
    """`pattern.finditer(text)` for a pattern that opens with a whole word, whitespace and then
    what `anchor` (a pattern opening with a literal: fast to search) finds: the pattern is tried
    only at the word before each anchor, in finditer's order and without overlaps."""
    pos = 0
    for a in anchor.finditer(text):
        j = a.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == a.start():
            continue
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        if k < pos or k == j:
            continue
        m = pattern.match(text, k)
        if m is not None:
            pos = m.end()
            yield m


# What follows the opening word of THE_TOWN, THE_CAPITAL, PART_OF_COUNTRY and PLACE_PHRASE
THE_TOWN_ANCHOR = re.compile(r"the\s+(?:town|city)\b")
THE_CAPITAL_ANCHOR = re.compile(r"the\s+capital\b")
THE_PART_ANCHOR = re.compile(r"the\s+(?:[\w-]+\s+)?(?:north|south|east|west)")
# Words right before a compass word that PART_OF_COUNTRY can match ("the north", "the rebel-held north")
_PART_BEFORE = ("the", "held", "controlled", "torn", "restive", "embattled", "remote")


def part_hinted(text: str) -> bool:
    """Whether one of `_PART_BEFORE` and a space stand before "north", "south", "east" or "west" in
    `text` ("the north", "held east"): each " north"… found, then the word before it checked."""
    for compass in (" north", " south", " east", " west"):
        at = text.find(compass)
        while at != -1:
            if text.endswith(_PART_BEFORE, 0, at):
                return True
            at = text.find(compass, at + 1)
    return False


THE_ANCHOR = re.compile(r"the(?=\s)")


def finditer_hinted(pattern: re.Pattern, text: str, hints: tuple[str, ...], anchor: re.Pattern):
    """`finditer(pattern, text, hints)` by way of `finditer_at_words`."""
    return finditer_at_words(pattern, text, anchor) if any(h in text for h in hints) else iter(())


def word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
