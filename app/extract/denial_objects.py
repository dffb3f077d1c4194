"""What a denial's object names when it is no owner's figures ("the ministry's toll"): a source
written in lower case ("rejected the civil society figure"), "the figure of N", "accused X of
undercounting" and the figures X gave; and whether a claimant is the source an owner names."""

from __future__ import annotations

import re

from app.domain import Measure
from app.extract.dispute_spread import figure_number as _number

# "rejected the civil society figure": a lower-case name of whoever gave the figures
_DENIAL_OBJECT_PLAIN = re.compile(r"\s+the\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:(?:death|casualty)\s+)?"
                                  r"(?:toll|tolls|figures?|numbers?|count|tally|estimates?)\b")
_TOLL_WORDS = {"toll": (Measure.KILLED, Measure.CASUALTIES), "dead": (Measure.KILLED, Measure.CASUALTIES),
               "deaths": (Measure.KILLED, Measure.CASUALTIES), "killed": (Measure.KILLED, Measure.CASUALTIES),
               "victims": (Measure.KILLED, Measure.CASUALTIES), "displaced": (Measure.DISPLACED,),
               "injured": (Measure.INJURED,), "wounded": (Measure.INJURED,), "missing": (Measure.MISSING,)}


def plain_owner(text, denial, drafts) -> re.Pattern | None:
    """"rejected the civil society figure": the lower-case words before the figure noun, when they
    name the source of a figure given before (else None: "the latest figure", "the official toll")."""
    m = _DENIAL_OBJECT_PLAIN.match(text, denial.end)
    if m is None:
        return None
    words = re.compile(rf"\b{re.escape(m.group(1).lower())}\b")
    if any(d.start < denial.start and d.figure.claimant and words.search(d.figure.claimant.lower()) for d in drafts):
        return words
    return None


def owned_otherwise(d, plain, figure_of, accused, measures) -> bool:
    """Whether a figure given before a denial is its object by one of the later-read forms: the
    source named in lower case, "the figure of N", "accused X of undercounting (the dead)"."""
    if plain is not None and d.figure.claimant and plain.search(d.figure.claimant.lower()):
        return not measures or d.figure.measure in measures
    if figure_of is not None:
        return _number(d.figure) == float(figure_of.group(1).replace(",", ""))
    if accused is not None:
        word = (accused.group(2) or "toll").lower()
        kinds = next((v for k, v in _TOLL_WORDS.items() if word.startswith(k)),
                     tuple(measures) or (Measure.KILLED, Measure.CASUALTIES))
        if word.startswith("casualt"):
            kinds = (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES)
        return d.figure.measure in kinds
    return False


def accused_sources(text, accused, denial, drafts) -> list | None:
    """The figures before "accused X of undercounting" that X gave: its own name or a spokesman
    introduced with it ("police commander Samson Kua"); None when X gave none that the text shows
    ("the authorities"), and then the dispute is of the toll, whoever gave it."""
    head = accused.group(1).split()[-1].lower()
    if not head.isalpha():
        return None
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    found = [d for d in drafts if d.start < denial.start and d.figure.claimant and
             (word.search(d.figure.claimant) or _introduced_with(text, d.figure.claimant, word))]
    return found or None


def _introduced_with(text: str, name: str, word: re.Pattern) -> bool:
    """`word` is said of `name` where the text first names it: "Government spokesman Isaac Mwaura"."""
    at = text.find(name)
    if at < 0:
        return False
    before = text[max(0, at - 80) : at]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    after = text[at + len(name) : at + len(name) + 60].split(". ", 1)[0].split("\n", 1)[0]
    after = after[1:] if after.startswith(")") else after  # "Justice Watch (JW), a monitoring group"
    return word.search(before) is not None or (after.startswith(",") and word.search(after) is not None)


def is_source(text: str, claimant: str, owner: str) -> bool:
    """Whether `claimant` is the source `owner` names ("the Pakistani military's figures" → ISPR,
    introduced as "Pakistan's military media wing"): its head word in the name or its introduction."""
    word = re.compile(rf"\b{re.escape(owner.split()[-1])}\b", re.IGNORECASE)
    return word.search(claimant) is not None or _introduced_with(text, claimant, word)


# "denied targeting civilians, saying the Armenian figures for wounded residents were fabricated":
# the figures the denial goes on to name, later in its sentence
_SAYING_FIGURES = re.compile(r",\s+(?:saying|adding|insisting|arguing|claiming)\b[^.;]{0,60}?\bthe\s+"
                             r"(?:[\w'’-]+\s+){0,2}?(?:figures?|numbers?|tolls?|counts?|tally|tallies|reports?)\s+"
                             r"(?:for|of|on|about)\s+([^.;,\"“]{1,40})")
_NOT_FIGHTERS = re.compile(r"\b(?:civilians?|residents?|villagers?|inhabitants?|locals?|people)\b", re.IGNORECASE)


def figures_named_later(text, denial, end, measure_words) -> tuple[set, bool] | None:
    """The measures of the figures a denial names later in its sentence ("…, saying the figures for
    wounded residents were false") and whether they are said of non-fighters; None if it names none."""
    m = _SAYING_FIGURES.search(text, denial.end, end)
    if m is None:
        return None
    named = {k for k, r in measure_words.items() if r.search(m.group(1))}
    return (named, _NOT_FIGHTERS.search(m.group(1)) is not None) if named else None


def later_covers(d, later, denier: str) -> bool:
    """Whether earlier figure `d` is one of those `figures_named_later` found: that measure, not
    soldiers when said of civilians, and not the denier's own."""
    named, civilian = later
    f = d.figure
    return f.measure in named and not (civilian and f.who.value == "soldiers") and \
        denier.lower() not in (f.claimant or "").lower()


# "rejected the ministry's claims of Ukrainian losses in Kursk region": whose losses, and where
_LOSSES_OF = re.compile(r"\bof\s+(?:(?:its|their|own)\s+)?([A-Z][a-z]+)\s+(?:military\s+|civilian\s+|battlefield\s+)?"
                        r"(losses|casualties|deaths|dead)\b(?:\s+in\s+(?:the\s+)?([A-Z][\w'’-]+))?")
_LOST = {"losses": (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES, Measure.MISSING),
         "casualties": (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES),
         "deaths": (Measure.KILLED,), "dead": (Measure.KILLED,)}


def object_scope(denied_object: str, drafts):
    """(side, place word, measures) the denied object limits the denial to, or None when it names
    no one's losses: the side only when some figure has a side its demonym begins like
    ("Ukrainian" → ukraine)."""
    m = _LOSSES_OF.search(denied_object)
    if m is None:
        return None
    stem = m.group(1).lower()[:5]
    sides = {d.figure.side for d in drafts if d.figure.side and d.figure.side[:5] == stem}
    return (sides.pop() if len(sides) == 1 else None), m.group(3), _LOST[m.group(2)]


def in_scope(d, text: str, scope) -> bool:
    """The figure fits the denied object's side, place and measures."""
    side, place, measures = scope
    if d.figure.measure not in measures:
        return False
    if side is not None and d.figure.side != side:
        return False
    if place is not None and place not in (d.figure.place or "") and \
            place not in text[d.sentence.start : d.sentence.end] and place not in _heading_above(text, d.sentence.start):
        return False
    return True


def _heading_above(text: str, at: int) -> str:
    """The last short line standing as a paragraph of its own before `at` ("Kursk direction"), or ""."""
    for m in reversed(list(re.finditer(r"(?:^|\n\n)([^\n]{2,60})\n\n", text[:at]))):
        line = m.group(1).strip()
        if line and line[-1] not in ".:;,":
            return line
    return ""
