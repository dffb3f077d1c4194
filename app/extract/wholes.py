"""The larger figure a part belongs to when the text names that whole by its measure word.

"At least 41 of the dead were soldiers", "identified 19 of the dead", "14 of the injured",
"seven members of his family were among the dead", "two police officers were among the wounded":
the whole is the latest figure, a few sentences back, that counts the people the word names —
the dead may have been counted as killed or as bodies. A table whose introducing line says it is
"a breakdown of the 52 dead and 40 wounded" breaks those figures down.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from app.domain import Measure

if TYPE_CHECKING:
    from app.extract.article_state import ArticleState, Draft
    from app.extract.measures import Reading

_BACK = 3  # sentences
_NAMED_BACK = 8  # "N of the dead": the group the article has been counting
_OPENING_BACK = 4  # a sentence that opens on "Among the dead" goes back to the lead's toll
_OF_THE = re.compile(r" of the ")
OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the\s+|an\s+)?(?:estimated\s+)?", re.IGNORECASE)  # "94 of the roughly 250"
# Counts of people no longer among the group an opening like "Of the survivors" breaks down
_BARE_OPENING = re.compile(r"\s*[\"“‘']?\s*[Oo]f\s+(?:them|these|those)\s*,\s*")
_GONE = frozenset({Measure.KILLED, Measure.MISSING, Measure.BODIES})
# (the group may run on with an aside: "31 soldiers and a dozen members of the X (VDP), the army's auxiliaries, were among")
_AMONG_AFTER = re.compile(r"(?:[\s,(]+[^\W\d][\w'’-]*\)?){0,18}?,?\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+the\s+",
                          re.IGNORECASE)


# An elliptical list of places' shares: "…79 of the dead, Surkhet for 31, Kalikot for 14 and Jajarkot for four"
_PLACE_FOR = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*(?:,|\band)\s+(?:and\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+for\s+")
# … or with no "for": "Sialkot recorded seven deaths, Gujrat four, Hafizabad three and Sheikhupura two"
_PLACE_BARE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s*(?:,|\band)\s+(?:and\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+")
_SHARE_ENDS = re.compile(r",|\s+and\s|\s*[.;]|\s*$")


def place_share(text: str, start: int, end: int, number_end: int) -> re.Match[str] | None:
    """The place a number in an elliptical list of places' shares belongs to, between the figure before
    (ending at `start`) and the number (at `end`): "…, Surkhet for 31" or, when the number closes its
    item, "…, Gujrat four,"."""
    return _PLACE_FOR.fullmatch(text, start, end) or \
        (_PLACE_BARE.fullmatch(text, start, end) if _SHARE_ENDS.match(text, number_end) else None)


def item_end(text: str, numbers, i: int, q, share, next_start: int) -> int:
    """Where the stretch of the figure `q` (number `i` of `numbers`) stops: at its own end when it is
    a place's `share` in an elliptical list; before the place of the next number when that one is
    ("Sialkot recorded seven deaths, Gujrat four": the seven are not Gujrat's); else at `next_start`,
    the next number or the end of the sentence."""
    if share is not None:
        return q.end
    if i + 1 >= len(numbers):
        return next_start
    ahead = place_share(text, q.end, numbers[i + 1].start, numbers[i + 1].end)
    return ahead.start("name") if ahead is not None else numbers[i + 1].start


def _among_after(text: str, start: int, end: int):
    """`_AMONG_AFTER.match`, tried only when "among" is in the window (or a character beyond ASCII
    is, which case folding might turn into one of its letters)."""
    window = text[start:end]
    if window.isascii() and "among" not in window.lower():
        return None
    return _AMONG_AFTER.match(text, start, end)


_TOLL_INCLUDED = re.compile(r"[\s\"“]*(?:(?:the|an?)\s+(?:[\w'’-]+\s+){1,3}?(?:said|says)\s+)?"  # "The ministry said the …"
                            r"(?:the|that|this)\s+(?:(?:revised|new|updated|latest)\s+)?(?:death\s+)?toll\b[^.;:]{0,60}?\binclud(?:ed|es|e)\s+"
                            r"(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_VICTIMS = re.compile(r"(?:victims|deceased)\b", re.IGNORECASE)
_AMONG_BEFORE = re.compile(r"\bamong\s+the\s+", re.IGNORECASE)
# "… 8,200 displaced people are sheltering in the following locations:", "… are spread as follows:"
_BREAKDOWN = re.compile(r"\bbreak\s*down\s+of\b|\bbroken\s+down\b|\bas\s+follows\s*:|"
                        r"\bin\s+the\s+following\s+(?:locations|sites|areas|places|districts|provinces|"
                        r"regions|camps|counties|communes|municipalities|villages|towns)\s*:", re.IGNORECASE)
_DEAD = frozenset({Measure.KILLED, Measure.BODIES})


def _whole_of(drafts, index: int, measure: Measure, value: float | None, far: int = _BACK, text: str = ""):
    """The latest whole figure counting `measure` within `far` sentences, larger than `value`; for
    the dead, first a count of the killed or of bodies in this sentence or the last. Not a toll's
    earlier value ("58, up from 41 a week earlier": the 41), when `text` is given."""
    for wanted, back in ((_DEAD if measure in _DEAD else (), 1), ({measure}, far)):
        for d in reversed(drafts):
            if index - d.sentence.index > back:
                break
            f = d.figure
            size = f.value or f.low or f.high or 0
            if d.parent is None and f.measure in wanted and (value is None or size > value) and \
                    not (text and _EARLIER_VALUE.search(text, max(0, d.start - 24), d.start)):
                return d
    return None


# "up from 41", "down from about 3,000": the earlier value of a changed count
_EARLIER_VALUE = re.compile(r"\b(?:up|down)\s+from\s+(?:[a-z]+\s+){0,2}$")
# "14,600 of those evacuated", "1,100 of those who fled": the group the number is a part of
_OF_GROUP = re.compile(r" of (?:the|those)(?: who(?: had| have| were)?)? ")


def named_whole(art, out, index: int, q):
    """The whole that "N of the <measure word>" or "N … were among the <measure word>" names."""
    text = art.text
    at, far = None, _NAMED_BACK
    group = _OF_GROUP.match(text, q.end) if text.startswith(" of th", q.end) else None
    if group is not None:
        at = group.end()
    else:
        among = _among_after(text, q.end, min(len(text), q.end + 160))
        if among is not None:
            at, far = among.end(), _BACK
    if at is None:
        return None
    term = art.terms.measures.first(at, at + 40)
    if term is None or term.start != at:
        if _VICTIMS.match(text, at):  # "Five of the victims had been reported missing": of the latest toll
            return _whole_of(art.drafts + out, index, Measure.KILLED, q.value, _BACK)
        return None
    return _whole_of(art.drafts + out, index, Measure(term.key), q.value, far, text)


def breakdown_whole(art, row, measure: Measure):
    """The figure of `measure` in a table's introducing line that says it is a breakdown."""
    intro = row.table.intro
    if intro is None:
        return None
    s = art.sentences[intro]
    if not _BREAKDOWN.search(art.text, s.start, s.end):
        return None
    return next((d for d in reversed(art.drafts) if d.sentence.index == intro and d.parent is None and
                 d.figure.measure == measure), None)


def cue_whole(art, index: int, prev_end: int, q, reading, parent):
    """The whole a sentence-opening part names: "Among the dead were three pilgrims" is a part of
    the latest count of the dead a few sentences back, not of the figure just before it."""
    if _TOLL_INCLUDED.match(art.text, art.sentences[index].start, q.start):
        # "The toll, the ministry said, included six civilians": of the latest toll, not the wounded just before
        return _whole_of(art.drafts, index, Measure.KILLED, q.value, _OPENING_BACK, art.text) or parent
    among = _AMONG_BEFORE.search(art.text, prev_end, q.start)
    if among is not None:
        term = art.terms.measures.first(among.end(), among.end() + 40)
        if term is not None and term.start == among.end():
            measure = Measure(term.key)
            return _whole_of(art.drafts, index, measure, q.value, _OPENING_BACK, art.text) or \
                _whole_of(art.drafts, index, measure, q.value, _NAMED_BACK, art.text) or \
                (parent if parent is None or parent.figure.measure == measure or
                 {parent.figure.measure, measure} <= _DEAD else None)  # never the evacuated for "among the dead"
    if parent is not None and reading is not None and reading.measure != parent.figure.measure and reading.measure_start < q.start:
        # "… killed 23 and wounded 41. Among those killed were five children"
        return next((d for d in reversed(art.drafts) if index - 3 <= d.sentence.index < index and
                     d.parent is None and d.figure.measure == reading.measure), parent)
    return parent


def opening_parent(art: ArticleState, terms, index: int, start: int, end: int) -> Draft | None:
    """The figure an opening "Of those arrivals," breaks down: the latest whole figure of the
    measure its words name, else the latest one of people still there (not the dead)."""
    measure = next((t.key for t in terms.measures if start <= t.start < end), None)
    text = art.text

    def of_the_whole(d: Draft) -> bool:  # "94 of the roughly 250"
        return d.parent is not None and OF_THE_WHOLE.fullmatch(text, d.figure.end, d.parent.start) is not None

    wholes = {id(d.parent) for d in art.drafts[-12:] if of_the_whole(d)}
    if measure is None and _BARE_OPENING.fullmatch(text, start, end) is not None:  # "Of them, 312 were children"
        before = [d for d in art.drafts[-12:] if d.sentence.index == index - 1 and id(d) not in wholes and
                  (d.parent is None or of_the_whole(d))]
        if before:  # the first whole the sentence before gave ("97 …, up from 71"), whatever befell it
            return before[0]
    for draft in reversed(art.drafts):
        if draft.sentence.index < index - 3:
            break
        if id(draft) in wholes or (draft.parent is not None and not of_the_whole(draft)):
            continue  # a part, or the "250" of "94 of the roughly 250 ….": the 94 is meant
        if draft.figure.measure.value == measure if measure else draft.figure.measure not in _GONE:
            return draft
    return None

def whole_named_back(art: ArticleState, out: list[Draft], terms, index: int, q, reading: Reading) -> Draft | None:
    """The earlier figure that "N of the <group>" takes a part of: the latest whole figure of the
    same measure and group, larger than N, at most three sentences back."""
    at = q.end + len(" of the ")
    if not any(t.start == at for t in terms.who) or q.value is None:
        return None
    for d in reversed(art.drafts + out):
        if index - d.sentence.index > 3:
            break
        f = d.figure
        if d.parent is None and f.measure == reading.measure and f.who == reading.who and \
                (f.value or f.low or 0) > q.value:
            return d
    return None


# "All 468 people on board, 412 passengers and 56 crew, were evacuated": a whole, then a list of
# parts set off by a comma; the parts are read as such only when they add up to the whole
_APPOSED_GAP = re.compile(r"(?:\s+[^\W\d][\w'’-]*){1,4}\s*[,(—–]\s*|"
                          r"(?:\s+[^\W\d][\w'’-]*){1,7}\s*:\s*")  # "six bodies had been identified so far: four men and two women"
_APPOSED_AND = re.compile(r"(?:\s+[^\W\d][\w'’-]*){1,2}\s*,?\s+and\s+")


def apposed_parts(text: str, out: list[Draft], numbers, i: int, value: float | None, start: int) -> Draft | None:
    """The whole `out[-1]` that number i and the next one break down, or None."""
    if not out or value is None or i + 1 >= len(numbers) or out[-1].parent is not None:
        return None
    whole, nxt = out[-1].figure, numbers[i + 1]
    if whole.value is None or nxt.value is None or whole.value != value + nxt.value:
        return None
    if _APPOSED_GAP.fullmatch(text, whole.end, start) is None or _APPOSED_AND.fullmatch(text, numbers[i].end, nxt.start) is None:
        return None
    return out[-1]
