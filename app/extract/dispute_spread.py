"""A dispute reaches beyond the figure it names: the toll's parts, its restatements (the
headline's copy, the same number again) and the rows of a list whose intro holds it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.domain import Measure


def figure_number(figure) -> float | None:
    """The number a figure states: its value, else its low, else its high bound."""
    return figure.value if figure.value is not None else (figure.low if figure.low is not None else figure.high)


_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims|deceased|bodies|fatalities)\b", re.IGNORECASE)
_TOLL_KINDS = (Measure.KILLED, Measure.CASUALTIES)
_DEAD = (Measure.KILLED, Measure.BODIES)


def _same_kind(a: Measure, b: Measure) -> bool:
    """The same toll said again: the same measure, or the dead counted as killed and as bodies."""
    return a == b or (a in _DEAD and b in _DEAD)


def spread_disputes(text: str, drafts) -> None:
    """A disputed toll carries its dispute to its parts ("including 17 children", "19 of the dead"),
    and to its repeats (the headline's "87", a table's "52 dead")."""
    if not any(d.figure.disputed_by for d in drafts):
        return
    lines = None
    for k, d in enumerate(drafts):
        f = d.figure
        if f.disputed_by is not None:
            continue
        source = None
        if d.parent is not None and d.parent.figure.disputed_by and d.parent.figure.measure == f.measure:
            source = d.parent.figure
        elif d.parent is None and _OF_THE_DEAD.match(text, f.end):
            whole = next((e for e in reversed(drafts[:k]) if e.parent is None and e.figure.measure in _TOLL_KINDS
                          and d.sentence.index - e.sentence.index <= 3), None)
            source = whole.figure if whole is not None and whole.figure.disputed_by else None
        if source is None:
            source = next((e.figure for e in drafts if e is not d and e.figure.disputed_by and
                           _same_kind(e.figure.measure, f.measure) and figure_number(e.figure) == figure_number(f) and
                           e.figure.qualifier != "vague"), None)  # the same toll said again
        if source is None:
            if lines is None:
                lines = _LinesWithDrafts(drafts)
            source = _row_whole(text, drafts, k, lines)
        if source is not None and (f.claimant or "").lower() != source.disputed_by.lower():
            f.disputed_by = source.disputed_by


class _LinesWithDrafts:
    """How many sentences strictly between two hold a draft among drafts[:k]. Drafts come in
    sentence order, so drafts[:k] hold every draft of a sentence before drafts[k]'s; else each
    question is answered from drafts[:k] itself."""

    def __init__(self, drafts) -> None:
        self.drafts = drafts
        found = [d.sentence.index for d in drafts]
        self.ordered = all(a <= b for a, b in zip(found, found[1:]))
        self.indices = sorted(set(found))

    def between(self, k: int, low: int, high: int) -> int:
        if self.ordered and self.drafts[k].sentence.index >= high:
            return bisect_left(self.indices, high) - bisect_right(self.indices, low)
        return len({x.sentence.index for x in self.drafts[:k] if low < x.sentence.index < high})


def _row_whole(text: str, drafts, k: int, lines: _LinesWithDrafts):
    """The disputed figure of the same measure and source in the line that introduces a table or
    list ("… the following breakdown of the 52 dead and 40 wounded:") whose row holds drafts[k]."""
    d = drafts[k]
    index = d.sentence.index
    for e in reversed(drafts[:k]):
        if e.sentence.index == index:
            continue
        if e.sentence.index < index - 1:
            if lines.between(k, e.sentence.index, index) < index - e.sentence.index - 2:
                return None  # a line without figures ends the table (but for a header line)
        if text[e.sentence.start : e.sentence.end].rstrip().endswith(":"):
            intro = [x for x in drafts[:k] if x.sentence.index == e.sentence.index and x.figure.disputed_by and
                     x.figure.measure == d.figure.measure and x.figure.claimant == d.figure.claimant]
            return intro[0].figure if intro else None
        if index - e.sentence.index > 12:
            return None
    return None
