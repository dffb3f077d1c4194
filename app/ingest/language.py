"""A cheap guess at an article's language, from its letters and commonest words."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "were", "is", "said", "that", "for", "on"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "que", "du", "pour", "sur"},
    "de": {"der", "die", "und", "das", "den", "nicht", "ist", "mit", "von", "sich", "wurden"},
    "es": {"el", "los", "las", "del", "que", "y", "en", "por", "una", "con", "para", "fueron"},
}


def guess_language(text: str) -> str | None:
    """ISO 639-1 code when the sample is clearly one of en, fr, de, es, ru, uk; otherwise None."""
    sample = text[:20000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cyrillic > latin and cyrillic >= 20:
        ukrainian = sum(sample.count(ch) for ch in "іїєґІЇЄҐ")
        russian = sum(sample.count(ch) for ch in "ыэъЫЭЪ")
        if ukrainian > russian:
            return "uk"
        if russian > ukrainian:
            return "ru"
        return None
    words = [word.casefold() for word in _WORD.findall(sample)]
    if len(words) < 8:
        return None
    scores = {
        lang: sum(1 for word in words if word in stopwords) / len(words)
        for lang, stopwords in _STOPWORDS.items()
    }
    lang, score = max(scores.items(), key=lambda item: item[1])
    return lang if score >= 0.08 else None
