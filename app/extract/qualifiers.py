"""Reads the words around a number ("at least", "up to", "or more") into a qualifier and bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain import Qualifier
from app.extract.numbers import NumberMention
from app.extract.tokens import TermList
from app.extract.vocab import Vocabulary

_LOWER_ONLY = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
# Looked up by value in a dict: calling the enum class costs a fraction of a microsecond per figure.
_QUALIFIERS: dict[str, Qualifier] = {q.value: q for q in Qualifier}
_UPPER_ONLY = {Qualifier.AT_MOST, Qualifier.LESS_THAN}
# "over" as the particle of a phrasal verb ("handed over 150 prisoners") is no qualifier.
_PARTICLE_VERB = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t[ao]ke[ns]?|took|taking|pass(?:es|ed|ing)?|"
    r"sign(?:s|ed|ing)?|g[ai]ve[ns]?|giving|mov(?:es|ed|ing))\s+$", re.IGNORECASE)


@dataclass(slots=True)
class Quantity:
    """A number with its qualifier, bounds and the span of its evidence (qualifier words included)."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    start: int
    end: int


class QualifierReader:
    """Compiled qualifier phrases for one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        before: dict[str, str] = {}
        after: dict[str, str] = {}
        for phrase, key in vocab.qualifiers.items():
            if key.endswith("_after"):
                after[phrase] = key.removesuffix("_after")
            else:
                before[phrase] = key
        self._before = before
        self._after = after
        self._before_re = _anchored(before, at_end=True)
        self._after_re = _anchored(after, at_end=False)

    def word_list(self) -> dict[str, str]:
        """Qualifier phrases written before a number, for the article's lexicon scan."""
        return self._before

    def _before_term(self, text: str, terms: TermList, lo: int, start: int):
        term = terms.ending_at(lo, start)
        if term is not None and not text[term.end : start].strip():
            return term
        return None

    def read(self, text: str, mention: NumberMention, floor: int = 0, before: TermList | None = None) -> Quantity:
        """Qualifier of `mention`; `floor` is the earliest offset the qualifier words may start at.

        `before` holds the qualifier phrases already found in the article (else they are searched)."""
        if mention.vague:
            return Quantity(None, mention.low, None, Qualifier.VAGUE, mention.start, mention.end)
        if mention.is_range:
            return Quantity(None, mention.low, mention.high, Qualifier.RANGE, mention.start, mention.end)
        value = mention.value
        start, end = mention.start, mention.end
        qualifier = Qualifier.EXACT
        window_start = max(floor, start - 40)
        if before is not None:
            term = self._before_term(text, before, window_start, start)
            found = (term.key, term.start) if term else None
        else:
            match = self._before_re.search(text, window_start, start)
            found = (self._before[" ".join(match.group(1).lower().split())], match.start(1)) if match else None
        if found and _PARTICLE_VERB.search(text, max(0, found[1] - 12), found[1]) and \
                text[found[1] : start].strip().lower() == "over":
            found = None
        if found:
            qualifier = _QUALIFIERS.get(found[0]) or Qualifier(found[0])
            start = found[1]
        else:
            tail = self._after_re.match(text, end, min(len(text), end + 20))
            if tail:
                key = self._after[" ".join(tail.group(1).lower().split())]
                qualifier = _QUALIFIERS.get(key) or Qualifier(key)
                end = tail.end(1)
        low = None if qualifier in _UPPER_ONLY else value
        high = None if qualifier in _LOWER_ONLY else value
        return Quantity(value, low, high, qualifier, start, end)


def _anchored(phrases: dict[str, str], *, at_end: bool) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    alts = []
    for phrase in ordered:
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        if phrase[0].isalnum():
            body = r"(?<![\w-])" + body
        if phrase[-1].isalnum():
            body += r"(?![\w])"
        alts.append(body)
    alternation = "|".join(alts)
    if at_end:
        return re.compile(rf"({alternation})\s*$", re.IGNORECASE)
    return re.compile(rf"\s*({alternation})", re.IGNORECASE)
