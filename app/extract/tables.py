"""Tables and lists of figures: rows of "label  number  number" under a header or an introducing line.

A row rarely names what its numbers count; the header ("Killed   Injured"), a parenthesis in the
introducing line ("(killed / injured)") or that line's measure words ("death tolls by province")
do. The introducing line also gives the source and the date of every row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.extract.sentences import Sentence
from app.extract.table_patterns import (AGE_HEAD, CAPTION_ROW, CELL, CELL_SEP, COLON_ROW, COLUMN_SPLIT, DATE_CELL,
                                       DIGIT, HOSTING, MAX_ROW, NUMBERED_PIPE_ROW, NUMERIC_CELLS, PARENTHESIS,
                                       PIPE_ROW, PIPE_TEXT_ROW, PLACE_COUNT, ROW, ROW_NOTE, SOURCE_HEAD, WHERE_HEAD,
                                       WHERE_IN_LABEL, WHERE_OPENS)


# The last cell of a row in columns set apart by spaces, words without digits: "… 1,284        OHCHR"
_LAST_SPACED_CELL = re.compile(r"\d(?:[ \t]+(?:million|m|k))?(?:[ \t]{2,}|\t)([^\d\s][^\d\n]{0,40}?)[ \t]*$")


@dataclass(slots=True)
class Table:
    """One block of rows: which sentences are rows, what each numeric column counts, who says so."""

    rows: list[int]
    columns: list[str | None]
    intro: int | None
    who: str | None = None
    heads: list[tuple[int, int]] | None = None  # the header's span over each numeric column, when it has one
    parts: dict[int, int] | None = None  # a column of a group ("Of whom children") → the column it is part of
    blocked: frozenset[int] = frozenset()  # columns that count no people (dates, "Households")
    label_head: tuple[int, int] | None = None  # the header's span over the rows' labels
    label_heads: list[tuple[int, int]] | None = None  # … over each cell of the labels, in a page's table

    def where_cell(self, text: str, start: int, label_end: int) -> tuple[int, int] | None:
        """The span of the label's cell under a head that names places ("City", "District"), in a
        row whose label is several cells ("September 2021 | Litoral | Guayaquil")."""
        if not self.label_heads or len(self.label_heads) < 2:
            return None
        spans = label_cells(text, start, label_end)
        if len(spans) != len(self.label_heads):
            return None
        return next((span for span, head in zip(spans, self.label_heads) if WHERE_HEAD.fullmatch(text, *head)), None)

    def labels_sources(self, text: str) -> bool:
        """The rows' labels are who gives their figures: the column is headed "Source", "Claimed by" …"""
        return self.label_head is not None and SOURCE_HEAD.fullmatch(text, *self.label_head) is not None

    def source_cell(self, text: str, start: int) -> tuple[int, int] | None:
        """The span of the last cell of the row starting at `start`, under a last column headed
        "Source" ("Port-au-Prince | cholera deaths | 19 | MSPP"): who gives the row's figure."""
        head = self.label_head or (self.heads[0] if self.heads else None)
        if head is None:
            return None
        header_start = text.rfind("\n", 0, head[0]) + 1
        header_line = text[header_start : text.find("\n", head[0]) % (len(text) + 1)]
        header = header_line.split(" | ")
        end = text.find("\n", start) % (len(text) + 1)
        if len(header) == 1:  # columns set apart by spaces: "Indicator      Number      Source"
            header = COLUMN_SPLIT.split(header_line.strip())
            last = _LAST_SPACED_CELL.search(text, start, end)
            if len(header) < 3 or not SOURCE_HEAD.fullmatch(header[-1]) or last is None:
                return None
            return last.span(1)
        if len(header) < 3 or not SOURCE_HEAD.fullmatch(header[-1]):
            return None
        cells = text[start:end].split(" | ")
        if len(cells) != len(header) or any(ch.isdigit() for ch in cells[-1]) or not cells[-1].strip():
            return None
        return end - len(cells[-1]), end

    def head_who(self, terms, col: int) -> str | None:
        """Who the header names over column `col` ("Civilians killed | Armed men killed"), if anyone."""
        if not self.heads or col >= len(self.heads):
            return None
        found = terms.who.within(*self.heads[col])
        return found[0].key if found else None


@dataclass(slots=True)
class Row:
    """One row of a table: its label's end, and the table it belongs to."""

    label_end: int
    numeric: bool
    table: Table

    def line_start(self, text: str, floor: int = 0) -> int:
        """Where the row's line starts, not before `floor` (its sentence's start)."""
        return max(floor, text.rfind("\n", 0, self.label_end) + 1)


class TableReader:
    """Finds table blocks among an article's sentences (lines)."""

    def __init__(self, is_not_people: Callable[[str], bool]) -> None:
        self._is_not_people = is_not_people

    def rows(self, text: str, sentences: list[Sentence], terms) -> dict[int, Row]:
        """Sentence index → Row for every sentence that is a row of a table or list."""
        out: dict[int, Row] = {}
        i = 0
        n = len(sentences)
        while i < n:
            row = self._row(text, sentences[i])
            if row is None:
                i += 1
                continue
            block = [(i, row)]
            j = i + 1
            while j < n:
                nxt = self._row(text, sentences[j])
                if nxt is None:
                    break
                block.append((j, nxt))
                j += 1
            table = self._table(text, sentences, block, terms)
            if table is not None:
                for index, match in block:
                    label = match.group("label")
                    head = WHERE_IN_LABEL.split(label, maxsplit=1)[0]  # "Killed in Bukavu and surrounding areas": killed
                    if self._is_not_people(head) and not _TOTAL_LABEL.match(label) and not WHERE_OPENS.match(label):
                        continue
                    numeric = bool(NUMERIC_CELLS.match(match.group("rest")))
                    label_end = sentences[index].start + match.end("label")
                    out[index] = Row(label_end, numeric, _label_measure(table, terms, sentences[index].start,
                                                                       label_end))
            i = j
        return out

    @staticmethod
    def _row(text: str, sentence: Sentence) -> re.Match[str] | None:
        if sentence.end - sentence.start > MAX_ROW:
            return None
        line = text[sentence.start : sentence.end]
        if line.endswith((".", "?", "!", ":")):
            return None
        found = NUMBERED_PIPE_ROW.match(line) if " | " in line and line[:1] in "CZSBWD" else None
        found = found or ROW.match(line)
        if found is None and " | " in line:
            found = PIPE_ROW.match(line) or PIPE_TEXT_ROW.match(line)
        if found is None and ": " in line:
            found = COLON_ROW.match(line)
        if found is None and "," in line:
            note = ROW_NOTE.search(line)
            if note is not None:
                found = ROW.match(line[: note.start()])
        if found is not None and not DIGIT.search(DATE_CELL.sub("", found.group("rest"))):
            return None  # "Location (district)  2–8 Mar  9–15 Mar": a header of dates, not a row of counts
        if found is not None and any(a.start() < found.start("rest") < a.end() for a in AGE_HEAD.finditer(line)):
            return None  # "Week ending | Killed | Of the killed, under 18": a header whose last head holds an age
        return found

    def _table(self, text, sentences, block, terms) -> Table | None:
        first = block[0][0]
        k = max(_cell_count(m) for _, m in block)
        header = first - 1 if first > 0 and _is_header(text, sentences[first - 1], terms, k) else None
        intro_at = (header if header is not None else first) - 1
        reach = 3
        if intro_at > 0 and CAPTION_ROW.fullmatch(text, sentences[intro_at].start, sentences[intro_at].end):
            intro_at, reach = intro_at - 1, 4  # "Flood impact by department | | |": a caption row, over it the intro
        intro = None
        if intro_at >= 0 and sentences[intro_at].paragraph >= sentences[first].paragraph - reach:
            intro = intro_at
        if len(block) < 2 and (intro is None or text[sentences[intro].end - 1] != ":"):
            return None
        columns: list[str | None] = [None] * k
        # columns that count no people: dates ("14 May"), or headed by things ("Households")
        blocked = _date_columns(text, sentences, block)
        who = heads = parts = label_head = label_heads = None
        if header is not None:
            h = sentences[header]
            labels = _column_spans(text, h.start, h.end)
            if len(labels) < k + 1 and text[h.start : h.end].isupper():  # "WEEK NCHELENGE CHIENGE TOTAL"
                labels = [w.span() for w in re.finditer(r"\S+", text[: h.end])][-k - 1 :] \
                    if len(text[h.start : h.end].split()) == k + 1 else labels
            # (a header of the numeric columns alone: "Hodeidah  Marib  Total" over "Deaths  27  6  33")
            heads = labels[-k:] if len(labels) > k or len(labels) == k > 1 else None
            label_head = labels[0] if len(labels) == k + 1 else None
            label_heads = labels[: len(labels) - k] if len(labels) > k else None
            if heads is not None:
                for c, (a, b) in enumerate(labels[-k:]):
                    if self._is_not_people(text[a:b]) and not terms.measures.any_within(a, b) and \
                            not terms.who.any_within(a, b) or \
                            HOSTING.match(text, a, b) and self._is_not_people(text[a:b].split()[0]):
                        blocked.add(c)  # "Households", "Homes damaged", "Sites hosting IDPs"; not "People in
                        # accommodation centres"
                    found = terms.measures.within(a, b)
                    columns[c] = found[0].key if found and c not in blocked else None
                for c in range(1, k):  # "Missing  Of whom children": a group's column counts what the one before does
                    if columns[c] is None and c not in blocked and terms.who.any_within(*heads[c]):
                        columns[c] = columns[c - 1]
                parts = _part_columns(text, heads, columns, blocked)
            else:  # spacing lost: the header's measure words, in order, name the last columns
                found = terms.measures.within(h.start, h.end)[-k:]
                for c, term in enumerate(found):
                    columns[k - len(found) + c] = term.key
            who_terms = [t for t in terms.who.within(h.start, h.end)  # not one column's ("Of whom children")
                         if not (heads and any(a <= t.start < b for a, b in heads))]
            who = who_terms[0].key if who_terms else None
        if intro is not None and not any(columns):
            s = sentences[intro]
            measures = terms.measures.within(s.start, s.end)
            paren = PARENTHESIS.search(text, s.start, s.end)
            if paren:
                inside = terms.measures.within(paren.start(1), paren.end(1))
                if inside:
                    measures = inside
            for c in range(min(k, len(measures))):
                columns[c] = measures[c].key
            if len(measures) == 1 and (k == 1 or header is not None and k >= 2 or blocked):
                columns = [measures[0].key] * k  # "new arrivals by district:" over "WEEK  A  B  TOTAL"
            columns = [None if c in blocked else key for c, key in enumerate(columns)]
        if intro is not None and intro > 0 and not any(columns) and heads:
            above = sentences[intro - 1]  # "DISPLACEMENT BY DISTRICT OF ORIGIN" over a line with no measure:
            found = terms.measures.within(above.start, above.end)  # its measure counts the people columns
            if len(found) == 1 and len(text[above.start : above.end].split()) <= 8:
                columns = [found[0].key if terms.who.within(a, b) else None for a, b in heads]
        if intro is not None and who is None:
            s = sentences[intro]
            who_terms = terms.who.within(s.start, s.end)
            who = who_terms[0].key if who_terms else None
        if not any(columns) and not any(terms.measures.within(sentences[i].start, sentences[i].end)
                                        for i, _ in block):
            return None
        return Table([i for i, _ in block], columns, intro, who, heads, parts, frozenset(blocked), label_head, label_heads)


# "All communities | 19 | 46", "Other four regions: 12": a total row counts people, whatever unit it sums over
_TOTAL_LABEL = re.compile(r"[\s*•-]*(?:all|total|other|rest\s+of|remaining)\b", re.IGNORECASE)


def _label_measure(table: Table, terms, start: int, label_end: int) -> Table:
    """The table of a row whose label names the measure ("- People evacuated: 6,240", "- Deaths: 2",
    "Deaths  0  2  2" under columns of places) when no header or introducing line names a column:
    a copy whose columns (those that count people) are the label's measure."""
    if any(table.columns):
        return table
    found = terms.measures.within(start, label_end)
    if not found:
        return table
    # "Deaths   0   2   2" under "Camp 9   Camp 11   Total": every column of places counts the label's measure
    return replace(table, columns=[None if c in table.blocked else found[-1].key for c in range(len(table.columns))])


def _date_columns(text: str, sentences: list[Sentence], block) -> set[int]:
    """The columns whose every cell is a date ("Nyemba  1,300  4 June": the day they arrived)."""
    dated: dict[int, bool] = {}
    for index, match in block:
        base = sentences[index].start + match.start("rest")
        rest = match.group("rest")
        for c, cell in enumerate(re.finditer(CELL, rest)):
            is_date = DATE_CELL.match(text, base + cell.start()) is not None
            dated[c] = dated.get(c, True) and is_date
    return {c for c, every in dated.items() if every}


# a column head that names a part of another column's count: "Of whom children", "Of the killed, under 18",
# "Including women"
_PART_HEAD = re.compile(r"\s*(?:of\s+(?:whom|which|them|those|the\s+(?P<whole>[\w-]+))|incl(?:uding|\.))\b",
                        re.IGNORECASE)


def _part_columns(text: str, heads, columns: list[str | None], blocked: set[int]) -> dict[int, int] | None:
    """Each column headed as a part of another ("Killed | Of the killed, under 18") → that other:
    the nearest column before it counting what the head names ("the killed"), else the one just before."""
    parts: dict[int, int] = {}
    for c in range(1, len(heads)):
        m = _PART_HEAD.match(text, *heads[c])
        if m is None or c in blocked or columns[c] is None:
            continue
        whole = next((w for w in range(c - 1, -1, -1) if w not in parts and columns[w] == columns[c]), None) \
            if m.group("whole") else c - 1
        if whole is not None and whole not in blocked:
            parts[c] = whole
    return parts or None


def label_cells(text: str, start: int, label_end: int) -> list[tuple[int, int]]:
    """The spans of a row label's cells ("North Gondar | Debark, Dabat"): one span when it is one cell."""
    seps = [m.span() for m in CELL_SEP.finditer(text, start, label_end)]
    return list(zip([start] + [b for _, b in seps], [a for a, _ in seps] + [label_end]))


def _cells(rest: str) -> list[str]:
    return re.findall(CELL, rest)


def _cell_count(row: re.Match[str]) -> int:
    """The row's cells after its label: its numbers, or every cell between pipes when it has them."""
    return row.group("rest").count("|") + 1 if _piped(row.string, row.end("label")) else len(_cells(row.group("rest")))


def _piped(text: str, label_end: int) -> bool:
    return text.startswith(" | ", label_end) or text.startswith(" |", label_end)


def _column_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for sep in COLUMN_SPLIT.finditer(text, start, end):
        if sep.start() > pos:
            spans.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _is_header(text: str, sentence: Sentence, terms, k: int) -> bool:
    """A short line without digits or closing punctuation, in columns or naming measures, or in
    capitals with a word for the label and each of the rows' `k` columns ("WEEK  A  B  TOTAL"), or
    two capitalised words over rows of one column ("Indicator People")."""
    line = text[sentence.start : sentence.end]
    if DIGIT.search(AGE_HEAD.sub("", DATE_CELL.sub("", line))) or len(line) > 80 or line.endswith((".", ":", "?", "!")):
        return False  # "Location (district)  2–8 Mar  9–15 Mar" holds digits, in dates only
    words = line.split()
    return len(_column_spans(text, sentence.start, sentence.end)) >= 2 or \
        terms.measures.any_within(sentence.start, sentence.end) or len(words) == k + 1 and \
        (k >= 2 and line.isupper() or k == 1 and all(w[:1].isupper() and w.isalpha() for w in words))
    # ("Indicator People" over "Civilians killed  214", its spacing lost)


def piped_cell(text: str, label_end: int, col: int) -> tuple[int, int] | None:
    """The span of cell `col` (0-based, after the label) of a web page's row, between its pipes, or
    None (no pipes, or fewer cells)."""
    if not _piped(text, label_end):
        return None
    end = text.find("\n", label_end)
    end = len(text) if end < 0 else end
    at = label_end
    for _ in range(col + 1):
        at = text.find("|", at, end) + 1
        if not at:
            return None
    close = text.find("|", at, end)
    return at, close if close >= 0 else end


def column_of(text: str, row_start: int, label_end: int, number_start: int) -> int:
    """Which cell of the row the number at `number_start` is (0-based): counted by the pipes
    between them in a row of a web page's table, else among its numbers."""
    if _piped(text, label_end):
        return text.count("|", label_end, number_start) - 1
    return len(re.findall(CELL, text[label_end:number_start]))


_NOTE_COUNT = re.compile(r"\(" + PLACE_COUNT + r"(?:(?:,\s+|\s+and\s+)" + PLACE_COUNT + r")*\)")


def in_row_note(text: str, label_end: int, at: int) -> bool:
    """Whether the number at `at` is one of the counts by place in a row's closing note
    ("Injured: 43 (Swat 31, Shangla 12)"): a part of the row's figure."""
    line_end = text.find("\n", at)
    note = _NOTE_COUNT.search(text, label_end, len(text) if line_end < 0 else line_end)
    return note is not None and note.start() < at < note.end()
