"""Phrases that put a figure in the whole country or territory the article is about
("nationwide", "across the country", "the national death toll"), found fast."""

from __future__ import annotations

import re

from app.extract.place_openers import matches_in_stretches
from app.extract.place_patterns import FOLDING

# A figure for the whole country or territory the article is about: "nationwide", "across the
# country", "in the territory", "the national death toll", "the National Disaster Management Authority"
COUNTRY_WIDE = re.compile(
    r"\b(?:(?i:nation-?wide|country-?wide|nationally|(?:across|throughout|in|inside|all\s+over|around)\s+the\s+"
    r"(?:whole\s+|entire\s+)?(?:country|territory|nation)\b(?!\s+(?:of|from|to)\b)|"
    r"(?:parts?|areas?|much|most|rest)\s+of\s+the\s+(?:country|territory)\b|"
    r"(?:across|along)\s+the\s+(?:whole\s+|entire\s+)?front(?:[\s-]?line)?\b|"
    r"(?:in|across|throughout)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|many|all)\s+(?:affected\s+|flooded\s+)?(?:provinces|states|regions|governorates|oblasts)\b|"
    r"national\s+(?:death\s+)?(?:toll|tally|total|count|figures?)))")

# Hints one of which the text holds before COUNTRY_WIDE is looked for at all
_HINTS = ("nation", "Nation", "country", "territory", "provinces", "states", "regions", "governorates", "oblasts",
          "the front", "entire front", "whole front")
# Words, lower-cased, one of which each match of COUNTRY_WIDE holds
_KEYWORDS = ("nation", "country", "territory", "front", "provinces", "states", "regions", "governorates", "oblasts")
# What no match of COUNTRY_WIDE holds (it reads only word characters, whitespace and hyphens)
_SEPARATOR = re.compile(r"[^\w\s-]")


# "a monitor that relies on a network of sources inside the country": where its sources are, not a figure's place
_SOURCES_BEFORE = re.compile(r"\b(?:sources|contacts|informants|activists|correspondents|monitors|network)\s+$")


# "in 14 of Tanzania's 31 regions", "23 of the country's 47 counties": the country's units, most of them
_UNITS_OF_COUNTRY = re.compile(r"\b\d+\s+of\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|the\s+country)['’]s\s+\d+\s+"
                               r"(?:counties|provinces|states|regions|districts|governorates|departments|oblasts)\b")


def country_wide_spans(text: str) -> list[tuple[int, int]]:
    """`_spans(text)` without a monitor's sources inside the country, and the spans of a count of the
    country's units ("14 of Tanzania's 31 regions")."""
    spans = [(a, b) for a, b in _spans(text) if not _SOURCES_BEFORE.search(text, max(0, a - 16), a)]
    if " of " in text and ("'s " in text or "’s " in text):
        units = [m.span() for m in _UNITS_OF_COUNTRY.finditer(text)]
        if units:
            spans = sorted(spans + units)
    return spans


def _spans(text: str) -> list[tuple[int, int]]:
    """The spans of `COUNTRY_WIDE.finditer(text)` (when a hint is in the text). A match lies within a
    stretch of word characters, whitespace and hyphens and holds one of `_KEYWORDS`: only the
    stretches around those words are searched, not the whole text, where the pattern (which opens
    with a word boundary and a case-insensitive alternation) is tried at every character."""
    if not any(h in text for h in _HINTS):
        return []
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in FOLDING):
        return [m.span() for m in COUNTRY_WIDE.finditer(text)]
    return [m.span() for m in matches_in_stretches(COUNTRY_WIDE, text, _KEYWORDS, _SEPARATOR, low)]
