"""Bounded periods and month or year starts: "between January and June", "in 2022", "since April".

A figure counted over a bounded period is as of the period's end and since its start; "since
April" starts on the 1st. Vague starts ("since mid-April", "since late October") give nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple


from app.extract.dates import MONTHS

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_ORDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11}
_PERIOD = re.compile(
    rf"""
    \bbetween\s+(?P<b1>{_MONTH})(?:\s+(?P<by1>\d{{4}}))?\s+and\s+(?P<b2>{_MONTH})(?:\s+(?P<by2>\d{{4}}))?\b
  | \bin\s+the\s+first\s+(?P<n>\d{{1,2}}|{"|".join(_ORDINALS)})\s+months\s+of\s+(?:the\s+year|(?P<ny>\d{{4}}))
  | \b(?:in|during|throughout)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?(?P<year>(?:19|20)\d{{2}})\b(?!\s*[-–/])
  | \b(?:in|during|throughout)\s+(?P<half>the\s+first\s+half\s+of\s+)?(?P<month>{_MONTH})(?:\s+(?P<my>\d{{4}}))?\b
  | \bsince\s+(?:the\s+(?P<edge>start|beginning|end)\s+of\s+)?(?P<smonth>{_MONTH})(?:\s+(?P<sy>\d{{4}}))?\b(?!\s+\d)
  | \bsince\s+(?P<syear>(?:19|20)\d{{2}})\b
  | \b(?P<this>(?:so\s+far\s+)?this\s+year)\b
  | \b(?P<last>last\s+year)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CLAUSE_GAP = re.compile(r"[,;:()—–]|\b(?:which|who|when|where|after|before)\b")
_VAGUE_BEFORE = re.compile(r"(?:mid|late|early)[-\s]*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# Words without which a sentence names no period: checked first, so most sentences skip _PERIOD.
PERIOD_WORDS = tuple(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec since between year".split()
) + tuple(str(y) for y in range(1900, 2101))


class Period(NamedTuple):
    start: int
    end: int
    since: dt.date | None
    until: dt.date | None


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _year_for(month: int, year: str | None, published: dt.date) -> int:
    if year:
        return int(year)
    return published.year if month <= published.month else published.year - 1


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _read(m: re.Match[str], text: str, published: dt.date) -> Period | None:
    g = m.groupdict()
    if g["b1"]:
        m1, m2 = _month(g["b1"]), _month(g["b2"])
        y2 = _year_for(m2, g["by2"], published)
        y1 = int(g["by1"]) if g["by1"] else (y2 if m1 <= m2 else y2 - 1)
        return Period(m.start(), m.end(), dt.date(y1, m1, 1), _last_day(y2, m2))
    if g["n"]:
        months = int(g["n"]) if g["n"].isdigit() else _ORDINALS[g["n"].lower()]
        year = int(g["ny"]) if g["ny"] else published.year
        return Period(m.start(), m.end(), dt.date(year, 1, 1), _last_day(year, min(12, max(1, months))))
    if g["year"]:
        year = int(g["year"])
        if _SINCE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return Period(m.start(), m.end(), dt.date(year, 1, 1), None)  # "since violence in 2012"
        return Period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
    if g["month"]:
        if not g["month"][0].isupper() or g["month"].lower() == "may" and not g["my"]:
            return None  # "in may" is a verb far more often than a month
        month = _month(g["month"])
        year = _year_for(month, g["my"], published)
        end = dt.date(year, month, 15) if g["half"] else _last_day(year, month)
        return Period(m.start(), m.end(), dt.date(year, month, 1), end)
    if g["smonth"]:
        if not g["smonth"][0].isupper() or _VAGUE_BEFORE.search(text, max(0, m.start("smonth") - 8),
                                                                 m.start("smonth")):
            return None
        month = _month(g["smonth"])
        year = _year_for(month, g["sy"], published)
        start = _last_day(year, month) if (g["edge"] or "").lower() == "end" else dt.date(year, month, 1)
        return Period(m.start(), m.end(), start, None)
    if g["syear"]:
        return Period(m.start(), m.end(), dt.date(int(g["syear"]), 1, 1), None)
    if g["this"]:
        return Period(m.start(), m.end(), dt.date(published.year, 1, 1), None)
    if g["last"]:
        year = published.year - 1
        return Period(m.start(), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def find_periods(text: str, start: int, end: int, published: dt.date | None) -> list[Period]:
    """Every period named in the sentence [start, end), in order."""
    if published is None:
        return []
    found = []
    for m in _PERIOD.finditer(text, start, end):
        try:
            period = _read(m, text, published)
        except (ValueError, KeyError):
            period = None
        if period is not None:
            found.append(period)
    return found


def choose_period(text: str, periods: list[Period], start: int, end: int, anchor: int,
                  anchor_end: int) -> Period | None:
    """The period of the figure at [anchor, anchor_end), between its neighbours [start, end) and
    in its own clause (no comma between them): the nearest one after it, else the last before it."""
    inside = [p for p in periods if start <= p.start and p.end <= end and
              not _CLAUSE_GAP.search(text, *((anchor_end, p.start) if p.start >= anchor else (p.end, anchor)))]
    after = [p for p in inside if p.start >= anchor]
    if after:
        return after[0]
    return inside[-1] if inside else None
