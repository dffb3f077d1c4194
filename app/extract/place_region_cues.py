"""Where an article speaks of the region around its place as a whole ("80 people killed or hurt
across the region", "throughout the whole state", "province-wide"), found without trying the
pattern at every character: only at each unit word and the few words before it."""

from __future__ import annotations

import re

from app.extract.place_openers import matches_from

# The region around the article's place: "80 people killed or hurt across the region", "shelters
# across the district"
THE_REGION = re.compile(r"\b(?:(?:across|throughout|in|(?:parts|areas|districts|much|most)\s+of)\s+the\s+(?:wider\s+|whole\s+|entire\s+)?"
                        r"(region|state|province|prefecture|governorate|oblast|county|district)\b(?!\s+(?:of|government|"
                        r"capital|media|police|security|forces|army|border|department|headquarters|hospital|"
                        r"administration|administrator|commissioner|officers?|officials?|council|magistrate|"
                        r"collector|disaster|health|court|chief|reserve|centre|center|town|education|"
                        r"emergency)\b)(?!['’-])|"
                        r"(region|state|province)-?wide\b)", re.IGNORECASE)

# The characters that case-fold to an ASCII letter without lower() giving it: İ ı ſ K (Kelvin)
_FOLDING = ("\u0130", "\u0131", "\u017f", "\u212a")
_REGION_UNITS = ("region", "state", "province", "prefecture", "governorate", "oblast", "county", "district")


def _word_before(text: str, at: int) -> int | None:
    """Where the word before the whitespace before `at` starts, if there are both."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return k if k < j < at else None


def _after_the(text: str, low: str, at: int) -> bool:
    """Whether "the", or "the" and "wider", "whole" or "entire", stand right before `at` (`low` is
    `text` lower-cased): only then can THE_REGION match from a word before the unit word at `at`."""
    k = _word_before(text, at)
    if k is not None and low[k : at].split()[0] in ("wider", "whole", "entire"):
        k = _word_before(text, k)
    return k is not None and low[k : at].split()[0] == "the"


def region_cues(text: str) -> list[re.Match]:
    """`THE_REGION.finditer(text)`, tried only at each unit word and one, two or three words
    before it (found in the lower-cased text, where no character folds otherwise)."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLDING):
        return list(THE_REGION.finditer(text))
    starts = set()
    for unit in _REGION_UNITS:
        at = low.find(unit)
        while at != -1:
            starts.add(at)
            before = at
            for _ in range(4 if _after_the(text, low, at) else 0):  # "parts of the whole state": the first
                before = _word_before(text, before)  # words, the article, the adjective
                if before is None:
                    break
                starts.add(before)
            at = low.find(unit, at + 1)
    return matches_from(THE_REGION, text, starts)
