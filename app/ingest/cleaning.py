"""Cleaning an article's text: tidy whitespace, and drop page junk, repeats and closing appeals.

Nothing inside a kept line is ever changed beyond spacing, Unicode normalisation and a Markdown table
row's outer pipes ("| Venezuelan | 18,734 |" reads as a page's table row, "Venezuelan | 18,734"; its
"|---|---|" divider goes); whole lines or paragraphs are removed, each recorded as a RemovedSpan so a
reading view can show it greyed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain import RemovedSpan
from app.ingest.junk_rules import JunkRules, load_rules, parse_rules

_SPACE_CHARS = "[ \t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(_SPACE_CHARS + "+")
# A gap between the columns of a plain-text table: two spaces or more, or a tab, after a word or a
# number (not the two spaces some writers put after a full stop)
_COLUMN_GAP = re.compile(rf"(?<=[^\s.!?;:\"”])(?:\t|{_SPACE_CHARS}{{2,}}){_SPACE_CHARS}*(?=\S)")
_DIGIT = re.compile(r"\d")
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]…]$")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(\S(?:.*?\S)?)\1$")  # "**58**", "_Total_"
_TABLE_DIVIDER = re.compile(r":?-+:?(?:\s*\|\s*:?-+:?)+")  # "--- | :---:" once its outer pipes are gone

MAX_BLURB_UNIT_CHARS = 700
MAX_APPEAL_CHARS = 3000
APPEAL_WINDOW_UNITS = 8


def normalise_text(text: str) -> str:
    """Unix line endings, NFC, plain spaces, no trailing blanks, one blank line between paras."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = _tidy_line(_table_row(raw))
        if line and _TABLE_DIVIDER.fullmatch(line):
            continue
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _table_row(raw: str) -> str:
    """A Markdown table row without its outer pipes, its cells one " | " apart and without the
    emphasis marks around a whole cell ("**Total** | **58**")."""
    line = raw.strip()
    if len(line) < 5 or line[0] != "|" or line[-1] != "|" or line.count("|") < 3:
        return raw
    return " | ".join(_EMPHASIS.sub(r"\2", cell.strip()) for cell in line[1:-1].split("|"))


def _tidy_line(raw: str) -> str:
    """One line with plain single spaces, except that the columns of a plain-text table stay two
    spaces apart ("Nyemba  1,300  4 June"): the table reader needs them to tell one column from the
    next, once a row of cells or a header line of three columns or more is aligned by spaces."""
    line = raw.strip()
    if "  " not in line and "\t" not in line and "\u00a0" not in line:
        return _SPACES.sub(" ", line)
    cells = _COLUMN_GAP.split(line)
    if len(cells) >= 3 or (len(cells) == 2 and _DIGIT.search(cells[1])):
        return "  ".join(_SPACES.sub(" ", cell) for cell in cells)
    return _SPACES.sub(" ", line)


@dataclass(slots=True)
class _Unit:
    """A paragraph, or a line of a paragraph whose lines are themselves paragraphs."""

    keys: list[tuple[int, int]]
    text: str


def clean_text(
    text: str, junk_phrases: Iterable[str] | None = None
) -> tuple[str, list[RemovedSpan]]:
    """Return the cleaned text and what was removed from it.

    `junk_phrases` are rule lines in the junk-file syntax (see junk_rules); None uses the
    default file resources/vocab/junk_phrases.txt.
    Each RemovedSpan's position is the offset in the cleaned text of the line that followed it
    (or the end of the text), so the removed piece belongs just before that offset.
    """
    rules = load_rules() if junk_phrases is None else parse_rules(junk_phrases)
    normal = normalise_text(text)
    paragraphs = [p.split("\n") for p in normal.split("\n\n")] if normal else []
    marks: dict[tuple[int, int], str] = {}
    _mark_junk_lines(paragraphs, rules, marks)
    _mark_trailing_blurbs(_units(paragraphs, marks), rules, marks)
    _mark_duplicates(_units(paragraphs, marks), marks)
    return _assemble(paragraphs, marks, _hard_wrapped(paragraphs, marks))


def _hard_wrapped(paragraphs: list[list[str]], marks: dict[tuple[int, int], str]) -> set[int]:
    """Paragraphs whose kept lines are one paragraph hard-wrapped at a fixed width (plain text
    from e-mail, wire feeds or a PDF's text layer): their line breaks become spaces, since a line
    break ends a sentence, a name and a table row for the extractor. The text's first line stays
    its own line: it is the headline."""
    wrapped: set[int] = set()
    first = True
    for p_index, lines in enumerate(paragraphs):
        kept = [line for l_index, line in enumerate(lines) if (p_index, l_index) not in marks]
        if not kept:
            continue
        if first:
            kept, first = kept[1:], False
        if len(kept) >= 2 and (not _lines_are_paragraphs(kept) or _narrow_wrapped(kept)):
            wrapped.add(p_index)
    return wrapped


def _narrow_wrapped(lines: list[str]) -> bool:
    """Lines wrapped narrower than `_lines_are_paragraphs` expects (50 or 60 columns): nearly all
    as long as the longest, most ending mid-sentence, and some going on in lower case, which the
    rows of a table do not."""
    width = max(len(line) for line in lines)
    inner = lines[:-1]
    if width < 40:
        return False
    full = sum(1 for line in inner if len(line) >= 0.75 * width)
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    lower = sum(1 for line in lines[1:] if line[:1].islower())
    return full >= 0.7 * len(inner) and open_ended >= 0.6 * len(inner) and lower >= 0.3 * len(inner)


# A headline opens on its page's label ("LIVE:", "Explainer:", "In pictures:"): the label goes, the headline stays
_LIVE_HEADLINE = re.compile(r"\s*(?i:live(?:\s+(?:updates|blog|coverage))?|explainer|in\s+pictures)\s*[:|›»]\s*"
                            r"(?=\S+(?:\s+\S+){3})")


def _mark_junk_lines(
    paragraphs: list[list[str]], rules: JunkRules, marks: dict[tuple[int, int], str]
) -> None:
    for p_index, lines in enumerate(paragraphs):
        for l_index, line in enumerate(lines):
            reason = rules.line_reason(line)
            if reason is not None and p_index == l_index == 0 and (label := _LIVE_HEADLINE.match(line)):
                lines[0] = line[label.end() :]  # "LIVE: Konduga market bombings, …": the headline, unlabelled
                continue
            if reason is not None:
                marks[(p_index, l_index)] = reason


def _units(paragraphs: list[list[str]], marks: dict[tuple[int, int], str]) -> list[_Unit]:
    """Split the still-kept text into units; a paragraph of full-sentence lines counts per line."""
    units: list[_Unit] = []
    for p_index, lines in enumerate(paragraphs):
        kept = [
            (l_index, line)
            for l_index, line in enumerate(lines)
            if (p_index, l_index) not in marks
        ]
        if not kept:
            continue
        if _lines_are_paragraphs([line for _, line in kept]):
            units.extend(_Unit([(p_index, l_index)], line) for l_index, line in kept)
        else:
            keys = [(p_index, l_index) for l_index, _ in kept]
            units.append(_Unit(keys, "\n".join(line for _, line in kept)))
    return units


_LABEL_LINE = re.compile(r"(?:Sources?|Notes?|Credits?|Contacts?|Updated|Published|Location|Date)\s*:\s")


def _lines_are_paragraphs(lines: list[str]) -> bool:
    """True unless the lines are one hard-wrapped paragraph (wrapped lines end mid-sentence; the
    rows of a table read from a page, "Al-Masirah TV | more than 50 | not given", end nothing)."""
    if len(lines) < 2:
        return True
    inner = lines[:-1]
    ended = sum(1 for line in inner if _SENTENCE_END.search(line) or len(line) < 60 or " | " in line  # a table's row
                or _LABEL_LINE.match(line))  # "Sources: TNI information centre; TPNPB statement": a line of its own
    return ended >= 0.6 * len(inner)


def _joins(line: str) -> bool:
    """Whether a line of a wrapped paragraph continues the one before: not when it opens a list item."""
    return not _LIST_ITEM.match(line)


# … a bullet, a number, or a row's label: "Gowainghat: 1,12,400 people affected; 3 dead"
_LIST_ITEM = re.compile(r"(?:[-*•–·▪]|\d{1,2}[.)])\s|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:\s+\S*\d")


def _mark_trailing_blurbs(
    units: list[_Unit], rules: JunkRules, marks: dict[tuple[int, int], str]
) -> None:
    end = len(units)
    while end > 0:
        unit = units[end - 1]
        if len(unit.text) > MAX_BLURB_UNIT_CHARS or not rules.is_blurb(unit.text):
            break
        end -= 1
    start = _appeal_start(units, end, rules)
    if start is not None:
        end = min(end, start)
    for unit in units[end:]:
        for key in unit.keys:
            marks[key] = "blurb"


def _appeal_start(units: list[_Unit], end: int, rules: JunkRules) -> int | None:
    """Index of an opener ("Dear reader") whose short, unreported appeal runs to the end."""
    first = max(0, len(units) - APPEAL_WINDOW_UNITS)
    for index in range(first, len(units)):
        if not rules.opens_blurb(units[index].text):
            continue
        tail = units[index:]
        if sum(len(unit.text) for unit in tail) > MAX_APPEAL_CHARS:
            continue
        if index >= end:
            return index  # the appeal's call to action was already found at the very end
        if any(rules.is_blurb(unit.text) for unit in tail) and not any(
            _reads_like_reporting(unit.text, rules) for unit in tail
        ):
            return index
    return None


def _reads_like_reporting(text: str, rules: JunkRules) -> bool:
    return not rules.is_blurb(text) and not rules.opens_blurb(text) and _looks_reported(text)


_REPORTED = re.compile(r"\b(said|says|told|according to|reported|officials?|authorities)\b", re.I)


def _looks_reported(text: str) -> bool:
    return bool(_REPORTED.search(text))


def _mark_duplicates(units: list[_Unit], marks: dict[tuple[int, int], str]) -> None:
    seen: set[str] = set()
    for unit in units:
        key = " ".join(unit.text.split())
        if len(key.split()) < 4 and len(key) < 30:
            continue  # short repeats ("Photo", "* * *", table rows) are too likely to be real
        if key in seen:
            for line_key in unit.keys:
                marks[line_key] = "duplicate"
        else:
            seen.add(key)


def _assemble(
    paragraphs: list[list[str]], marks: dict[tuple[int, int], str], wrapped: set[int] = frozenset()
) -> tuple[str, list[RemovedSpan]]:
    pieces: list[str] = []
    length = 0
    removed: list[RemovedSpan] = []
    pending: list[tuple[str, str, int]] = []  # (reason, text, paragraph index)
    for p_index, lines in enumerate(paragraphs):
        started = False
        for l_index, line in enumerate(lines):
            reason = marks.get((p_index, l_index))
            if reason is not None:
                if pending and pending[-1][0] == reason:
                    joiner = "\n" if pending[-1][2] == p_index else "\n\n"
                    pending[-1] = (reason, pending[-1][1] + joiner + line, p_index)
                else:
                    pending.append((reason, line, p_index))
                continue
            if not length:
                separator = ""
            elif not started:
                separator = "\n\n"
            elif p_index in wrapped and len(pieces) > 1 and not pending and _joins(line):
                # (the first line is the headline; a removed line keeps its place at a line start)
                # ("Kharkiv-\nbased" joins as written; a dash alone on its line is no broken word)
                separator = "" if pieces[-1].endswith("-") and pieces[-1][-2:-1].isalpha() else " "
            else:
                separator = "\n"
            length += len(separator)
            removed.extend(RemovedSpan(text, reason, length) for reason, text, _ in pending)
            pending.clear()
            pieces.append(separator + line)
            length += len(line)
            started = True
    removed.extend(RemovedSpan(text, reason, length) for reason, text, _ in pending)
    return "".join(pieces), removed
