"""The dates of a sentence's figures: "as of Thursday", "rose to 40 on 3 May", "since 24 February",
and the date its statement was made ("said on March 3", "On Monday, the ministry said …")."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from app.extract.dates import ArticleDates, DateMention, find_dates
from app.extract.earlier import REPORTED_ON

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# "as of 6pm on Thursday", "by midday local time on 3 May": a time of day may stand before the date
_TIME_ON = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h|hrs|GMT|UTC)?|noon|midday|midnight)\s+(?:\w+\s+time\s+)?(?:on\s+)?"
_AS_OF = re.compile(rf"\b(?:as\s+of|as\s+at|by|through|up\s+to|until)\s+(?:the\s+end\s+of\s+|{_TIME_ON})?$",
                    re.IGNORECASE)
# "revises the figure of 36,000 displaced reported in Update No. 1 of 25 September", "the toll of 26
# it had given on Sunday": a revised figure keeps the date of the report that gave it
_EARLIER_REPORT = re.compile(r"\b(?:the|a|an|its|their)\s+(?:earlier\s+|previous\s+)?(?:figure|toll|estimate|count|number)"
                             r"\s+of\s+\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:reported|given|announced|issued|published|"
                             r"released)\s+(?:(?:in|by)\s+[^,;]{0,40}?\s+)?(?:on|of|dated)\s+$", re.IGNORECASE)
# … also after an opening source: "According to the committee, as of 13 May, 31 people had died"
_SENTENCE_START = re.compile(rf"^\s*(?:according\s+to\s+[^,;:]{{3,100}},\s+(?=as\s))?(?:on|as\s+of|as\s+at|by)\s+"
                             rf"(?:{_TIME_ON})?$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"[A-Za-z]+\.?\s+\d{4}")  # "June 2023": "by the end of June 2023" is June 30
# "rose to N on X": the toll stood at N on that day
_REACHED_ON = re.compile(r"\b(?:rose|risen|climbed|reached|hit|stood\s+at|increased|jumped|grew)\s+(?:to\s+)?"
                         r"(?:[\w,.]+\s+){1,4}?on\s+$", re.IGNORECASE)
# "By the time a ceasefire took effect on Nov. 27, 2024, more than 4,000 had been killed"
_BY_THE_TIME = re.compile(r"\bby\s+the\s+time\b[^,;:]{0,70}?\b(?:on|in)\s+$", re.IGNORECASE)
# "Yesterday alone we registered 1,750": a sentence opening on a count over that one day
_ENTRY_OPENS = re.compile(r"\s*(?:[-*•–—]\s*)?")  # a line (or list item) that opens with its date
_ALONE = re.compile(r"\s+alone\b")
_OPENING = re.compile(r"[\s\"“‘']*(?:on\s+)?", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[.;,]")


def _may_end_on(text: str, start: int, end: int) -> bool:
    """False when text[start:end] surely does not end with "on" and a space, as every _REACHED_ON
    match does."""
    tail = text[start:end].rstrip()[-2:]
    return tail.lower() == "on" or not tail.isascii()


class SentenceDates(NamedTuple):
    as_of: dt.date | None
    since: dt.date | None
    as_of_at: int | None = None  # where an "as of DATE" stands; it covers the figure just before it
    explicit: bool = False  # as_of comes from "as of / by / until DATE", not the date of a statement
    since_span: tuple[int, int] | None = None  # "since … DATE", for the clause it belongs to
    statement: dt.date | None = None  # the date of the statement, for the figures an "as of" does not date
    later_since: tuple = ()  # (date, span) of each later "since … DATE" in the sentence


def sentence_dates(text: str, start: int, end: int, published: dt.date | None,
                   claim_spans: list[tuple[int, int]], known: ArticleDates | None = None) -> SentenceDates:
    """as_of from "as of DATE", a date just after a claim verb, or "On DATE," opening a sentence;
    since from "since … DATE"."""
    dates = known.within(start, end) if known is not None else find_dates(text, start, end, published)
    if not dates:
        return SentenceDates(None, None)
    since = None
    since_span = None
    as_of = None
    since_spans: list[tuple[int, int]] = []
    later_since = []
    for m in _SINCE.finditer(text, start, end):
        for d in dates:
            if d.start > m.end() and len(_WORD.findall(text, m.end(), d.start)) <= 14 and \
                    not _STOP.search(text, m.end(), d.start):
                if since is None:
                    since, since_span = d.date, (m.start(), d.end)
                elif (d.start, d.end) not in since_spans:
                    later_since.append((d.date, (m.start(), d.end)))
                since_spans.append((d.start, d.end))
                break
    candidates = [d for d in dates if (d.start, d.end) not in since_spans]
    as_of_at = None
    explicit = False
    entry = _entry_date(text, start, candidates)
    for d in candidates if entry is None else ():
        before = text[max(start, d.start - 30) : d.start]
        alone = text.startswith(" alone", d.end) and _ALONE.match(text, d.end, end) is not None and \
            _OPENING.fullmatch(text, start, d.start) is not None
        by_time = _BY_THE_TIME.search(text, max(start, d.start - 90), d.start)
        if _AS_OF.search(before) or alone or by_time or _EARLIER_REPORT.search(text, max(start, d.start - 90), d.start) or (_may_end_on(text, max(start, d.start - 60), d.start) and
                                     _REACHED_ON.search(text, max(start, d.start - 60), d.start)):
            as_of = d.date
            if _MONTH_YEAR.fullmatch(text, d.start, d.end) and as_of.day == 1:
                # "by the end of June 2023", "as of March 2023": the month's last day
                as_of = (as_of.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            explicit = True
            if not _SENTENCE_START.match(text[start : d.start]) and not alone and \
                    not (by_time and _OPENING.fullmatch(text, start, by_time.start())):
                as_of_at = d.start
            break
    if entry is not None:
        as_of, explicit = entry, True
    statement = None
    if as_of is None or as_of_at is not None:
        statement = _statement_date(text, start, end, [d for d in candidates if d.start != as_of_at], claim_spans)
        if published is not None and statement is not None and statement > published:
            statement = published
    if as_of is None:
        as_of = statement
    if as_of is not None and published is not None and as_of > published:
        as_of = published
    return SentenceDates(as_of, since, as_of_at, explicit, since_span, statement if as_of_at is not None else None,
                         tuple(later_since))


def _entry_date(text: str, start: int, candidates: list[DateMention]) -> dt.date | None:
    """The date a timeline entry opens with: "- Wednesday 10 June: Police said 14 …" (the last of
    the dates run together before the colon, the weekday being the vaguer)."""
    if not candidates or not _ENTRY_OPENS.fullmatch(text, start, candidates[0].start):
        return None
    last = candidates[0]
    for d in candidates[1:]:
        if not _DATE_JOIN.fullmatch(text, last.end, d.start):
            break
        last = d
    return last.date if text.startswith(":", last.end) else None


_DATE_JOIN = re.compile(r"[\s,]*")


def _statement_date(text: str, start: int, end: int, candidates: list[DateMention],
                    claim_spans: list[tuple[int, int]]) -> dt.date | None:
    """The date of the statement: an opening "On DATE,", a date just after a claim verb, or one
    just before it ("the bulletin issued late on Tuesday listed …")."""
    if not claim_spans:
        return _said_on(text, start, candidates) or _count_date(text, start, candidates)
    as_of = _opening_date(text, start, end, candidates, claim_spans)
    if as_of is not None:
        return as_of
    for cs, ce in claim_spans:
        for d in candidates:  # "According to the agency's bulletin, released at 6 p.m. on Friday, 4,312 …"
            if ce <= d.start <= ce + 60 and _ISSUED_APPOSED.fullmatch(text, ce, d.start):
                return d.date
        near = [d for d in candidates if d.start >= ce and not _STOP.search(text, ce, d.start) and
                len(_WORD.findall(text, ce, d.start)) <= (11 if _IN_A_STATEMENT.match(text, ce, d.start) else
                                                         14 if _STATEMENT_ON.search(text, ce, d.start) else 7)]
        if near:
            as_of = near[0].date
            if _MONTH_YEAR.fullmatch(text, near[0].start, near[0].end):  # "a report published in March 2023"
                as_of = (as_of.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return as_of
    return _date_before_verb(text, start, candidates, claim_spans) or _said_on(text, start, candidates) or \
        _relative_clause_date(text, start, candidates, claim_spans) or _count_date(text, start, candidates)


# "Rescue 1122 spokesman … said on Tuesday that …": a verb of speech right before "on DATE" dates
# the statement even when its speaker was not read as a source.
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed|told\s+(?:reporters|journalists|the\s+press))"
                      r"\s+(?:late\s+|early\s+)?on\s+$", re.IGNORECASE)


# "rose to 27, up from 12 reported on Monday": the day of the earlier toll, not of the statement
_EARLIER_REPORTED = re.compile(r"\b(?:up|down)\s+from\s+(?:[a-z]+\s+)?[\d,.]+(?:\s+[a-z]+)?\s+" + REPORTED_ON + "$",
                               re.IGNORECASE)


def _said_on(text: str, start: int, candidates: list[DateMention]) -> dt.date | None:
    for d in candidates:
        if _SAID_ON.search(text, max(start, d.start - 40), d.start) and \
                not _EARLIER_REPORTED.search(text, max(start, d.start - 70), d.start):
            return d.date
    return None


# "said in a statement posted on its Telegram channels late Saturday that …": the statement's own date
_STATEMENT_PHRASE = (r"in\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|post|video|message|bulletin|"
                     r"update|communiqu\w+|press\s+release|audio\s+message|briefing)\b")
_IN_A_STATEMENT = re.compile(r"\s+" + _STATEMENT_PHRASE, re.IGNORECASE)
# "X put its own losses at nine fighters in a statement on Tuesday": the statement's day, after the figure
_STATEMENT_ON = re.compile(r"\s" + _STATEMENT_PHRASE + r"\s+(?:(?:late|early)\s+)?on\s+$", re.IGNORECASE)


# "The ministry's bulletin on Monday listed …", "Its report, issued late on Tuesday, put …": the
# source's own date stands between it and its verb
_ON_BEFORE = re.compile(r"\b(?:(?:issued|published|released|dated|posted|updated)\s+(?:late\s+|early\s+)?|"
                        r"(?:bulletin|report|statement|update|briefing|tally|count|figures|data|assessment|"
                        r"communiqu[eé]|sitrep|situation\s+report)\s+)on\s+(?:the\s+)?$", re.IGNORECASE)
# "…'s latest bulletin, released at 6 p.m. on Friday,": the date of the report its claim names
_TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h|hrs|GMT|UTC)?|noon|midday|midnight)"
_ISSUED_APPOSED = re.compile(rf"[^,;]{{0,40}}?,\s+(?:issued|published|released|dated|posted|updated)\s+(?:late\s+|early\s+)?"
                             rf"(?:at\s+{_TIME_ON}|at\s+{_TIME}\s+|on\s+)(?:the\s+)?", re.IGNORECASE)  # "No. 6, issued at 2pm yesterday"
_VERB_NEXT = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:(?:had|has|have)\s+)?$", re.IGNORECASE)


def _date_before_verb(text: str, start: int, candidates: list[DateMention],
                      claim_spans: list[tuple[int, int]]) -> dt.date | None:
    for cs, _ce in claim_spans:
        for d in candidates:
            if d.end <= cs and _VERB_NEXT.match(text, d.end, cs) and \
                    _ON_BEFORE.search(text, max(start, d.start - 30), d.start):
                return d.date
            if d.end <= cs + 12 and _ASIDE_STATEMENT_ON.search(text, max(start, d.start - 70), d.start) and \
                    _ASIDE_TO_VERB.match(text, d.end):
                return d.date  # "JNIM, in a message on Telegram on Sunday, said …"
            if d.end <= cs and d.start - start < 160 and _OPENING_ISSUED.fullmatch(text, start, d.start) and \
                    text.startswith(",", d.end) and not _STOP.search(text, d.end + 1, cs):
                return d.date  # "In its bulletin No. 7, issued at 6:00 pm on Sunday, the BNGRC had counted …"
            if d.end <= cs and _OPENING_DAY_DOC.fullmatch(text, start, d.start) and _DAY_DOC.match(text, d.end):
                return d.date  # "In its Sunday night bulletin, CONRED said …"
            if d.end <= cs and text.endswith("on ", max(start, d.start - 3), d.start) and \
                    _DAY_TO_VERB.fullmatch(text, d.end, cs) and \
                    not _DIGIT.search(text, max([start] + [text.rfind(x, start, d.start) for x in _DASHES]), d.start):
                return d.date  # "The Togolese government on Monday confirmed that 11 …"
    return None


# Between a subject's day and its verb: "The government on Monday [evening] confirmed"
_DAY_TO_VERB = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DASHES = (" – ", " - ", " — ", " -- ")  # the end of a dateline: "LOMÉ, June 10 (PAPS) – "
# A sentence that opens on the source's document named by its day: "In its Sunday night bulletin, …"
_OPENING_DAY_DOC = re.compile(r"\s*(?:In|According\s+to)\s+(?:its|their|the|his|her)\s+(?:latest\s+|last\s+|new\s+)?",
                              re.IGNORECASE)
_DAY_DOC = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:bulletin|report|update|statement|briefing|"
                      r"communiqu[eé]|sitrep|situation\s+report|press\s+release)\b[^,;.]{0,40},", re.IGNORECASE)


# A source's aside naming the statement and its day, right before the verb: "X, in a message on
# Telegram on Sunday, said"
_ASIDE_STATEMENT_ON = re.compile(r",\s+(?:" + _STATEMENT_PHRASE + r"|speaking\b|writing\b|addressing\b)"
                                 r"[^,;.]{0,50}?\b(?:late\s+|early\s+)?on\s+$", re.IGNORECASE)
# ("The minister, speaking to reporters in Van late on Wednesday, said …")
_ASIDE_TO_VERB = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*,\s+(?:said|says|claimed|announced|reported|"
                            r"wrote|stated|added)\b", re.IGNORECASE)


# A sentence that opens on the document its source speaks in, with the document's date
_OPENING_ISSUED = re.compile(rf"\s*(?:In|According\s+to)\s+(?:its|their|the|a|an|his|her)\s+[^,;]{{0,60}}?,\s+"
                             rf"(?:issued|published|released|dated|posted|updated)\s+(?:late\s+|early\s+)?"
                             rf"(?:at\s+{_TIME_ON}|on\s+)(?:the\s+)?", re.IGNORECASE)


# "The county commander, who spoke to reporters on Tuesday, said …": the speaker's relative clause
# dates the statement when its date ends the clause right before the verb
_WHO_ON = re.compile(r",\s+who\s+[^,;.()\"“”]{0,80}?\bon\s+$", re.IGNORECASE)
_CLAUSE_TO_VERB = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*,\s*$", re.IGNORECASE)


def _relative_clause_date(text: str, start: int, candidates: list[DateMention],
                          claim_spans: list[tuple[int, int]]) -> dt.date | None:
    for cs, _ce in claim_spans:
        for d in candidates:
            if d.end <= cs and _CLAUSE_TO_VERB.match(text, d.end, cs) and \
                    _WHO_ON.search(text, max(start, d.start - 100), d.start):
                return d.date
    return None


# "An earlier toll, issued by the agency on Monday, had put …", "The office had on Tuesday counted
# 3,100 arrivals", "The camp on Friday held 9,000 people": the day the count stood
_EARLIER_ISSUED = re.compile(r"\b(?:earlier|previous|initial|first|last)\s+(?:toll|update|figure|count|report|"
                             r"estimate|tally|bulletin|assessment),\s+(?:issued|published|released|given|"
                             r"announced|posted)\s+(?:by\s+[^,;.]{0,40}?\s+)?(?:late\s+|early\s+)?on\s+$",
                             re.IGNORECASE)
_HAD_ON = re.compile(r"\b(?:had|has|have)\s+(?:earlier\s+|already\s+|previously\s+)?on\s+$", re.IGNORECASE)
_COUNT_VERB_NEXT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:put|counted|recorded|registered|"
                              r"listed|estimated|given|reported|held|housed|hosted|sheltered)\b", re.IGNORECASE)


def _count_date(text: str, start: int, candidates: list[DateMention]) -> dt.date | None:
    for d in candidates:
        before = max(start, d.start - 110)
        if _EARLIER_ISSUED.search(text, before, d.start) or (
                _COUNT_VERB_NEXT.match(text, d.end) and _HAD_ON.search(text, max(start, d.start - 30), d.start)):
            return d.date
    return None


_FIRST_COMMA = re.compile(r",")
_PHRASE_OPENS = re.compile(r"[\s\"“]*(?:on|in|at|during|speaking|addressing|talking|briefing|writing|"
                           r"(?:when\s+)?(?:contacted|reached|asked|interviewed|approached))\b", re.IGNORECASE)
# "In a statement read on state television on Thursday, the ministry said …": the opening phrase
# dates the statement when the claim follows right after it.
_CLAIM_NEXT = 6


# "…, the Emergency Room, a volunteer group that runs the kitchens, said": an apposition set off by
# commas is no part of the way from the opening phrase to its claim
_APPOSITION = re.compile(r",\s+(?:an?|the|which|who|whose)\s[^,.;]{0,120},", re.IGNORECASE)


# "the UN Office for the Coordination of Humanitarian Affairs (OCHA)", ", DSP Ada Musa,": a name
# counts as one word, and a bracketed short form or a name set off by commas as none
_NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and|on|de)\s+)*[A-Z][\w'’.-]*)*")
_BRACKETS = re.compile(r"\s*\([^()]{0,40}\)|,\s*N,")


def _words_to_claim(text: str, start: int, end: int) -> int:
    words = len(_WORD.findall(text, start, end))
    if words <= _CLAIM_NEXT:
        return words
    words = len(_WORD.findall(_APPOSITION.sub(" ", text[start:end])))
    if words <= _CLAIM_NEXT:
        return words
    return len(_WORD.findall(_BRACKETS.sub(" ", _NAME_RUN.sub("N", text[start:end]))))


def _opening_date(text: str, start: int, end: int, candidates: list[DateMention],
                  claim_spans: list[tuple[int, int]]) -> dt.date | None:
    """The date of a sentence-opening "On DATE," / "In a statement on DATE, the ministry said",
    when a claim follows the opening phrase (not "On Monday, residents found …, a volunteer said")."""
    comma = _FIRST_COMMA.search(text, start, end)
    if comma is not None and not _PHRASE_OPENS.match(text, start, comma.start()):
        comma = None
    for d in candidates:
        if comma is None or d.end > comma.start():
            if _SENTENCE_START.match(text[start : d.start]):
                return d.date
            break
        if len(_WORD.findall(text, d.end, comma.start())) > 1:
            continue
        # "In a post on X late on Sunday, the spokesman for the defence ministry, X, said": a statement
        # phrase dates the claim a few words further on
        reach = _CLAIM_NEXT + 3 if _IN_A_STATEMENT.match(" " + text[start : comma.start()]) else _CLAIM_NEXT
        if not any(comma.end() <= cs and _words_to_claim(text, comma.end(), cs) <= reach
                   for cs, _ in claim_spans):
            continue
        return d.date
    return None
