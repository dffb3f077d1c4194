"""Tokenises an article once and finds every vocabulary phrase in it by dictionary look-up.

Scanning a 5 KB article with one big regular expression per word list costs about half a
millisecond each; looking phrases up by their first token costs a few microseconds per list.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Mapping
from itertools import accumulate, compress
from typing import NamedTuple


_TOKEN = re.compile(r"\w+|[^\w\s]")
# The same tokens kept by `split`, between the whitespace around them: [space, token, space, …, space]
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")


def normalise_for_tokens(text: str) -> str:
    """Lower case with straight apostrophes, the same length as `text` (so offsets carry over)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") grow when lower-cased: keep those as they are
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.replace("’", "'")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(normalise_for_tokens(phrase)))


class Term(NamedTuple):
    """One vocabulary phrase found in the text: where, the key it maps to, and the phrase itself."""

    start: int
    end: int
    key: str
    phrase: str


class Tokens:
    """The word and punctuation tokens of one text (lower case), with their offsets."""

    __slots__ = ("text", "lower", "words", "starts", "ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = normalise_for_tokens(text)
        # One `split` keeps the tokens and the whitespace between them; the running total of their
        # lengths gives every offset, without a match object per token (a third of the cost).
        pieces = _TOKEN_SPLIT.split(self.lower)
        self.words: list[str] = pieces[1::2]
        offsets = list(accumulate(map(len, pieces)))
        self.starts: list[int] = offsets[0:-1:2]  # token k starts where the space before it ends
        self.ends: list[int] = offsets[1::2]

    def start(self, i: int) -> int:
        return self.starts[i]

    def end(self, i: int) -> int:
        return self.ends[i]

    def indices_of(self, words: Container[str]) -> list[int]:
        """Indices of the tokens that are in `words`, in order."""
        return list(compress(range(len(self.words)), map(words.__contains__, self.words)))

    def starts_of(self, words: Container[str]) -> list[int]:
        """Offsets of the tokens that are in `words`, in order."""
        return list(compress(self.starts, map(words.__contains__, self.words)))

    def digit_starts(self) -> list[int]:
        """Offsets of the all-digit tokens, in order."""
        return list(compress(self.starts, map(str.isdigit, self.words)))


class TermList:
    """Terms of one word list in text order, sliceable by character range."""

    __slots__ = ("terms", "_starts", "_ends")

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self._starts = [t.start for t in terms]
        ends = [t.end for t in terms]
        # Terms that never overlap end in order too, and are sliced by bisection on both sides.
        self._ends = ends if ends == sorted(ends) else None

    def within(self, start: int, end: int) -> list[Term]:
        i = bisect_left(self._starts, start)
        terms = self.terms
        if self._ends is not None:
            return terms[i : bisect_right(self._ends, end, i)]
        j = i
        while j < len(terms) and terms[j].end <= end:
            j += 1
        return terms[i:j]

    def first(self, start: int, end: int) -> Term | None:
        i = bisect_left(self._starts, start)
        if i < len(self.terms) and self.terms[i].end <= end:
            return self.terms[i]
        return None

    def any_within(self, start: int, end: int) -> bool:
        return self.first(start, end) is not None

    def ending_at(self, start: int, end: int) -> Term | None:
        """The last term in [start, end) that ends at `end` after only whitespace."""
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self.terms[i].start >= start:
            t = self.terms[i]
            if t.end <= end:
                return t
            i -= 1
        return None


class Lexicon:
    """Several named word lists (phrase → key), matched together in one pass over the tokens.

    Within each list, matches are leftmost and longest first and never overlap, as a regular
    expression's `finditer` over the alternation of the phrases would give.
    """

    def __init__(self, lists: Mapping[str, Mapping[str, str] | Iterable[str]]) -> None:
        self.names = tuple(lists)
        single: dict[str, list[tuple[int, str, str]]] = {}
        multi: dict[str, dict[str, list[tuple[tuple[str, ...], int, str, str]]]] = {}  # first → second → phrases
        for slot, name in enumerate(self.names):
            phrases = lists[name]
            items = phrases.items() if isinstance(phrases, Mapping) else ((p, p) for p in phrases)
            for phrase, key in items:
                toks = phrase_tokens(phrase)
                norm = " ".join(phrase.lower().split())
                if len(toks) == 1:
                    single.setdefault(toks[0], []).append((slot, key, norm))
                elif toks:
                    multi.setdefault(toks[0], {}).setdefault(toks[1], []).append((toks, slot, key, norm))
        for seconds in multi.values():
            for entries in seconds.values():
                entries.sort(key=lambda e: -len(e[0]))
        # first token → (phrases of two or more tokens by their second token, one-token phrases)
        self._by_first = {word: (multi.get(word), single.get(word)) for word in set(single) | set(multi)}
        self._first = frozenset(self._by_first)

    def scan(self, tokens: Tokens) -> dict[str, TermList]:
        """Every phrase of every list in `tokens`, as one TermList per list name."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        last = len(words) - 1
        found: list[list[Term]] = [[] for _ in self.names]
        taken = [0] * len(self.names)
        by_first = self._by_first
        for i in tokens.indices_of(self._first):
            seconds, entries = by_first[words[i]]
            if seconds is not None and i < last:
                for toks, slot, key, phrase in seconds.get(words[i + 1], ()):
                    k = len(toks)
                    if taken[slot] > i or (k > 2 and tuple(words[i : i + k]) != toks):
                        continue
                    found[slot].append(_new_term(Term, (starts[i], ends[i + k - 1], key, phrase)))
                    taken[slot] = i + k
            if entries is not None:
                for slot, key, phrase in entries:
                    if taken[slot] <= i:
                        found[slot].append(_new_term(Term, (starts[i], ends[i], key, phrase)))
                        taken[slot] = i + 1
        return {name: TermList(terms) for name, terms in zip(self.names, found)}


_new_term = tuple.__new__  # builds a Term without the Python-level __new__ of a NamedTuple
