"""When a figure stands: its `as_of` and `since`, from the sentence's statement dates, the periods
it names, a table row's label, and the figures before it."""

from __future__ import annotations

import datetime as dt
import re

from app.extract.article_state import ArticleState, Draft
from app.extract.as_of_reach import as_of_for
from app.extract.earlier import back_to_period, earlier_as_of, event_back_period
from app.extract.numbers import NumberMention
from app.extract.period_choice import choose_period, same_frame, since_of
from app.extract.periods import find_periods
from app.extract.row_context import row_period


def figure_dates(art: ArticleState, index: int, dates, periods: list, numbers: list[NumberMention], i: int, q,
                 bounds: tuple[int, int], measure_start: int, out: list[Draft],
                 whole: Draft | None) -> tuple[dt.date | None, dt.date | None]:
    """The as_of and since of number `i` of sentence `index`, read as `q` (its quantity) between
    `bounds` (the numbers either side), its measure word at `measure_start`; `out` holds the
    sentence's figures so far and `whole` the figure it is a part of, if any."""
    text, sentence, row = art.text, art.sentences[index], art.rows.get(index)
    sentence_text = text[sentence.start : sentence.end]
    prev_end, next_start = bounds
    as_of = as_of_for(dates, numbers, i, art.dates.default_as_of, art.text)
    since = since_of(text, dates, q.end)
    period = choose_period(text, periods, *((prev_end, next_start) if row is None else sentence[:2]), q.start,
                           q.end, measure_start < q.start) if periods else None  # a row's label dates its cells
    period = period or (row_period(art, row, q.start) if row is not None else None)
    if period is not None:
        since = since or period.since
        if period.until is not None and (not dates.explicit or row is not None) and \
                (art.published is None or period.until <= art.published):
            as_of = period.until
            since = period.since or since  # "… since January 1, compared with 2,452 in the whole of 2023"
    if period is not None and whole is not None and whole.sentence is sentence and \
            whole.figure.end <= period.start < q.start:
        # "released 23 passengers seized … last month, among them 14 women": the period was
        # the whole's to take or leave
        as_of, since = whole.figure.as_of, whole.figure.since
    if period is None and index and not dates.explicit and " th" in sentence_text:
        back = event_back_period(text, q.end, next_start, (art.sentences[index - 1].start,
                                 art.sentences[index - 1].end), art.published)
        if back is not None:  # "the April 2021 ambush … Twenty-two were killed in that attack"
            as_of, since = back
    if period is None and since is None and not dates.explicit and row is None and index and \
            art.sentences[index - 1].paragraph == sentence.paragraph and \
            (frame := _paragraph_frame(art, index)) is not None:
        as_of, since = frame  # "During March 2025, HRO documented … . Israeli forces detained at least 640 …"
    if since is None and index and "since then" in sentence_text and \
            (then := _last_date(art, art.sentences[index - 1])) is not None:
        since = then  # "… erupted on 9 September 2024. The FGE has recorded 1,650 homicides since then"
    if period is None and not dates.explicit and since is None and art.dates.default_since is not None and \
            _PREVIOUS_WEEK.search(sentence_text) and \
            (art.dates.default_as_of - art.dates.default_since).days == 6:  # a weekly brief's week before its own
        as_of = art.dates.default_as_of - dt.timedelta(days=7)
        since = art.dates.default_since - dt.timedelta(days=7)
    if period is None and not dates.explicit and since is None and "reporting period" in sentence_text:
        since = art.dates.default_since  # "during the reporting period": the bulletin's own, if it gives one
    if period is None and not dates.explicit and since is None and (art.drafts or out) and \
            (taken := back_to_period(sentence_text, [d.figure for d in (art.drafts[-12:] + out)])):
        as_of, since = taken  # "UNAMA said … in the April-June period. … killed 31 children in the quarter"
    if out and period is None and text.startswith(" more", q.end):  # "… in 2024, and hundreds more were"
        as_of, since = same_frame(out[-1].figure, as_of, since, art.published)
    as_of = earlier_as_of(text, q.start, q.end, as_of,  # "rose to 34 on Monday, up from 19 a day earlier"
                          out[-1].figure.as_of if out else None, art.dates)
    if since is None and as_of == art.dates.default_as_of != art.published:
        since = art.dates.default_since  # a bulletin's "Reporting period: 8–14 November"
    if out and text.find(" same period", q.end, q.end + 40) >= 0 and (same := _SAME_PERIOD_OF.match(text, q.end)) and \
            out[-1].figure.as_of is not None:
        # "38,600 … since 1 January, compared with 31,200 in the same period of 2024": the period of
        # the figure it is compared with, in that year
        base_as_of, base_since = out[-1].figure.as_of, out[-1].figure.since
        year = int(same.group(1)) if same.group(1) else base_as_of.year - 1
        as_of, since = _in_year(base_as_of, year), _in_year(base_since, year) if base_since else None
    return as_of, since


_SAME_PERIOD_OF = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in|during|over|for)\s+the\s+same\s+period\s+"
                             r"(?:of|in|a|last)\s+(?:(\d{4})|year|last\s+year)\b")


def _paragraph_frame(art: ArticleState, index: int) -> tuple[dt.date, dt.date] | None:
    """The span a paragraph's first sentence opens on ("During March 2025, HRO documented 27 …"), which
    frames the one or two sentences after it in the paragraph that name no date of their own."""
    k = index
    while k and art.sentences[k - 1].paragraph == art.sentences[index].paragraph:
        k -= 1
    first, here = art.sentences[k], art.sentences[index]
    if art.published is None or k == index or index - k > 2 or not _OPENING_SPAN.match(art.text, first.start, first.end) \
            or not any(d.sentence.index == k for d in art.drafts[-8:]):
        return None  # (only a count's own sentence frames the one or two after it)
    if _OWN_TIME.search(art.text, here.start, here.end) or any(here.start <= d.start < here.end for d in art.dates.dates):
        return None  # "At least 19 of them remain disappeared", "IOM said on March 5 that …": its own time
    periods = find_periods(art.text, first.start, first.end, art.published, art.tokens)
    if not periods or not periods[0].opens or periods[0].since is None or periods[0].until is None or \
            periods[0].until > art.published:
        return None
    return periods[0].until, periods[0].since


# "The previous week, 4 people were killed": the week before a weekly brief's own
_PREVIOUS_WEEK = re.compile(r"\b(?:the\s+previous\s+week|the\s+week\s+before|last\s+week's\s+(?:brief|report))\b",
                            re.IGNORECASE)
# a state at the time of writing, or a possibility: no part of a past span's count
_OWN_TIME = re.compile(r"\b(?:remain|remains|remained|still|now|currently|could|may|might)\b")
# a sentence opening on a span: "During March 2025, …", "In the first half of 2025, …", "Between 1 and 19 March, …"
_OPENING_SPAN = re.compile(r"\s*(?:During|In|Between|From|Over|Throughout)\s")


def _in_year(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year, day=28) if day.month == 2 and day.day == 29 else day.replace(year=year)


def _last_date(art: ArticleState, sentence) -> dt.date | None:
    """The last day the sentence names, not after the article's date."""
    days = [d.date for d in art.dates.within(sentence.start, sentence.end) if d.date is not None and
            (art.published is None or d.date <= art.published)]
    return days[-1] if days else None
