"""The pattern of every period `periods.py` reads ("between January and June", "in 2022", "since
April", "the 2013-2018 civil war", "(1 January – 18 March 2026)"), and where in a sentence to try it.

`period_matches` tries the pattern only where a token can open a period, so most sentences cost a
few matches instead of one per character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from app.extract.tokens import Tokens

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
ORDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11}
_YEAR = r"(?:19|20)\d{2}"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WAR = (r"(?:civil\s+)?(?:war|wars|conflict|crisis|insurgency|uprising|hostilities|fighting|violence|"
        r"offensive|campaign|genocide|occupation|siege|tsunami|earthquake|quake|floods?|cyclone|hurricane|typhoon|"
        r"eruption|famine|massacre|landslides?|mudslides?|storm|tornado|drought|epidemic|outbreak|heatwave|"
        r"heat\s+wave|wildfires?|riot|bombings?|attacks?|disaster)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "for the period 1 to 12 May 2025", "during the reporting period from 3 to 9 March"
_THE_PERIOD = r"\bthe\s+(?:reporting\s+)?period\s+(?:of\s+|from\s+)?"
DAY = rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})"
PERIOD = re.compile(
    rf"""
    (?:\b(?:between|from)\s+|{_THE_PERIOD}|(?:(?<=\()|(?<=:\s)|(?<=,\s)|(?<=\n))(?=\d))(?:{_WEEKDAY},?\s+)?(?P<d1>{DAY})(?:,?\s+(?P<dy1>\d{{4}}))?
      (?:,?\s+(?:and|to|until|till|through)\s+|\s*[–—]\s*|\s+-\s+)
      (?:{_WEEKDAY},?\s+)?(?P<d2>{DAY})(?:,?\s+(?P<dy2>\d{{4}}))?(?![\w-])
  | (?:\b(?:between|from)\s+|{_THE_PERIOD}|\bfor\s+(?=\d{{1,2}}\s*[–—-]\s*\d{{1,2}}\s+{MONTH})|(?:(?<=\()|(?<=:\s)|(?<=,\s)|(?<=\n))(?=\d{{1,2}}\s*[–—-]\s*\d))(?P<nd1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|till|through|[–—-])\s*
      (?P<nd2>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})(?:,?\s+(?P<ndy>\d{{4}}))?(?![\w-])
  | \b(?:between|from)\s+(?P<wd1>{"|".join(WEEKDAYS)})\s+(?:and|to|until|till|through)\s+(?P<wd2>{"|".join(WEEKDAYS)})\b
  |    (?:\b(?:between|from)\s+|(?:(?<=,\s)|(?<=:\s)|(?<=\n)|(?<=\())(?={MONTH}(?:\s+(?:to|through)\s|\s*[–—-])))
      (?P<b1>{MONTH})(?:\s+(?P<by1>\d{{4}}))?\s*(?:\s(?:and|to|until|till|through)\s|[–—-])\s*(?P<b2>{MONTH})(?:\s+(?P<by2>\d{{4}}))?\b
  | \b(?:in|during|over|throughout|for)\s+the\s+(?P<q1>{MONTH})\s*[-–/]\s*(?P<q2>{MONTH})(?:\s+(?P<qy>\d{{4}}))?
      \s+(?:period|quarter|months)\b
  | \b(?:between|from)\s+(?P<ry1>{_YEAR})\s+(?:and|to|until|till|through)\s+(?P<ry2>{_YEAR})\b
  | \b(?:in|during|throughout)\s+(?P<ay1>{_YEAR})\s+and\s+(?P<ay2>{_YEAR})\b
  | \b(?:in|during|throughout|over)\s+(?P<ry3>{_YEAR})\s*[-–]\s*(?P<ry4>(?:19|20)?\d{{2}})\b
  | \b(?:the|an?)\s+(?:(?P<wm>{MONTH})\s+)?(?P<wy1>{_YEAR})(?:\s*[-–]\s*(?P<wy2>(?:19|20)?\d{{2}}))?(?=\s+(?:[\w'’-]+\s+){{0,2}}{WAR}\b)
  | \b(?:in|during|over|throughout)\s+the\s+(?P<part>first|second|third|fourth|last|final)\s+(?P<unit>half|quarter)\s+of\s+
      (?:the\s+year|this\s+year|(?P<plast>last\s+year)|(?P<py>{_YEAR}))\b
  | \b(?:in|during|over)\s+the\s+first\s+(?P<n>\d{{1,2}}|{"|".join(ORDINALS)})\s+months\s+of\s+(?:the\s+year|this\s+year|(?P<ny>\d{{4}}))
  | \b(?:in|during|over)\s+the\s+first\s+(?:(?P<wn>\d{{1,2}}|{"|".join(ORDINALS)})\s+)?(?P<wunit>weeks?|days?|fortnight)
      \s+of\s+(?P<wmonth>{MONTH})(?:\s+(?P<wmy>\d{{4}}))?\b
  | \b(?:in|during|over)\s+the\s+(?:past\s+|last\s+)?(?P<week>week|seven\s+days|fortnight|
      (?P<ndays>two|three|four|five|six|\d{{1,2}})\s+days)\s+(?:to|ending|through|until)\s+
      (?:(?:last\s+)?(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?P<wdate>{DAY})(?![\w-]))
  | \b(?:in|during|over)\s+the\s+(?:past\s+|last\s+)?(?P<mn>\d{{1,2}}|{"|".join(ORDINALS)}|twelve)\s+months\s+
      (?:to|ending(?:\s+in)?|through|until)\s+(?:the\s+end\s+of\s+)?(?P<mto>{MONTH})(?:\s+(?P<mtoy>\d{{4}}))?\b(?!\s+\d)
  | \b(?:in|since|of)\s+(?P<whenm>{MONTH})\s+(?P<wheny>{_YEAR})(?=,\s+when\b)
  | \b(?:in|since)\s+(?P<wheny2>{_YEAR})(?=,\s+when\b)
  | \b(?:in|during|throughout|over)\s+(?:the\s+)?(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<seay>{_YEAR})\b
  | \b(?:in|during|throughout)\s+(?:the\s+whole\s+of\s+|all\s+of\s+)?(?P<year>(?:19|20)\d{{2}})\b(?!\s*[-–/])
  | \b(?:in|during|throughout|for(?=\s+{MONTH}(?:\s+\d{{4}})?\s*[:.,;]))\s+(?P<half>the\s+first\s+half\s+of\s+)?(?P<month>{MONTH})
      (?:\s+(?P<my>\d{{4}})|\s+(?P<mlast>last\s+year)|\s+(?P<mthis>this\s+year))?\b
  | \b(?:by|through|until|till|to|as\s+of|at(?=\s+the\s+end\s+of\s+(?:(?:19|20)\d\d|last\s+year)\b))\s+the\s+end\s+of\s+
      (?:(?P<emonth>{MONTH})(?:\s+(?P<ey>\d{{4}}))?|(?P<eyear>{_YEAR})|(?P<elast>last\s+year))\b(?!\s+\d)
  | \bsince\s+the\s+(?:start|beginning)\s+of\s+(?P<sty>the|this)\s+year\b
  | \bfrom\s+(?P<fmonth>{MONTH})(?:\s+(?P<fy>\d{{4}}))?(?=\s+(?:to|until|till|through)\s+the\s+end\b)
  | \bsince\s+(?:the\s+(?P<edge>start|beginning|end)\s+of\s+)?(?P<smonth>{MONTH})
      (?:\s+(?P<sy>\d{{4}})|\s+(?P<slast>last\s+year))?\b(?!\s+\d)
  | \bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<syear>(?:19|20)\d{{2}})\b
  | \b(?P<this>(?:so\s+far\s+)?this\s+year)\b
  | \b(?P<last>last\s+year)\b
  | \b(?P<lastm>last\s+month)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# Words without which a sentence names no period: checked first, so most sentences skip PERIOD.
PERIOD_WORDS = tuple(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec since between year month week fortnight days".split()
) + tuple(str(y) for y in range(1900, 2101))


# Every PERIOD match opens with one of these words, followed by a space, at the start of a token.
_OPENERS = frozenset(
    "between from for in during throughout over the a an by through until till to as since so this last of at".split())
# A month opening a span with no "between" or "from", after a comma, a colon, a line's start or a bracket
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())


def _heading_before(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in "\n(" or text[at - 2 : at] in (", ", ": ")


# The only characters that match an ASCII letter when case is ignored ("İ", "ı", "ſ", "K"): where one
# stands, the lower-case tokens may miss an opener the regex finds.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


_SPAN_HEAD = re.compile(r"(?:\(|:\s|\n)(?=\d)")
# "…, 1 January to 13 August 2025:": a span of days set off by a comma, closing a line's heading
_COMMA_SPAN_HEAD = re.compile(r",\s(?=\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?\s*(?:\sto\s|[–—-])\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                              r"[A-Z][a-z]+\.?(?:,?\s+\d{4})?(?::|\s*[()]|\s*$))", re.MULTILINE)
# (or "…, 20 – 26 May 2024:", "FIGURES FOR THE WEEK, 3-9 March 2025 (compiled by …)", "KEY FIGURES (OCHA
# and partners, 8 December 2024 - 5 February 2025)")


def period_matches(text: str, start: int, end: int, tokens: Tokens | None) -> Iterator[re.Match[str]]:
    """`PERIOD.finditer(text, start, end)`, tried only where a token is an opener word when the
    article's `tokens` are at hand (most sentences hold a few, against a hundred characters)."""
    if tokens is None or _FOLDS_TO_ASCII.search(text, start, end):
        yield from PERIOD.finditer(text, start, end)
        return
    words, starts = tokens.words, tokens.starts
    taken = start  # matches never overlap: the next one starts at or after the end of the last
    at = [starts[i] for i in range(bisect_left(starts, start), bisect_left(starts, end)) if words[i] in _OPENERS
          or words[i] in _MONTH_NAMES and _heading_before(text, starts[i])]  # ", January to June"
    heads = _day_span_heads(text, start, end)  # "(1 January – 18 March 2026)": no opener word
    for pos in sorted(heads.union(at)) if heads else at:
        if pos >= taken:
            m = PERIOD.match(text, pos, end)
            if m is not None:
                taken = m.end()
                yield m


def _day_span_heads(text: str, start: int, end: int) -> set[int]:
    """Where a span of days with no opener word may open: a digit right after "(", ": " or a line's start
    before a dash, or after the comma of a heading's "…, 1 January to 13 August 2025:"."""
    heads = {m.end() for m in _COMMA_SPAN_HEAD.finditer(text, start, end)} if ", " in text[start:end] else set()
    if "–" not in text[start:end] and "—" not in text[start:end] and " - " not in text[start:end]:
        return heads
    return heads | {m.end() for m in _SPAN_HEAD.finditer(text, max(0, start - 2), end)}
