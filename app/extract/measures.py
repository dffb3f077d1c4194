"""Finds what a number counts: the measure (killed, displaced…), who (civilians, children…) and side."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from app.domain import Measure, Who
from app.extract.tokens import Term, TermList
from app.extract.vocab import Vocabulary

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\s[—–]\s|\"|“|”|,\s*(?:while|but|whereas|and)\b|\bbut\b|\bwhile\b|"
                           r"\band\s+that\b")
_TOLL_VERB = re.compile(
    r"\b(?:rose|rise|risen|rises|rising|reached|reaches|stands?|stood|climbed|climbs|jumped|increased|hit|"
    r"totall?ed|totals|put\s+(?:it|the\s+\w+)|passed|surpassed|exceeded|topped|is|was|were|are|now|"
    r"number|numbered|numbers|count|counted|tallied|estimated|estimate|estimates|reported)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_AUX_BEFORE = re.compile(r"\b(?:were|was|been|are|is|have|has|had|be|being|got|get)\s+(?:\w+ly\s+)?$",
                         re.IGNORECASE)
_FLED_PHRASES = {"fled", "flee", "fleeing", "have fled", "had fled"}
_ABROAD = re.compile(r"\s+(?:abroad|overseas|the\s+country|across|to|into|over\s+the\s+border)\b",
                     re.IGNORECASE)
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w'’-]+)")
_SUFFERED = re.compile(r"^['’]?s?\s+(?:\w+\s+){0,2}?(?:suffered|lost|has\s+lost|had\s+lost|losses\s+of)\b",
                       re.IGNORECASE)


_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s", re.IGNORECASE)


class Reading(NamedTuple):
    """What the number counts; `score` in 0–1 falls with the distance between number and measure."""

    measure: Measure
    who: Who
    side: str | None
    score: float
    measure_start: int


@dataclass(slots=True)
class SentenceTerms:
    measures: list[Term]
    who: list[Term]
    sides: list[Term]


NOT_A_MEASURE = "not_a_measure"
_QUOTES = "\"“”'‘’"
_CLOSING = {"(": ")", "[": "]"}


def clause_bounds(text: str, num_start: int, num_end: int, left_limit: int, right_limit: int,
                  skipped: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The stretch around a number that its measure may come from: up to the clause breaks on
    either side. Quotes hugging the number ("about 47,000") and a parenthesis or a pair of dashes
    after it ("1.9 million people — 85 percent of the population — have been displaced") are
    stepped over."""
    pos = num_end
    while pos < right_limit and text[pos] in _QUOTES:
        pos += 1
    after_end = right_limit
    while True:
        brk = _CLAUSE_BREAK.search(text, pos, right_limit)
        if brk is None:
            break
        mark = brk.group().strip()
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
        before_start = brk.end()
    return after_end, before_start


class ArticleTerms:
    """Measure, who and side words of a whole article, sliced per sentence."""

    def __init__(self, measures: TermList, who: TermList, sides: TermList) -> None:
        self.measures, self.who, self.sides = measures, who, sides

    def has_measure(self, start: int, end: int) -> bool:
        return self.measures.any_within(start, end)

    def within(self, start: int, end: int) -> SentenceTerms:
        return SentenceTerms(self.measures.within(start, end), self.who.within(start, end),
                             self.sides.within(start, end))


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


class MeasureReader:
    """Compiled measure, who and side vocabularies; reads one number at a time."""

    def __init__(self, vocab: Vocabulary, is_country: Callable[[str], bool] | None = None) -> None:
        self.word_lists = {"measures": vocab.measures, "who": vocab.who, "sides": vocab.sides}
        self._is_country = is_country or (lambda _word: False)

    def article(self, text: str, found: dict[str, TermList]) -> ArticleTerms:
        """The article's terms from a lexicon scan of `word_lists`; "fled" read as refugees or displaced."""
        measures = [self._fled(text, t) if t.key == "displaced" and t.phrase in _FLED_PHRASES else t
                    for t in found["measures"].terms if t.key != NOT_A_MEASURE]
        return ArticleTerms(TermList(measures), found["who"], found["sides"])

    def _fled(self, text: str, term: Term) -> Term:
        key = self._fled_measure(text, term.end)
        return term if key == term.key else Term(term.start, term.end, key, term.phrase)

    def _fled_measure(self, text: str, pos: int) -> str:
        if _ABROAD.match(text, pos):
            return "refugees"
        nxt = _NEXT_CAPITALISED.match(text, pos)
        if nxt and self._is_country(nxt.group(1)):
            return "refugees"
        return "displaced"

    def read(
        self,
        text: str,
        terms: SentenceTerms,
        num_start: int,
        num_end: int,
        left_limit: int,
        right_limit: int,
        prefer_after: bool = False,
    ) -> Reading | None:
        """Measure, who and side for the number at [num_start, num_end).

        `left_limit`/`right_limit` bound the search (the sentence, or a neighbouring number);
        `prefer_after` favours a measure after the number ("29 of whom are believed dead").
        """
        skipped: list[tuple[int, int]] = []
        after_end, before_start = clause_bounds(text, num_start, num_end, left_limit, right_limit, skipped)

        best: tuple[float, Term] | None = None
        for term in terms.measures:
            if num_end <= term.start and term.end <= after_end:
                dist = _words_between(text, num_end, term.start) - sum(
                    _words_between(text, a, b) for a, b in skipped if b <= term.start)
                if any(a <= term.start < b for a, b in skipped):
                    continue  # a measure word inside the parenthesis describes something else
                if dist > 12:
                    continue
                score = 1.0 - 0.035 * dist + (0.2 if prefer_after else 0.0)
                if _AUX_BEFORE.search(text, max(num_end, term.start - 20), term.start):
                    score += 0.05
            elif before_start <= term.start and term.end <= num_start:
                dist = _words_between(text, term.end, num_start)
                limit = 8
                if _TOLL_VERB.search(text, max(term.end, num_start - 60), num_start):
                    limit = 30
                if dist > limit:
                    continue
                score = 0.97 - (0.05 if dist <= 8 else 0.02) * min(dist, 8) - 0.02 * max(0, dist - 8)
            else:
                continue
            if best is None or score > best[0]:
                best = (score, term)
        if best is None:
            return None
        score, measure_term = best
        who_term = self._who_for(text, terms, num_start, num_end, measure_term, after_end, before_start)
        side = self._side_for(text, terms, num_start, num_end, measure_term, who_term, before_start)
        who = Who(who_term.key) if who_term else Who.PEOPLE
        return Reading(Measure(measure_term.key), who, side, max(0.05, min(1.0, score)), measure_term.start)

    def who_only(self, text: str, terms: SentenceTerms, num_start: int, num_end: int,
                 right_limit: int) -> tuple[Who, str | None]:
        """Who and side for a number whose measure comes from elsewhere (a subset, a table row)."""
        who_term = self._who_for(text, terms, num_start, num_end, None, right_limit, num_start)
        side = self._side_for(text, terms, num_start, num_end, None, who_term, num_start)
        return (Who(who_term.key) if who_term else Who.PEOPLE), side

    def _who_for(self, text, terms, num_start, num_end, measure_term, after_end, before_start):
        for term in terms.who:
            if num_end <= term.start <= after_end and _words_between(text, num_end, term.start) <= 4:
                if measure_term is None or measure_term.end <= num_start or \
                        term.start <= measure_term.start or \
                        _words_between(text, measure_term.end, term.start) <= 3:
                    return term
        if measure_term is not None and measure_term.end <= num_start:
            for term in terms.who:
                if before_start <= term.start and term.end <= num_start:
                    near_measure = (
                        _words_between(text, term.end, measure_term.start) <= 2
                        if term.end <= measure_term.start
                        else _words_between(text, measure_term.end, term.start) <= 3
                    )
                    if near_measure:
                        return term
        return None

    def _side_for(self, text, terms, num_start, num_end, measure_term, who_term, before_start):
        """The party the counted group belongs to: "5,937 Russian soldiers", "10,022 Palestinians",
        "16 of its soldiers" (the party named before), never the agent of the verb ("Hamas freed 13")."""
        anchors = [t for t in (who_term, measure_term) if t is not None]
        for side in terms.sides:
            if who_term is not None and side.start == who_term.start:
                return side.key  # "Ukrainians", "Palestinians"
            if num_end <= side.start and _words_between(text, num_end, side.start) <= 1 and \
                    text[side.end : side.end + 2] not in ("'s", "’s"):
                return side.key  # "10,022 Palestinians had been killed"
            for anchor in anchors:
                if side.end <= anchor.start and _words_between(text, side.end, anchor.start) <= 1:
                    if anchor is measure_term and anchor.end <= num_start:
                        continue  # "Hamas freed 13 …": the side acts
                    if side.start >= num_end or anchor.end <= num_start:
                        if text[side.end : side.end + 2] not in ("'s", "’s"):
                            return side.key
        if _OF_ITS.match(text, num_end):
            owners = [side for side in terms.sides if side.end <= num_start]
            if owners:
                return owners[-1].key  # "Israel said 16 of its soldiers had been killed"
        for side in terms.sides:
            if before_start <= side.start and side.end <= num_start and _SUFFERED.match(text[side.end:num_start]):
                return side.key
        return None
