"""What a sentence or a table row takes from its context: the dates of the line that introduces a
table, the group a row's label names, the statement date that "It estimated …" carries on.

"… killed people in 23 counties since March 14, according to the centre. Its latest figures, as of
Sunday, showed:" — the rows are as of Sunday and since March 14: an introducing line that opens on
"Its" / "Their" / "These" goes on with the sentence before it, which may hold the start. A period in
the introducing line ("arrivals since the start of the year, as of Sunday:") gives the start too.
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain import Measure, Who
from app.extract.statement_dates import SentenceDates, sentence_dates
from app.extract.figure_claims import claims_of
from app.extract.list_items import intro_of_item
from app.extract.measures import Reading
from app.extract.dates import MONTHS, find_dates
from app.extract.periods import Period, find_periods
from app.extract.tables import column_of, in_row_note, piped_cell
from app.extract.table_patterns import DIGIT
from app.extract.timeline import box_date, signed_date, timeline_date

# the head of a table's labels when each row is the week that ends on the day it names: "Week ending | Killed"
_WEEK_ENDING = re.compile(r"\s*(?:the\s+)?weeks?\s+(?:ending|ended|to|through)\b", re.IGNORECASE)
_MONTH_LABEL = re.compile(r"[\s*•-]*(January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+(\d{4}))?\s*")
_OF_A_NATION = (Measure.REFUGEES,)
_ANAPHORIC = re.compile(r"[\s\"“]*(?:its|their|these|those|this|the\s+same)\b", re.IGNORECASE)


def _since(art, index: int):
    """The start a sentence gives: "since DATE", else an open or bounded period's start."""
    s = art.sentences[index]
    found = sentence_dates(art.text, s.start, s.end, art.published, [(s.start, s.start)], art.dates)
    if found.since is not None:
        return found.since
    if not art.found["period"].any_within(s.start, s.end):
        return None
    return next((p.since for p in find_periods(art.text, s.start, s.end, art.published, art.tokens) if p.since),
                None)


def intro_dates(art, intro: int, claim_spans: list[tuple[int, int]]) -> SentenceDates:
    """as_of and since of the rows under the line `intro`."""
    s = art.sentences[intro]
    found = sentence_dates(art.text, s.start, s.end, art.published, claim_spans or [(s.start, s.start)], art.dates)
    since = found.since or _since(art, intro)
    if since is None and intro > 0 and _ANAPHORIC.match(art.text, s.start, s.end) and \
            art.sentences[intro - 1].paragraph == s.paragraph:
        since = _since(art, intro - 1)
    as_of = found.as_of
    # "The breakdown by province for February:", and a period before the statement's date ("On
    # Thursday the office released the figures for deaths between June 13 and June 19:"); or in the
    # sentence before, when the line over the table only qualifies it ("… between January 27 and
    # February 2. Figures for combatants are based on funeral announcements.")
    before = art.sentences[intro - 1] if intro > 0 and art.sentences[intro - 1].paragraph == s.paragraph else None
    for line in (s, before) if not found.explicit else (s,):
        if line is None or not art.found["period"].any_within(line.start, line.end):
            continue
        bounded = next((p for p in find_periods(art.text, line.start, line.end, art.published, art.tokens)
                        if p.since and p.until), None)
        if bounded is not None and bounded.until <= (art.published or bounded.until) and (
                not found.explicit or found.as_of in (bounded.since, bounded.until)):  # "(1 January – 18 March)"
            as_of, since = bounded.until, since or bounded.since
            break
    if as_of is None and _OWNED_INTRO.match(art.text, s.start, s.end):
        as_of = _earlier_date(art, intro, 4, False, lambda k: art.claim_cache.get(k) or [])
    return SentenceDates(as_of, since)


def row_intro(finder, art, row, hedges, claims, dates):
    """A table row's hedges, claims and dates with its introducing line's: that line's hedges
    ("(bureau estimates)") reach the row; its claims (or its publisher's: "X released the following")
    and its dates stand for the row's own when the row has none. A row's own start stays
    ("… since January 1: 61,300")."""
    text = art.text
    intro = art.sentences[row.table.intro]
    hedges = hedges + art.found["hedges"].within(intro.start, intro.end)
    intro_claims = claims_of(finder, art, row.table.intro) or finder.list_source(
        text, intro.start, intro.end, art.people, art.claims)
    k = row.table.intro - 1  # "The ministry provided the following breakdown … Figures for X are provisional."
    if not intro_claims and k >= 0 and art.sentences[k].paragraph == intro.paragraph:
        before = art.sentences[k]
        intro_claims = claims_of(finder, art, k) or finder.list_source(
            text, before.start, before.end, art.people, art.claims)
    claims = claims or intro_claims
    if not dates.as_of:
        own = dates.since
        dates = intro_dates(art, row.table.intro, [(c.start, c.end) for c in intro_claims])
        dates = dates._replace(since=own) if own is not None else dates
    return hedges, claims, dates


def label_who(art, row) -> str | None:
    """The group a row's label names ("Unaccompanied minors: 6,214" → children), or None."""
    found = art.terms.who.within(row.line_start(art.text), row.label_end)
    return found[0].key if found else None


# "OCHA said in a report on Thursday that … It estimated that nearly 1 million …": the same statement
_PRONOUN_CLAIM = re.compile(r"[\s\"“]*(?:it|he|she|they)\s+(?:also\s+)?(?:said|says|estimated|estimates|reported|"
                            r"added|noted|warned|stated|put|recorded|counted)\b", re.IGNORECASE)


def statement_dates(finder, art, index: int, claims) -> SentenceDates:
    """The dates of sentence `index`; a sentence that goes on with "It estimated …" and names no
    date of its own keeps the date of the statement in the sentence before."""
    s = art.sentences[index]
    # a document's own source stands at no place in the sentence: "On 24 September, … killing 17" is no statement's date
    spans = [(c.start, c.end) for c in claims if c.end > c.start or c.start > s.start]
    found = sentence_dates(art.text, s.start, s.end, art.published, spans, art.dates)
    if found.since is None and index and "same" in art.text[s.start : s.end] and \
            _SAME_PERIOD.search(art.text, s.start, s.end):
        found = _same_period_since(art, index, found)
    elif found.since is None and found.as_of is None and index and _PERFECT.search(art.text, s.start, s.end) and \
            art.sentences[index - 1].paragraph == s.paragraph and \
            _SINCE_OPENS.match(art.text, art.sentences[index - 1].start, s.start):
        found = _same_period_since(art, index, found)  # "Since 6 January, our teams have treated … 94 have died"
    if found.as_of is None:
        entry = timeline_date(art, s.start) or box_date(art, s.start) or signed_date(art, s.start)  # "September 15: …"
        intro = intro_of_item(art, index) if entry is None or found.since is None else None
        listed = intro_dates(art, intro, []) if intro is not None else None  # "… these figures, as of 14 October:"
        if entry is None and listed is not None and listed.as_of is not None and listed.as_of != art.published:
            return found._replace(as_of=listed.as_of, since=found.since or listed.since)
        if entry is not None:  # "KEY FIGURES (cumulative since 12 July 2025, as of 4 September)": its start too
            return found._replace(as_of=entry, since=found.since or (listed.since if listed else None))
    if found.as_of is None and index and not _PRONOUN_CLAIM.match(art.text, s.start, s.end):
        carried = _carried_date(finder, art, index, claims)
        return found if carried is None else found._replace(as_of=carried)
    if found.as_of is not None or not index or not _PRONOUN_CLAIM.match(art.text, s.start, s.end) or \
            art.sentences[index - 1].paragraph != s.paragraph and not _OPENS_PARAGRAPH.match(art.text, s.start - 2, s.start):
        return found  # "It said …" opening the next paragraph goes on with the last one
    p = art.sentences[index - 1]
    spans = [(c.start, c.end) for c in claims_of(finder, art, index - 1)]
    before = sentence_dates(art.text, p.start, p.end, art.published, spans, art.dates)
    if before.explicit and before.as_of_at is not None:  # "said on Thursday that 2.1 million … as of March"
        before = sentence_dates(art.text, p.start, before.as_of_at, art.published, spans, art.dates)
    return found if before.as_of is None or before.explicit else found._replace(as_of=before.as_of)


# "… killed since October 2023. Israel says 80 of its soldiers were killed over the same period": the
# start of the sentence before
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|for)\s+the\s+same\s+(?:period|time|span)\b", re.IGNORECASE)


# a sentence that opens on its start ("Since 6 January, …") and the count in the perfect after it
_SINCE_OPENS = re.compile(r"[\s\"“]*since\s+[^,.;]{3,30},", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:(?:now|so\s+far|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|died)\b",
                      re.IGNORECASE)


def _same_period_since(art, index: int, found: SentenceDates) -> SentenceDates:
    p = art.sentences[index - 1]
    before = sentence_dates(art.text, p.start, p.end, art.published, [], art.dates)
    if before.since is None:
        return found
    return found._replace(since=before.since, since_span=None,
                          as_of=found.as_of if found.as_of is not None else before.as_of)


# "Three were in critical condition, she said", "The bulletin said four …": a source referred back to
_BACK_SUBJECT = re.compile(r"(?:\b(?i:he|she|it|they)|(?<!\w )\b(?i:the)\s+[a-z][\w'-]*)"
                           r"\s+(?:also\s+)?$")
_PRONOUN_BEFORE = re.compile(r"\b(?i:he|she|it|they)\s+(?:also\s+)?$")
# "…, said in the same call that": the statement of an earlier sentence, maybe across a quote
_SAME_STATEMENT = re.compile(r"\bin\s+the\s+same\s+(?:[\w-]+\s+)?(?:call|statement|interview|briefing|bulletin|"
                             r"report|update|message|post|address|conference|speech)\b", re.IGNORECASE)


def _carried_date(finder, art, index: int, claims):
    """The statement date a sentence without a date of its own takes from a sentence or two
    before, when its source is referred back to ("she said", "the bulletin said") or it speaks of
    "the same call"; "according to the bulletin" takes the date of the bulletin named before."""
    s = art.sentences[index]
    text = art.text
    doc = _BACK_DOCUMENT.search(text, s.start, s.end)
    if doc is not None:
        dated = _document_date(art, index, doc.group(1).lower(), lambda k: claims_of(finder, art, k))
        if dated is not None:
            return dated
    same = "same" in text[s.start : s.end] and _SAME_STATEMENT.search(text, s.start, s.end) is not None
    if not same and not any(_BACK_SUBJECT.search(text, max(s.start, c.start - 40), c.start)
                            for c in claims if s.start <= c.start < s.end):
        return None
    who = {c.claimant for c in claims if s.start <= c.start < s.end and c.claimant and  # "…, she told reporters",
           (_PRONOUN_BEFORE.search(text, max(s.start, c.start - 12), c.start) or  # "The agency said"
            _BACK_SUBJECT.search(text, max(s.start, c.start - 40), c.start) and c.start - s.start < 40) and
           not text.startswith(("fear", "believ"), c.start)}  # ("because they feared …": no statement)
    return _earlier_date(art, index, 3 if same else 1, not same, lambda k: claims_of(finder, art, k), who)


# "According to the bulletin, …", "…, the report said": a document the article named before
_BACK_DOCUMENT = re.compile(r"\b(?:[Aa]ccording\s+to\s+the|[Tt]he)\s+(bulletin|report|update|sitrep|situation\s+report|"
                            r"communiqu[eé]|press\s+release)\b(?!\s+(?:of|by|from|issued|released|published)\b)")
_OPENS_PARAGRAPH = re.compile(r"\n\s*|\s*\n")
_DOCUMENT_REACH = 8


def _document_date(art, index: int, noun: str, claims_for):
    """The statement date of the nearest earlier sentence that names the document `noun` and dates it."""
    for k in range(index - 1, max(-1, index - _DOCUMENT_REACH - 1), -1):
        p = art.sentences[k]
        if noun not in art.text[p.start : p.end].lower():
            continue
        before = _claimed_dates(art, k, claims_for)
        if before is not None and before.as_of is not None:
            return None if before.explicit else before.as_of
    return None


def _claimed_dates(art, k: int, claims_for) -> SentenceDates | None:
    """The dates of sentence `k` when it makes a claim, else None."""
    spans = [(c.start, c.end) for c in claims_for(k)]
    if not spans:
        return None
    p = art.sentences[k]
    return sentence_dates(art.text, p.start, p.end, art.published, spans, art.dates)


_EARLIER_TOLL = re.compile(r"\b(?:earlier|previous|initial|first|preliminary)\s+(?:death\s+)?(?:toll|count|tally|figure)",
                           re.IGNORECASE)


# "The bulletin's breakdown by province:", "Its district figures:": a table of the report named before
_OWNED_INTRO = re.compile(r"[\s\"“]*(?:its|their|the\s+[a-z]+['’]s)\s", re.IGNORECASE)


def _earlier_date(art, index: int, back: int, same_paragraph: bool, claims_for, who=frozenset()):
    """The statement date of the nearest of the `back` sentences before `index` that has one; across
    a paragraph break only from the sentence just before, when its source is the same (`who`): "…,
    the commissioner said on Wednesday.¶ Of the deceased, five …, she told reporters"."""
    s = art.sentences[index]
    for k in range(index - 1, max(-1, index - back - 1), -1):
        p = art.sentences[k]
        if same_paragraph and p.paragraph != s.paragraph:
            mine = [(c.start, c.end) for c in claims_for(k) if c.claimant in who] if k == index - 1 and \
                not _EARLIER_TOLL.search(art.text, p.start, p.end) else []  # ("An earlier toll, issued on Thursday, …")
            if not mine:
                return None
            before = sentence_dates(art.text, p.start, p.end, art.published, mine, art.dates)
            return None if before.as_of is None or before.explicit else before.as_of
        before = _claimed_dates(art, k, claims_for)
        if before is not None and before.as_of is not None:
            return None if before.explicit else before.as_of
    return None


def row_reading(measures, art, row, m, terms, q, next_start) -> Reading | None:
    """A table cell's measure from its column; who from the header, else from the largest whole
    figure of that measure; refugees' side (their nation) from that whole too."""
    col = column_of(art.text, 0, row.label_end, m.start)
    col = 0 if len(row.table.columns) == 1 and in_row_note(art.text, row.label_end, m.start) else col
    key = row.table.columns[col] if col < len(row.table.columns) else None
    if key is None:
        return None
    measure = Measure(key)
    who, side = measures.who_only(art.text, terms, q.start, q.end, next_start)
    whole = None  # the table breaks down a total: the largest figure, not "1.8 million child refugees"
    if who == Who.PEOPLE or side is None and measure in _OF_A_NATION:  # (looked for only when needed)
        earlier = [d.figure for d in art.drafts if d.figure.measure == measure and d.parent is None]
        whole = max(earlier, key=lambda f: f.value or f.high or f.low or 0) if earlier else None
    if who == Who.PEOPLE:
        named = label_who(art, row) or row.table.head_who(art.terms, col) or row.table.who  # "Minors: 6,214"
        who = Who(named) if named else whole.who if whole else Who.PEOPLE
    if side is None and whole is not None and measure in _OF_A_NATION and whole.who == who:
        side = whole.side  # "48,700 Somali refugees …" over "December 2024: 9,800": the same refugees
    return Reading(measure, who, side, 0.75, m.start)


# the head of a column of the days each row's figure was given: "Date", "As of", "Date of claim"
_DATE_HEAD = re.compile(r"\s*(?:date(?:\s+(?:of\s+(?:the\s+)?claim|given|reported|published))?|as\s+of|reported\s+on|when)\s*",
                        re.IGNORECASE)


def row_period(art, row, at: int):
    """The period a table dates the cell at `at` by: the one heading its column ("2–8 Mar" over
    "1,210"), from its first day to its last; the period or month the row's label names ("1–12 March
    2025: 6,300", "December 2024: 9,800"); or the day it names ("20 July | 19"), the last of its week
    under a head "Week ending"."""
    if art.published is None:
        return None
    heads = row.table.heads
    col = column_of(art.text, 0, row.label_end, at)
    if heads and col < len(heads):
        head = "\n" + art.text[slice(*heads[col])]  # read as a line of its own, as a row's label is
        found = find_periods(head, 0, len(head), art.published)
        if len(found) == 1 and found[0].since and found[0].until:
            return found[0]
        dated = next((j for j, (a, b) in enumerate(heads) if _DATE_HEAD.fullmatch(art.text, a, b)), None)
        span = piped_cell(art.text, row.label_end, dated) if dated is not None and dated != col else None
        days = [d for d in find_dates(art.text, *span, art.published) if DIGIT.search(art.text, d.start, d.end)] \
            if span else []  # (its weekday: "Monday 19 May")
        if len(days) == 1 and days[0].date is not None:  # "Source | Claimed dead | Date" over "EMC | 27 | Monday 19 May"
            return Period(span[0], span[1], None, days[0].date)
    row_start = row.line_start(art.text)
    cell = art.text.find(" | ", row_start, row.label_end)  # "February 2021 | Turi | Cuenca": its first cell
    labelled = find_periods(art.text, row_start, row.label_end, art.published) or \
        _month_label(art, row_start, row.label_end if cell < 0 else cell)
    if len(labelled) == 1 and labelled[0].until is not None:
        return labelled[0]
    intro = art.sentences[row.table.intro] if row.table.intro is not None else None
    if intro is not None and " | " not in art.text[intro.start : intro.end]:  # (not a row the reader left out)
        # "Civilian casualties reported by regional authorities, 27 May – 2 June 2024:"
        paragraph = art.text.rfind("\n", 0, intro.start) + 1  # (its paragraph: "… breakdown … for 9–18 November.
        told = find_periods(art.text, paragraph, intro.end, art.published)  # Figures for X are provisional.")
        if len(told) == 1 and told[0].since and told[0].until:
            return told[0]
    days = find_dates(art.text, row_start, row.label_end, art.published) if heads else []
    if len(days) != 1 or days[0].date is None or days[0].start != row_start:
        return None
    header_start = art.text.rfind("\n", 0, heads[0][0]) + 1
    week = _WEEK_ENDING.match(art.text, header_start, heads[0][0]) is not None
    return Period(row_start, row.label_end, days[0].date - dt.timedelta(days=6) if week else None, days[0].date)


def _month_label(art, start: int, end: int) -> list:
    """A row labelled by a month ("December 2024", "- January:"): the period of that month, up to the publication."""
    m = _MONTH_LABEL.fullmatch(art.text, start, end)
    if m is None:
        return []
    month = MONTHS[m.group(1)[:3].lower()]
    year = int(m.group(2)) if m.group(2) else art.published.year - (month > art.published.month)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return [Period(start, end, first, min(last, art.published))] if first <= art.published else []


def column_whole(art, row, out: list, at: int):
    """The row's draft (among `out`) whose column the column of the number at `at` is a part of
    ("Missing  Of whom children": the 8 is part of the 27 before it), or None."""
    parts = row.table.parts
    if not parts or not out:
        return None
    whole = parts.get(column_of(art.text, 0, row.label_end, at))
    if whole is None:
        return None
    return next((d for d in out if column_of(art.text, 0, row.label_end, d.figure.start) == whole), None)
