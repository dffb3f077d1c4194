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

_CELL = r"\d[\d,.]*(?:\s?(?:million|m|k))?(?:\s?[-–—]\s?\d[\d,.]*(?:\s?(?:million|m|k))?)?%?"  # (a share: "62%")
# A cell is a number, optionally with up to two words after it ("16 dead"); cells are separated
# by spaces, "/", "|", "," or ";", and may be a range ("60,000-75,000"). The label has no digits and no
# sentence punctuation; dot leaders may follow it ("Eastern zone ....... 187,500").
_WORDY_CELL = rf"{_CELL}(?:\s+[A-Za-z][\w'-]*){{0,2}}"
# A row labelled by its period: "7 – 13 April", "28 April – 4 May", "Week 15", "1-7 Jan"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEK = rf"(?:\d{{1,2}}(?:\s+{_MONTH})?\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}|[Ww]eek\s+\d{{1,2}})"
# a row labelled by its day, in a table of weeks ending on it: "20 July | 19 | 26", "Aug 3 | 17 | 30"
_DAY = rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
# "Swat 31" in "Injured: 43 (Swat 31, Shangla 12)", "Salmas county 158" in "West Azerbaijan: 191 (Salmas county 158, …)"
_PLACE_COUNT = (r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:county|district|province|region|state|city|town|"
                r"village|camp|municipality|governorate|department|township|tehsil|upazila))?\s+\d[\d,]*")
# a row: its label ("Kyrgyz Republic, total" or "Ardamata, Geneina" with its comma, "Other provinces (14)" with a count of them), then its cells
_ROW = re.compile(
    rf"^(?P<label>{_WEEK}|[^\d\n,.;!?]{{1,50}}?(?:,\s[^\d\n,.;!?]{{1,40}}?)?(?:\s\(\d{{1,3}}\))?(?:,\s*(?:total|Total|TOTAL|overall))?)\s*(?::|\s[-–—|]|\s?(?:\.{{2,}}|…+)|\s)\s*"
    rf"(?P<rest>{_WORDY_CELL}(?:\s*(?:/|\||,|;|\s)\s*{_WORDY_CELL})*)\s*(?:\([^()\d]{{1,60}}\)\s*|"
    rf"\({_PLACE_COUNT}(?:(?:,\s+|\s+and\s+){_PLACE_COUNT})*\)\s*|"
    rf",\s+all\s+(?:in|from)\s+[^\n\d]{{1,60}}|\s+from\s+the\s+[^\n\d]{{1,40}})?$"
)  # a closing note: "- 66 deaths (excluding the dam burst)", "Injured: 43 (Swat 31, Shangla 12)",
#   "Missing: 9, all in Bahrain tehsil", "Tourists evacuated: 2,450 from the Kalam valley"
# "Newly displaced in South Kivu since January 1: about 350,000": a fact box's line, its label before a
# colon (dates and all), one figure after it, maybe with its qualifier
_QUALIFIER = r"(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than|" \
             r"approximately|roughly|an\s+estimated|an?\s+)"
_COLON_ROW = re.compile(rf"^(?P<label>[^\n;!?:]{{1,80}}?):\s+(?P<rest>(?:{_QUALIFIER}\s*)?{_WORDY_CELL})\s*$",
                        re.IGNORECASE)
# "In tents and shelters: some 4,300": a label that opens on where people are counts them, not the tents
_WHERE_OPENS = re.compile(r"[\s*•-]*(?:In|At|Inside|Sheltering\s+in|Living\s+in|Staying\s+in)\s")
_WHERE_IN_LABEL = re.compile(r"\s(?:in|at|from|across|near|around|on|since|between)\s")
# a row of a table read from a web page, its cells between pipes: the label's cells may hold any
# punctuation but no digits ("Church of St. Mary, Mohoro | Mohoro | 75 | 391")
# (its first cell may be a month: "February 2021 | Turi | Cuenca | 81")
_PIPE_ROW = re.compile(rf"^(?P<label>{_DAY}|(?:{_MONTH}\s+\d{{4}}|[^|\d\n]{{1,60}}?)(?:\s\|\s[^|\d\n]{{0,60}}?)*)\s\|\s*"
                       rf"(?P<rest>{_CELL}(?:\s*\|\s*{_CELL})*)\s*\|?\s*$")
# … whose other cells may be words ("Al-Masirah TV | more than 50 | not given | No breakdown offered"):
# the cells are then counted by the pipes between them
_PIPE_CELL = rf"(?:{_QUALIFIER}\s*)?{_CELL}|[^|\d\n]{{1,40}}?(?:\d{{1,2}}\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}[^|\d\n]{{0,12}}?)?"
# (a cell of words may end in its span of days: "cholera deaths in displacement sites, 1–20 July")
_PIPE_TEXT_ROW = re.compile(rf"^(?P<label>[^|\d\n]{{1,60}}?)\s\|\s*(?P<rest>(?:{_PIPE_CELL})(?:\s*\|\s*(?:{_PIPE_CELL}))*)\s*\|?\s*$",
                            re.IGNORECASE)
# … whose label is a numbered part of a place ("Camp 11 | 5,870 | 2", "Zone 3 | 410"): the number names it
_NUMBERED_PIPE_ROW = re.compile(rf"^(?P<label>(?:Camp|Zone|Sector|Block|Ward|Site|Cell|Division)\s+\d{{1,3}}[A-Z]?"
                                rf"(?:\s+(?:Extension|East|West|North|South))?)\s\|\s*(?P<rest>{_CELL}(?:\s*\|\s*{_CELL})*)\s*\|?\s*$")
_NUMERIC_CELLS = re.compile(rf"^{_CELL}(?:\s*(?:/|\||\t|\s{{2,}}|,|;)\s*{_CELL})*\s*$")
_HOSTING = re.compile(r"\S+\s+(?:hosting|housing|sheltering|with|for)\s")  # "Sites hosting IDPs": the sites
_COLUMN_SPLIT = re.compile(r"\s{2,}|\t+|\s+[/|]\s+")
_PARENTHESIS = re.compile(r"\(([^()]{2,80})\)")
# A cell that is a date or a week, not a count: "14 May", "2–8 Mar", "Week 15"
_DATE_CELL = re.compile(rf"(?:{_WEEK}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)(?![\w-])")
_DIGIT = re.compile(r"\d")
# an age bound in a column head, not a count: "Of the killed, under 18", "Aged 0-17", "Over 60"
_AGE_HEAD = re.compile(r"\b(?:under|over|below|aged)[\s-]+\d{1,2}(?:\s*[-–]\s*\d{1,2})?s?\b", re.IGNORECASE)
_MAX_ROW = 120
# "- Eastside camp: 4,100, including 1,900 at the school": a row may close on a note of a part
_ROW_NOTE = re.compile(r",\s+(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|mostly|mainly)\s")


# the head of a column of sources: "Source", "Claimed by", "According to", "Reported by"
_SOURCE_HEAD = re.compile(r"\s*(?:sources?|claimed\s+by|according\s+to|reported\s+by|claimant|who\s+says(?:\s+so)?|"
                          r"figure\s+from|issued\s+by)\s*", re.IGNORECASE)
_CELL_SEP = re.compile(r"\s\|\s")
# the head of a column of places: "City", "District", "Locality"
_WHERE_HEAD = re.compile(r"\s*(?:city|town|village|district|province|region|state|county|municipality|locality|"
                         r"location|place|area|commune|department|governorate|township|settlement|camp|site)\s*",
                         re.IGNORECASE)
# A table's first row that only holds its caption: "Flood impact by department | | |"
_CAPTION_ROW = re.compile(r"[^|\n]+(?:\|[ \t]*)+")


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
        return next((span for span, head in zip(spans, self.label_heads) if _WHERE_HEAD.fullmatch(text, *head)), None)

    def labels_sources(self, text: str) -> bool:
        """The rows' labels are who gives their figures: the column is headed "Source", "Claimed by" …"""
        return self.label_head is not None and _SOURCE_HEAD.fullmatch(text, *self.label_head) is not None

    def source_cell(self, text: str, start: int) -> tuple[int, int] | None:
        """The span of the last cell of the row starting at `start`, under a last column headed
        "Source" ("Port-au-Prince | cholera deaths | 19 | MSPP"): who gives the row's figure."""
        head = self.label_head or (self.heads[0] if self.heads else None)
        if head is None:
            return None
        header_start = text.rfind("\n", 0, head[0]) + 1
        header = text[header_start : text.find("\n", head[0]) % (len(text) + 1)].split(" | ")
        if len(header) < 3 or not _SOURCE_HEAD.fullmatch(header[-1]):
            return None
        end = text.find("\n", start) % (len(text) + 1)
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
                    head = _WHERE_IN_LABEL.split(label, maxsplit=1)[0]  # "Killed in Bukavu and surrounding areas": killed
                    if self._is_not_people(head) and not _TOTAL_LABEL.match(label) and not _WHERE_OPENS.match(label):
                        continue
                    numeric = bool(_NUMERIC_CELLS.match(match.group("rest")))
                    label_end = sentences[index].start + match.end("label")
                    out[index] = Row(label_end, numeric, _label_measure(table, terms, sentences[index].start,
                                                                       label_end))
            i = j
        return out

    @staticmethod
    def _row(text: str, sentence: Sentence) -> re.Match[str] | None:
        if sentence.end - sentence.start > _MAX_ROW:
            return None
        line = text[sentence.start : sentence.end]
        if line.endswith((".", "?", "!", ":")):
            return None
        found = _NUMBERED_PIPE_ROW.match(line) if " | " in line and line[:1] in "CZSBWD" else None
        found = found or _ROW.match(line)
        if found is None and " | " in line:
            found = _PIPE_ROW.match(line) or _PIPE_TEXT_ROW.match(line)
        if found is None and ": " in line:
            found = _COLON_ROW.match(line)
        if found is None and "," in line:
            note = _ROW_NOTE.search(line)
            if note is not None:
                found = _ROW.match(line[: note.start()])
        if found is not None and not _DIGIT.search(_DATE_CELL.sub("", found.group("rest"))):
            return None  # "Location (district)  2–8 Mar  9–15 Mar": a header of dates, not a row of counts
        if found is not None and any(a.start() < found.start("rest") < a.end() for a in _AGE_HEAD.finditer(line)):
            return None  # "Week ending | Killed | Of the killed, under 18": a header whose last head holds an age
        return found

    def _table(self, text, sentences, block, terms) -> Table | None:
        first = block[0][0]
        k = max(_cell_count(m) for _, m in block)
        header = first - 1 if first > 0 and _is_header(text, sentences[first - 1], terms, k) else None
        intro_at = (header if header is not None else first) - 1
        reach = 3
        if intro_at > 0 and _CAPTION_ROW.fullmatch(text, sentences[intro_at].start, sentences[intro_at].end):
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
            heads = labels[-k:] if len(labels) > k else None
            label_head = labels[0] if len(labels) == k + 1 else None
            label_heads = labels[: len(labels) - k] if len(labels) > k else None
            if len(labels) > k:
                for c, (a, b) in enumerate(labels[-k:]):
                    if self._is_not_people(text[a:b]) and not terms.measures.any_within(a, b) and \
                            not terms.who.any_within(a, b) or \
                            _HOSTING.match(text, a, b) and self._is_not_people(text[a:b].split()[0]):
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
            paren = _PARENTHESIS.search(text, s.start, s.end)
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
        for c, cell in enumerate(re.finditer(_CELL, rest)):
            is_date = _DATE_CELL.match(text, base + cell.start()) is not None
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
    seps = [m.span() for m in _CELL_SEP.finditer(text, start, label_end)]
    return list(zip([start] + [b for _, b in seps], [a for a, _ in seps] + [label_end]))


def _cells(rest: str) -> list[str]:
    return re.findall(_CELL, rest)


def _cell_count(row: re.Match[str]) -> int:
    """The row's cells after its label: its numbers, or every cell between pipes when it has them."""
    return row.group("rest").count("|") + 1 if _piped(row.string, row.end("label")) else len(_cells(row.group("rest")))


def _piped(text: str, label_end: int) -> bool:
    return text.startswith(" | ", label_end) or text.startswith(" |", label_end)


def _column_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for sep in _COLUMN_SPLIT.finditer(text, start, end):
        if sep.start() > pos:
            spans.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _is_header(text: str, sentence: Sentence, terms, k: int) -> bool:
    """A short line without digits or closing punctuation, in columns or naming measures, or in
    capitals with a word for the label and each of the rows' `k` columns ("WEEK  A  B  TOTAL")."""
    line = text[sentence.start : sentence.end]
    if _DIGIT.search(_AGE_HEAD.sub("", _DATE_CELL.sub("", line))) or len(line) > 80 or line.endswith((".", ":", "?", "!")):
        return False  # "Location (district)  2–8 Mar  9–15 Mar" holds digits, in dates only
    return len(_column_spans(text, sentence.start, sentence.end)) >= 2 or \
        terms.measures.any_within(sentence.start, sentence.end) or (k >= 2 and line.isupper() and len(line.split()) == k + 1)


def column_of(text: str, row_start: int, label_end: int, number_start: int) -> int:
    """Which cell of the row the number at `number_start` is (0-based): counted by the pipes
    between them in a row of a web page's table, else among its numbers."""
    if _piped(text, label_end):
        return text.count("|", label_end, number_start) - 1
    return len(re.findall(_CELL, text[label_end:number_start]))


_NOTE_COUNT = re.compile(r"\(" + _PLACE_COUNT + r"(?:(?:,\s+|\s+and\s+)" + _PLACE_COUNT + r")*\)")


def in_row_note(text: str, label_end: int, at: int) -> bool:
    """Whether the number at `at` is one of the counts by place in a row's closing note
    ("Injured: 43 (Swat 31, Shangla 12)"): a part of the row's figure."""
    line_end = text.find("\n", at)
    note = _NOTE_COUNT.search(text, label_end, len(text) if line_end < 0 else line_end)
    return note is not None and note.start() < at < note.end()
