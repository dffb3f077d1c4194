"""A toll's earlier value: "rose to 34 on Wednesday, up from 19 a day earlier" — the 19 stood a
day before the date of the new toll."""

from __future__ import annotations

import datetime as dt
import re

_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|risen|rose|climbing|climbed|jumping|jumped|revised|increased|"
                          r"revised\s+\w+)\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+(?:\w+\s+)?(?:of\s+)?)?$",
                          re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+(?:(?:in|from)\s+(?:its|their|his|her|the|an?)\s+(?:[\w-]+\s+)?(?:report|bulletin|update|"
                         r"count|tally|statement|briefing|toll)\s+)?"  # "up from 35 in its report a week earlier"
                         r"(?:(?P<n>a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?)\s+"
                         r"(?:earlier|before|previously)|the\s+(?P<prev>day|week)\s+before|"
                         r"the\s+previous\s+(?P<prev2>day|week))\b", re.IGNORECASE)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def earlier_as_of(text: str, start: int, end: int, as_of: dt.date | None,
                  newer: dt.date | None = None, dates=None) -> dt.date | None:
    """as_of of the number at text[start:end] when it is the earlier value of a changed toll
    ("up from 19 a day earlier"): the date of the new toll (`newer`, the figure before it in the
    sentence, else `as_of`) moved back by the time named, or the day it was reported ("up from 12
    reported on Monday", `dates`: the article's dates); else as_of unchanged."""
    if as_of is None or not text.startswith(" ", end):
        return as_of
    reported = _REPORTED_ON.match(text, end, end + 40) if dates is not None else None
    if reported is not None and _FROM_BEFORE.search(text, max(0, start - 50), start) is not None:
        day = next((d.date for d in dates.dates if d.start == reported.end()), None)
        if day is not None and day <= as_of:
            return day
    back = _BACK_AFTER.match(text, end, end + 70)
    if back is None or _FROM_BEFORE.search(text, max(0, start - 50), start) is None:
        return as_of
    unit = (back.group("unit") or back.group("prev") or back.group("prev2")).lower()
    n = _COUNT[back.group("n").lower()] if back.group("n") else 1
    return (newer or as_of) - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))



# "reported on Monday": the day an earlier toll was given (statement_dates keeps it off the statement)
REPORTED_ON = r"(?:reported|announced|given|recorded)\s+(?:late\s+|early\s+)?on\s+"
_REPORTED_ON = re.compile(r"\s+(?:[a-z]+\s+)?" + REPORTED_ON)


# "Twenty-two soldiers were killed in that attack" after "… the April 2021 ambush near …": the
# figure belongs to the past event named in the sentence before, and takes that event's period
_THAT_EVENT = re.compile(r"\bin\s+(?:that|this|the\s+same)\s+(attack|ambush|assault|raid|massacre|bombing|"
                         r"blast|explosion|strike|earthquake|quake|flood|floods|fire|crash|offensive|battle|"
                         r"clash|clashes|incident)\b", re.IGNORECASE)
_EVENT_NOUNS = frozenset(("attack", "ambush", "assault", "raid", "massacre", "bombing", "blast", "explosion", "strike",
                          "earthquake", "quake", "flood", "floods", "fire", "crash", "offensive", "battle", "clash",
                          "clashes", "incident", "attacks", "bombings", "strikes"))
_MONTH_NAMES = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "the April 2021 ambush", "the 2019 attack", "an ambush in March 2019"
_DATED_EVENT = re.compile(rf"\b(?:(?P<m1>{_MONTH_NAMES})\s+)?(?P<y1>(?:19|20)\d\d)\s+(?P<n1>[a-z]+)\b|"
                          rf"\b(?P<n2>[a-z]+)\s+(?:\w+\s+){{0,4}}?in\s+(?:(?P<m2>{_MONTH_NAMES})\s+)?(?P<y2>(?:19|20)\d\d)\b")


def event_back_period(text: str, end: int, clause_end: int, before: tuple[int, int] | None,
                      published: dt.date | None):
    """(as_of, since) of a figure counted "in that attack" when the sentence `before` names the
    attack with a written year ("the April 2021 ambush", "an ambush in March 2019"), else None."""
    if before is None or published is None:
        return None
    ref = _THAT_EVENT.search(text, end, clause_end)
    if ref is None:
        return None
    for m in _DATED_EVENT.finditer(text, before[0], before[1]):
        if (m.group("n1") or m.group("n2")) not in _EVENT_NOUNS:
            continue  # "that attack" after "the April 2021 ambush": any event word names it
        year, month = int(m.group("y1") or m.group("y2")), m.group("m1") or m.group("m2")
        if month:
            k = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(
                month[:3].lower()) + 1
            since = dt.date(year, k, 1)
            until = dt.date(year + k // 12, k % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            since, until = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if until < published:
            return until, since
    return None


# "… killed 31 children in the quarter": a period named earlier in the article, taken up again
_BACK_TO_PERIOD = re.compile(r"\b(?:in|during|over|for|throughout)\s+the\s+(?:same\s+|reporting\s+)?"
                             r"(?:quarter|period)\b(?!\s+(?:of|from|between|since|to|ending|before|after)\b)",
                             re.IGNORECASE)


def back_to_period(sentence_text: str, figures) -> tuple[dt.date, dt.date] | None:
    """(as_of, since) of the latest earlier figure counted over a bounded period, when the sentence
    takes that period up again ("in the quarter", "during the same period"); else None."""
    if "the " not in sentence_text:
        return None
    m = _BACK_TO_PERIOD.search(sentence_text)
    if m is None:
        return None
    for f in reversed(figures):
        if f.since is not None and f.as_of is not None and f.since < f.as_of:
            if _YEAR_BACK.match(sentence_text, m.end()):  # "in the same period last year"
                return _year_before(f.as_of), _year_before(f.since)
            return f.as_of, f.since
    return None


_YEAR_BACK = re.compile(r",?\s+(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|year\s+before|"
                        r"prior)\s+year)\b", re.IGNORECASE)


def _year_before(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year - 1)
