"""Dates in text: "24 February", "Oct. 8, 2024", "last Thursday", "yesterday", read against the day
of publication and resolved to ISO dates; an article's dates found once, and its heading's "as of" date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import NamedTuple


MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_RE = re.compile(
    rf"""
    \b(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}}))\b
  | \b{_MONTH.format(g="m1")}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b
      (?:,?\s+(?P<y1>\d{{4}})\b|\s+(?P<l1>last\s+year)\b)?
  | \b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format(g="m2")}(?![a-z])
      (?:,?\s+(?P<y2>\d{{4}})\b|\s+(?P<l2>last\s+year)\b)?
  | \b{_MONTH.format(g="m3")}\s+(?P<y3>\d{{4}})\b
  | \b(?:(?P<last>last)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
  | \b(?P<rel>yesterday|today|tonight|last\s+night|this\s+morning|this\s+week)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_CAPITAL_MONTH_ONLY = re.compile(r"^(?:May|March)$")


class DateMention(NamedTuple):
    start: int
    end: int
    date: dt.date | None
    has_year: bool


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(match: re.Match[str], published: dt.date | None) -> DateMention:
    """The date a DATE_RE match names, reading weekdays and yearless dates against `published`."""
    g = match.groupdict()
    start, end = match.span()
    if g["iso"]:
        return DateMention(start, end, _safe_date(int(g["iy"]), int(g["im"]), int(g["id"])), True)
    for m, d, y, last in (("m1", "d1", "y1", "l1"), ("m2", "d2", "y2", "l2")):
        if g[m]:
            month, day = _month(g[m]), int(g[d])
            if g[y]:
                return DateMention(start, end, _safe_date(int(g[y]), month, day), True)
            if published is None:
                return DateMention(start, end, None, False)
            if g[last]:  # "October 8 last year"
                return DateMention(start, end, _safe_date(published.year - 1, month, day), True)
            date = _safe_date(published.year, month, day)
            if date and date > published:
                date = _safe_date(published.year - 1, month, day)
            return DateMention(start, end, date, False)
    if g["m3"]:
        return DateMention(start, end, _safe_date(int(g["y3"]), _month(g["m3"]), 1), True)
    if published is None:
        return DateMention(start, end, None, False)
    if g["wd"]:
        back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if g["last"] and back == 0:
            back = 7
        return DateMention(start, end, published - dt.timedelta(days=back), False)
    rel = " ".join(g["rel"].lower().split())
    days = 1 if rel in ("yesterday", "last night") else 0
    return DateMention(start, end, published - dt.timedelta(days=days), False)


def _usable(m: re.Match[str]) -> bool:
    return not (m.group("m3") and _CAPITAL_MONTH_ONLY.match(m.group("m3")) is None
                and not m.group("m3")[0].isupper())


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    out = []
    for m in DATE_RE.finditer(text, start, end):
        if not _usable(m):
            continue
        mention = resolve(m, published)
        if mention.date is not None:
            out.append(mention)
    return out


_START_WORDS = frozenset(
    [name for name in MONTHS] + "january february march april june july august september sept october "
    "november december".split() + list(WEEKDAYS) + "last yesterday today tonight this".split()
)


_DAY_OR_YEAR = frozenset([str(d) for d in range(1, 32)] + [f"{d:02d}" for d in range(1, 10)] +
                         [f"{d}{suffix}" for d in range(1, 32) for suffix in ("st", "nd", "rd", "th")] +
                         [str(y) for y in range(1900, 2101)])
_DATE_OPENERS = _START_WORDS | _DAY_OR_YEAR  # the two never share a word


class ArticleDates:
    """Every date in an article, found once: DATE_RE is tried only where a token can start a date."""

    def __init__(self, text: str, tokens, published: dt.date | None) -> None:
        found: list[DateMention] = []
        taken = -1
        for start in self._starts_of_dates(tokens):
            if start < taken:
                continue
            m = DATE_RE.match(text, start)
            if m is None:
                continue
            taken = m.end()
            if _usable(m):
                mention = resolve(m, published)
                if mention.date is not None:
                    found.append(mention)
        self.dates = found
        self._starts = [d.start for d in found]
        period_start, period_end = reporting_period(text, found, published)
        self.default_as_of = heading_as_of(text, found, published) or period_end or published
        self.default_since = period_start

    @staticmethod
    def _starts_of_dates(tokens) -> list[int]:
        """Where a date may start, in order: a month, weekday or "yesterday", or a number before
        one ("24 February", "24th of February", "2024-02-24")."""
        words = tokens.words
        out = []
        for i in tokens.indices_of(_DATE_OPENERS):
            word = words[i]
            if word in _START_WORDS:
                out.append(tokens.start(i))
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _START_WORDS or nxt == "of" or (nxt == "-" and len(word) == 4):
                out.append(tokens.start(i))
        return out

    def within(self, start: int, end: int) -> list[DateMention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            if self.dates[i].end <= end:
                out.append(self.dates[i])
            i += 1
        return out


def infer_published(text: str) -> dt.date | None:
    """The latest full date (day, month and year) written in the text, or None."""
    latest = None
    for m in DATE_RE.finditer(text):
        if m.group("iso") or m.group("y1") or m.group("y2"):
            mention = resolve(m, None)
            if mention.date and (latest is None or mention.date > latest):
                latest = mention.date
    return latest


# "Flash Update No. 2 (as of 29 September 2025)", "Situation report – as at 3 May": a heading's own
# "as of" date is the date of every figure in the report that gives no date of its own.
_HEADING_AS_OF = re.compile(r"\(?\s*(?:data\s+|figures\s+)?(?:as\s+(?:of|at)|valid\s+(?:as\s+of|until)|"
                            r"updated(?:\s+on)?)\s+$", re.IGNORECASE)


_MASTHEAD_AS_OF = re.compile(r"\b(?:Situation|Data|Figures|Information|Numbers)\s+(?:as\s+(?:of|at)|valid\s+as\s+of)\s+$")


# "Weekly Bulletin No. 45 | Reporting period: 8–14 November": the period a bulletin covers, in its heading
_REPORTING_PERIOD = re.compile(r"\b(?:reporting|covering|coverage|review)\s+period\s*:?\s*|\bperiod\s+covered\s*:?\s*",
                               re.IGNORECASE)


# A periodical's title that ends on the span it covers: "Weekly Security Brief: Southern Border Provinces, 6-12 July 2025"
_PERIODICAL_TITLE = re.compile(r"[^\n]*\b(?:Weekly|WEEKLY|Monthly|MONTHLY)\b[^\n]*,\s+(?=\d{1,2}(?:\s+[A-Za-z]{3,9})?\s*[–—-]\s*\d)")


# "Reporting period: 8–14 November", "1-31 July 2025": the first day, before the period's last date
_PERIOD_FIRST_DAY = re.compile(r"(\d{1,2})(?:\s+([A-Za-z]{3,9}))?\s*[–—-]\s*$")


def reporting_period(text: str, dates: list[DateMention],
                     published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of the reporting period a bulletin's heading gives ("Reporting period:
    8–14 November" → 8 and 14 November): the start and the date of the figures it counts."""
    period = _REPORTING_PERIOD.search(text, 0, 600) if "eriod" in text[:600] else None
    ends = _period_ends(period, dates, published)
    if not ends and ("eekly" in text[:200] or "onthly" in text[:200]):
        period = _PERIODICAL_TITLE.match(text, 0, max(0, text.find("\n")) or len(text))
        ends = _period_ends(period, dates, published)
    if not ends:
        return None, None
    last = ends[-1]
    if len(ends) >= 2:
        return ends[0].date, last.date
    first = _PERIOD_FIRST_DAY.search(text, period.end(), last.start)
    if first is None:
        return None, last.date
    month = MONTHS.get((first.group(2) or "")[:3].lower(), last.date.month)
    year = last.date.year - (1 if month > last.date.month else 0)
    try:
        return dt.date(year, month, int(first.group(1))), last.date
    except ValueError:
        return None, last.date


def _period_ends(period: re.Match | None, dates: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """The dates right after a reporting period's label, up to the publication day."""
    if period is None:
        return []
    return [d for d in dates if period.end() <= d.start <= period.end() + 40 and d.date is not None and
            (published is None or d.date <= published)]


def heading_as_of(text: str, dates: list[DateMention], published: dt.date | None) -> dt.date | None:
    """The "as of" date in the article's first line (its title), if it has one."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    for d in dates:
        if d.start >= 600:
            break
        if d.has_year and (_HEADING_AS_OF.search(text, max(0, d.start - 30), d.start) if d.start < line_end else
                           _MASTHEAD_AS_OF.search(text, max(0, d.start - 30), d.start)) and \
                (published is None or d.date <= published):
            return d.date  # "Situation as of 16 February 2026, 18:00" in a masthead under the title too
    return None
