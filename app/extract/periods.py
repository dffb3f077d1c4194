"""Bounded periods and month or year starts: "between January and June", "in 2022", "since April",
"the 2013-2018 civil war", "last year", "by the end of August".

A figure counted over a bounded period is as of the period's end and since its start; "since
April" starts on the 1st. Vague starts ("since mid-April", "since the end of April") give nothing.
A period dates only the figures of its own clause, and not the toll of one event in that month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from typing import NamedTuple

from app.extract.dates import MONTHS
from app.extract.period_pattern import MONTH, ORDINALS, WEEKDAYS, period_matches
from app.extract.tokens import Tokens

# "for the first time since", "the deadliest since", "the worst … since": a comparison, not a count's start
_COMPARED_SINCE = re.compile(r"\b(?:first\s+time|\w+est|worst|ever|most)\b[^,.;]{0,40}\bsince\s+(?:\w+\s+){0,3}$",
                             re.IGNORECASE)
# "in March 2023, when it put the number at …": a count given then, not one over the month
_COUNT_GIVEN = re.compile(r",\s+when\s+(?:it|they|he|she|the\s+[\w'’-]+)\s+(?:last\s+)?(?:put|said|counted|reported|"
                          r"recorded|registered|estimated|published|gave)\b", re.IGNORECASE)
# (after a section's number or a bullet: "3.1 Between 1 January and 30 April 2025, the RDHS documented …")
_OPENER = re.compile(r"[\s\"'“‘]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[-•*]\s+)?(?:(?:and|but|yet|so)\s+)?", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"(?:mid|late|early)[-\s]*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_BEGAN_BEFORE = re.compile(r"\bsince\b[^,.;]{0,60}\b(?:began|begun|started|erupted|broke\s+out|seized\s+power|"
                           r"launched)\s+$", re.IGNORECASE)
_SINCE_EVENT_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,5}$|\bsince\s+the\s+(?:start|beginning|onset)\s+of\s+"
                                 r"(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_DAY_BEFORE = re.compile(rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})\s+$",
                         re.IGNORECASE)


class Period(NamedTuple):
    start: int
    end: int
    since: dt.date | None
    until: dt.date | None
    opens: bool = False  # opens its sentence ("In 2023, …"): it dates every figure after it


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _year_for(month: int, year: str | None, published: dt.date) -> int:
    if year:
        return int(year)
    return published.year if month <= published.month else published.year - 1


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _years(first: str, last: str | None) -> tuple[int, int] | None:
    """A span of whole years, "2013-2018" or "2013-18"; None when it does not run forwards."""
    y1 = int(first)
    if last is None:
        return y1, y1
    y2 = int(last) if len(last) == 4 else y1 // 100 * 100 + int(last)
    return (y1, y2) if y1 < y2 <= y1 + 50 else None


def _span_of_years(m: re.Match[str], first: str, last: str | None) -> Period | None:
    years = _years(first, last)
    return Period(m.start(), m.end(), dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)) if years else None


def _day(words: str, year: str | None, published: dt.date) -> dt.date:
    month = _month(re.search(MONTH, words, re.IGNORECASE).group())
    day = int(re.search(r"\d+", words).group())
    if year:
        return dt.date(int(year), month, day)
    date = dt.date(published.year, month, day)
    return date if date <= published else dt.date(published.year - 1, month, day)


def _span_of_days(m: re.Match[str], first: str, y1: str | None, last: str, y2: str | None,
                  published: dt.date) -> Period | None:
    """"between October 7 and November 30": a start and an end, the first year taken from the last."""
    end = _day(last, y2, published)
    start = _day(first, y1 or str(end.year), published)
    if start > end and not y1:
        start = start.replace(year=start.year - 1)
    return Period(m.start(), m.end(), start, end) if start <= end else None


def _read(m: re.Match[str], text: str, published: dt.date) -> Period | None:
    g = m.groupdict()
    if g["wm"] and not g["wy2"]:  # "the February 2023 earthquakes": that month
        if not g["wm"][0].isupper() or _SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None
        month, year = _month(g["wm"]), int(g["wy1"])
        return Period(m.start(), m.end(), dt.date(year, month, 1), _last_day(year, month))
    for first, last in (("ry1", "ry2"), ("ay1", "ay2"), ("ry3", "ry4"), ("wy1", "wy2")):
        if g[first]:
            period = _span_of_years(m, g[first], g[last])
            if period and _SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                if _COMPARED_SINCE.search(text, max(0, m.start() - 60), m.start()):
                    return None  # "the deadliest since the 2010 earthquake", "for the first time since …"
                return period._replace(until=None)  # "since the 2011 uprising"
            return period
    if g["season"]:  # the northern meteorological seasons: spring is March to May
        first = {"spring": 3, "summer": 6}.get(g["season"].lower(), 9)
        year = int(g["seay"])
        if _SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or \
                _BEGAN_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            return None  # "since the crisis began in the summer of 2021": a start as vague as "since mid-June"
        return Period(m.start(), m.end(), dt.date(year, first, 1), _last_day(year, first + 2))
    if g["wd1"]:  # "between Friday and Sunday": the latest such days on or before publication
        until = published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(g["wd2"].lower())) % 7)
        since = until - dt.timedelta(days=(until.weekday() - WEEKDAYS.index(g["wd1"].lower())) % 7)
        return Period(m.start(), m.end(), since, until)
    if g["d1"]:
        return _span_of_days(m, g["d1"], g["dy1"], g["d2"], g["dy2"], published)
    if g["nd1"]:  # "between 2 and 13 March": the first day in the last one's month
        end = _day(g["nd2"], g["ndy"], published)
        day = int(g["nd1"])
        return Period(m.start(), m.end(), end.replace(day=day), end) if day <= end.day else None
    if g["part"]:
        year = int(g["py"]) if g["py"] else published.year - (1 if g["plast"] else 0)
        size = 6 if g["unit"].lower() == "half" else 3
        part = g["part"].lower()
        first_month = 13 - size if part in ("last", "final") else \
            1 + size * ("first", "second", "third", "fourth").index(part)
        if first_month > 12:
            return None  # "the third half"
        return Period(m.start(), m.end(), dt.date(year, first_month, 1), _last_day(year, first_month + size - 1))
    if g["emonth"]:
        month = _month(g["emonth"])
        return Period(m.start(), m.end(), None, _last_day(_year_for(month, g["ey"], published), month))
    if g["eyear"] or g["elast"]:
        return Period(m.start(), m.end(), None, dt.date(int(g["eyear"] or published.year - 1), 12, 31))
    if g["lastm"]:
        until = published.replace(day=1) - dt.timedelta(days=1)
        return Period(m.start(), m.end(), until.replace(day=1), until)
    if g["fmonth"]:  # "from January through the end of June": the end is read on its own
        month = _month(g["fmonth"])
        return Period(m.start(), m.end(), dt.date(_year_for(month, g["fy"], published), month, 1), None)
    if g["sty"]:
        return Period(m.start(), m.end(), dt.date(published.year, 1, 1), None)
    if g["b1"] or g["q1"]:  # "between April and June", "in the April-June period"
        m1, m2 = _month(g["b1"] or g["q1"]), _month(g["b2"] or g["q2"])
        y2 = _year_for(m2, g["by2"] or g["qy"], published)
        y1 = int(g["by1"]) if g["by1"] else (y2 if m1 <= m2 else y2 - 1)
        return Period(m.start(), m.end(), dt.date(y1, m1, 1), _last_day(y2, m2))
    if g["wmonth"]:  # "in the first two weeks of June": from the 1st to the 14th
        if not g["wmonth"][0].isupper():
            return None
        month = _month(g["wmonth"])
        year = _year_for(month, g["wmy"], published)
        count = 1 if not g["wn"] else int(g["wn"]) if g["wn"].isdigit() else ORDINALS[g["wn"].lower()]
        unit = g["wunit"].lower()
        days = count * (14 if unit == "fortnight" else 7 if unit.startswith("week") else 1)
        last = _last_day(year, month)
        return Period(m.start(), m.end(), dt.date(year, month, 1), last.replace(day=min(days, last.day)))
    if g["week"]:  # "in the week to Sunday": from the Monday before to that Sunday
        if g["wday"]:
            back = (published.weekday() - WEEKDAYS.index(g["wday"].lower())) % 7
            until = published - dt.timedelta(days=back)
        else:
            until = _day(g["wdate"], None, published)
        days = g["ndays"] and (int(g["ndays"]) if g["ndays"].isdigit() else ORDINALS.get(g["ndays"].lower(), 2))
        span = 13 if g["week"].lower() == "fortnight" else days - 1 if days else 6  # "in the three days to Wednesday"
        return Period(m.start(), m.end(), until - dt.timedelta(days=span), until)
    if g["n"]:
        months = int(g["n"]) if g["n"].isdigit() else ORDINALS[g["n"].lower()]
        year = int(g["ny"]) if g["ny"] else published.year
        return Period(m.start(), m.end(), dt.date(year, 1, 1), _last_day(year, min(12, max(1, months))))
    if g["mto"]:  # "in the 12 months to August": up to that month's end, from the month after it a year before
        count = int(g["mn"]) if g["mn"].isdigit() else 12 if g["mn"].lower() == "twelve" else ORDINALS[g["mn"].lower()]
        month = _month(g["mto"])
        until = _last_day(_year_for(month, g["mtoy"], published), month)
        first = until.year * 12 + until.month - count  # months since year 0 of the first month, less one
        return Period(m.start(), m.end(), dt.date(first // 12, first % 12 + 1, 1), until) if 0 < count <= 60 else None
    if g["wheny2"]:  # "since 2021, when protests left 14 dead": the figures of that year
        year = int(g["wheny2"])
        return Period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
    if g["whenm"]:  # "since May 2017, when floods killed 200": the figures of that month
        month, year = _month(g["whenm"]), int(g["wheny"])
        if _COUNT_GIVEN.match(text, m.end()):
            return Period(m.start(), m.end(), None, _last_day(year, month))  # "…, when it put the number at"
        return Period(m.start(), m.end(), dt.date(year, month, 1), _last_day(year, month))
    if g["year"]:
        year = int(g["year"])
        if _SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or \
                _BEGAN_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            return Period(m.start(), m.end(), dt.date(year, 1, 1), None)  # "since violence in 2012"
        return Period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
    if g["month"]:
        if not g["month"][0].isupper():
            return None  # "in may": a verb; "in May", after its preposition and capitalised, is the month
        month = _month(g["month"])
        year = published.year - 1 if g["mlast"] else published.year if g["mthis"] else \
            _year_for(month, g["my"], published)
        end = dt.date(year, month, 15) if g["half"] else _last_day(year, month)
        if _BEGAN_BEFORE.search(text, max(0, m.start() - 80), m.start()) or \
                _SINCE_EVENT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            end = None  # "since the siege began in June 2021", "since the invasion in February 2022": a start
        return Period(m.start(), m.end(), dt.date(year, month, 1), end)
    if g["smonth"]:
        if not g["smonth"][0].isupper() or _VAGUE_BEFORE.search(text, max(0, m.start("smonth") - 8),
                                                                 m.start("smonth")):
            return None
        month = _month(g["smonth"])
        year = published.year - 1 if g["slast"] else _year_for(month, g["sy"], published)
        if (g["edge"] or "").lower() == "end":
            return None  # "since the end of April" is as vague as "since late April"
        return Period(m.start(), m.end(), dt.date(year, month, 1), None)
    if g["syear"]:
        return Period(m.start(), m.end(), dt.date(int(g["syear"]), 1, 1), None)
    if g["this"]:
        return Period(m.start(), m.end(), dt.date(published.year, 1, 1), None)
    if g["last"]:
        if _DAY_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return None  # "since October 8 last year" is one date, read with the dates
        year = published.year - 1
        return Period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None




def find_periods(text: str, start: int, end: int, published: dt.date | None,
                 tokens: Tokens | None = None) -> list[Period]:
    """Every period named in the sentence [start, end), in order; `tokens` (the article's) save
    scanning the whole sentence."""
    if published is None:
        return []
    found = []
    for m in period_matches(text, start, end, tokens):
        try:
            period = _read(m, text, published)
        except (ValueError, KeyError):
            period = None
        if period is not None:
            opens = _OPENER.fullmatch(text, start, m.start()) is not None and (
                text.startswith(",", m.end()) or text.startswith(" alone,", m.end()))  # "In August alone, …"
            found.append(period._replace(opens=opens))
    if len(found) > 1 and found[0].opens:
        found[1:] = [_in_year_of(text, found[0], p) for p in found[1:]]
    if "the month" in text[start:end]:
        found = sorted(found + _the_month(text, start, end, published), key=lambda p: p.start)
    return found


# "We recorded 34 abductions during the month": the month the article has named (not "the month of X")
_THE_MONTH = re.compile(r"\b(?:during|in|over|throughout|for)\s+the\s+month\b(?!\s+of\b)", re.IGNORECASE)


def _the_month(text: str, start: int, end: int, published: dt.date) -> list[Period]:
    """"during the month" in the sentence [start, end): the whole month the text has named most before it."""
    out = []
    for m in _THE_MONTH.finditer(text, start, end):
        months = [p for p in find_periods(text, 0, start, published) if p.since and p.until and
                  p.since.day == 1 and (p.since.year, p.since.month) == (p.until.year, p.until.month) and
                  p.until.day == calendar.monthrange(p.until.year, p.until.month)[1]]
        if months:  # the month it names most, the first of those ("in July …, up from 9 in June")
            counts = Counter((p.since, p.until) for p in months)
            since, until = max(counts, key=lambda k: (counts[k], -next(p.start for p in months if (p.since, p.until) == k)))
            out.append(Period(m.start(), m.end(), since, until))
    return out


YEAR_WRITTEN = re.compile(r"\d{4}|\b(?:last|this)\s+year\b|\bsince\b", re.IGNORECASE)


def _in_year_of(text: str, opening: Period, p: Period) -> Period:
    """"In 2024, heavy rains between March and May killed 315": a period without a year of its own
    is in the year that opens the sentence, not the year of publication."""
    whole = opening.since and opening.until and opening.since.year == opening.until.year and \
        (opening.since.month, opening.since.day, opening.until.month, opening.until.day) == (1, 1, 12, 31)
    if not whole or p.until is None or YEAR_WRITTEN.search(text, p.start, p.end):
        return p
    shift = opening.until.year - p.until.year
    try:
        return p._replace(since=p.since and p.since.replace(year=p.since.year + shift),
                          until=p.until.replace(year=p.until.year + shift))
    except ValueError:  # February 29
        return p
