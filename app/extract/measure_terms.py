"""The measure, who and side words of an article, found once and sliced per sentence: in "Ukrainian
children were evacuated", the measure "evacuated", the who "children" and the side "Ukrainian",
which names the children's side."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.extract.tokens import Term, TermList


# A relative clause between the group and its verb: "Two volunteers [who drove into the town on
# Aug. 10 to collect an elderly couple] have been missing".
RELATIVE_CLAUSE = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){1,3}?(\b(?:who|that)\s[^,;:!?()\n]*?)\s+"
                             r"(?:(?:have|has|had)\s+been|were|are|remain|remained|are\s+still|were\s+still)\s+"
                             r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)


# "five civilians, among them a boy who sold tea outside the gate, were among the dead": an aside set off by
# commas between the group and its verb
APPOSED_ASIDE = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,5}?[^\W\d][\w'’-]*,\s+([^,;:!?()\n]+?),\s+"
                           r"(?:(?:have|has|had)\s+been|were|are|was|is|remain|remained|are\s+still|were\s+still)\s+"
                           r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def verb_after_clause(text: str, terms, num_end: int, term: Term, after_end: int) -> Term:
    """"four passengers [who ran into the forest] were still unaccounted for": a measure word inside
    the group's relative clause gives way to the group's own verb after it (missing)."""
    gap = text[num_end : term.start]
    if " who " not in gap and " that " not in gap:
        return term
    for later in terms.measures:
        if later.start <= term.end or later.end > after_end or later.key == term.key:
            continue
        clause = RELATIVE_CLAUSE.match(text, num_end, later.start)
        if clause is not None and clause.start(1) <= term.start and term.end <= clause.end(1):
            return later
    return term


@dataclass(slots=True)
class SentenceTerms:
    measures: list[Term]
    who: list[Term]
    sides: list[Term]
    article: ArticleTerms | None = None


class ArticleTerms:
    """Measure, who and side words of a whole article, sliced per sentence; the groups it names with
    their side ("Ukrainian children": (start, "children", "ukraine")) and, on demand, the state it
    is about (whose "army soldiers" they are)."""

    def __init__(self, measures: TermList, who: TermList, sides: TermList,
                 find_home: Callable[[], str | None] = lambda: None, no_measure: TermList | None = None,
                 find_army: Callable[[], str | None] = lambda: None) -> None:
        self.measures, self.who, self.sides = measures, who, sides
        self.no_measure = no_measure or TermList([])
        side_before = {s.end + 1: s.key for s in sides.terms}
        self.named = tuple((w.start, w.phrase, side_before[w.start]) for w in who.terms
                           if w.start in side_before)
        self._find_home = find_home
        self._home: list[str | None] = []
        self._find_army = find_army
        self._army: list[str | None] = []

    @property
    def army(self) -> str | None:
        """The state whose own forces the article names most: whose bare "soldiers" they are."""
        if not self._army:
            self._army.append(self._find_army())
        return self._army[0]

    @property
    def home(self) -> str | None:
        if not self._home:
            self._home.append(self._find_home())
        return self._home[0]

    def has_measure(self, start: int, end: int) -> bool:
        return self.measures.any_within(start, end)

    def within(self, start: int, end: int) -> SentenceTerms:
        return SentenceTerms(self.measures.within(start, end), self.who.within(start, end),
                             self.sides.within(start, end), self)
