"""Which period dates a figure, and which figures a period reaches: a period dates only the
figures of its own clause ("In 2024, floods killed 40" but not "… since July 1, and that 23 were
missing"), not the toll of one event in that month, and a list or part joined to a figure goes
with it. `find_periods` (periods.py) reads the periods; this module chooses among them."""

from __future__ import annotations

import datetime as dt
import re

from app.extract.period_pattern import WAR
from app.extract.periods import YEAR_WRITTEN, Period
from app.extract.statement_dates import SentenceDates

# A period with its year written out: it may date a whole clause about the past.
_PAST_FRAME = re.compile(r"\b(?:19|20)\d{2}\b")
_CLAUSE_STOP_AFTER = re.compile(r"[,;]")
_EVENT_SUBJECT = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{WAR}\s*,\s*(?:which\s+|that\s+)?[a-z]+\s+"
                            r"(?:(?:an\s+estimated|about|some|around|roughly|nearly|more\s+than|at\s+least|over)\s+)?",
                            re.IGNORECASE)
_EVENT_ASIDE_BEFORE = re.compile(rf"\b{WAR}\s*,\s*$", re.IGNORECASE)
_ASIDE_VERB = re.compile(r",\s*[a-z]+\s+(?:(?:an\s+estimated|about|some|around|roughly|nearly|more\s+than|at\s+least|"
                         r"over)\s+)?", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"[,;:()—–]|\b(?:which|who|when|where|after|before|and\s+that)\b")
_APPENDED = re.compile(r",\s+(?:the|a|an|in|on|one|its|their|taking|bringing|raising|pushing|lifting)\b",
                       re.IGNORECASE)  # ", taking the toll since May 28 to 38": the toll's start
# "… since July 1, and that at least 23 were missing in the same period": the start goes on
_SAME_PERIOD = re.compile(r"[^.;]{0,60}?\b(?:in|during|over|for)\s+the\s+same\s+(?:period|time|span)\b", re.IGNORECASE)
_AND = re.compile(r",\s*and\b", re.IGNORECASE)
# A clause of its own after a "since" one: ", and that", "X said, and", ", while", ", but"
_NEW_CLAUSE = re.compile(r"(?:,\s*|\s)and\s+that\b|\b(?:said|says|added|told\s+\w+)\s*,\s*and\b|,\s*(?:while|but|whereas|as(?!\s+(?:of|at|well|many|much|a\s+result)\b))\b",
                         re.IGNORECASE)
# The subject of a sentence opening on a period, with an aside in commas, up to its verb
_SUBJECT_ASIDE = re.compile(r"\s*(?:an?|the)\s+[^,;:()]{1,60},[^,;:()]{1,40},\s*[a-z]+(?:ed|ing)?\s+"
                            r"(?:[\w'’-]+\s+){0,2}?(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?",
                            re.IGNORECASE)
# The clause after a period that tells what its events did: ", in which at least", ", killing more than"
_RESULT_CLAUSE = re.compile(rf"(?:\s+(?:[\w'’-]+\s+){{0,2}}{WAR})?"  # ("the 1992-1993 war, in which thousands …")
                            r"\s*,\s*(?:(?:in|during)\s+which|killing|leaving|wounding|injuring|displacing)\s+"
                            r"(?:(?:at\s+least|more\s+than|nearly|about|some|around|over|almost|up\s+to)\s+)?",
                            re.IGNORECASE)
_AND_NEXT = re.compile(r"[^,;:()]*?\band\s+(?:(?:wounding|injuring|killing|leaving|displacing)\s+)?"
                       r"(?:(?:at\s+least|more\s+than|nearly|about|some|another)\s+)?")
_APPOSITION_BEFORE = re.compile(r",\s*or\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_PART_ASIDE = re.compile(r",\s*(?:including|among\s+them)\s+[^,;:()]{1,60},", re.IGNORECASE)
_PART_OPENS_BEFORE = re.compile(r",\s*(?:including|among\s+them)\s+(?:about\s+|some\s+|at\s+least\s+)?$",
                                re.IGNORECASE)
# the commas of a list of nouns: "gangs, security forces and self-defence groups"
_NOUN_LIST = re.compile(r"(?<=[a-z]),\s+(?=(?:(?!(?:and|which|who|when|where|after|before|while|but|said|says)\b)"
                        r"[a-z][\w'’-]*\s+){1,2}and\s+[a-z])")
# the commas of a list of names: "in Shiroro, Rafi and Munya LGAs between January and April"
_NAME_LIST = re.compile(r"\b([A-Z][\w'’-]+),\s+(?=(?:[A-Z][\w'’-]*\s+){1,2}and\s+[A-Z])")
_COORDINATED = re.compile(r",|\band\b")
_LIST_JOINT = re.compile(r",\s*(?:and\s+)?(?:a\s+further\s+|another\s+)?(?=\d)")
_LIST_JOINT_BEFORE = re.compile(_LIST_JOINT.pattern.replace("(?=\\d)", "(?=\\d|$)") +
                                r"|,\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.IGNORECASE)
_ONE_EVENT = re.compile(r"\b(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?(?:explosion|blast|strike|airstrike|attack|raid|"
                        r"bombing|massacre|ambush|earthquake|quake|crash|stampede|shipwreck|fire|blaze|flood|"
                        r"storm|cyclone|landslide)\b(?!s)",
                        re.IGNORECASE)
# A participle after the figure's group that names the one event the people went through.
_SEIZED_AFTER = re.compile(r"(?:\s+(?!(?:were|was|are|is|been|be|being|had|have|has|got)\b)[\w'’-]+){0,3}?"
                           r"\s+(?:seized|abducted|kidnapped|snatched|captured|taken|"
                           r"rounded\s+up|arrested|detained)\b", re.IGNORECASE)


_LINE_CLOSED = re.compile(r"\.?[ \t]*(?:\n|$)")


def _attached(text: str, p: Period, start: int, end: int, anchor: int, anchor_end: int) -> bool:
    """The period is in the figure's clause: no comma or clause word between them, except the comma
    after a sentence-opening period and the commas of a list of figures ("846 homicides, 393 …")."""
    if p.start < anchor_end and anchor < p.end:
        return False  # the figure itself: "between 1950 and 2000 people"
    if p.end <= anchor and p.until is not None and _PAST_FRAME.search(text, p.start, p.end):
        if text.startswith(", when", p.end) and not _CLAUSE_STOP_AFTER.search(text, p.end + 6, anchor):
            return True  # "since May 2017, when floods killed more than 200": the when-clause's figures
        if p.opens and ";" not in text[p.end:anchor]:
            return True  # "In June 2018, a flow buried the village, killing 215": a past year dates the sentence
        if text.startswith("the ", p.start) and _EVENT_SUBJECT.fullmatch(text, p.end, anchor):
            return True  # "the 2004 tsunami, killed about 35,000": the event named as the subject
        if text.startswith(",", p.end) and _EVENT_ASIDE_BEFORE.search(text, max(0, p.start - 40), p.start) and \
                _ASIDE_VERB.fullmatch(text, p.end, anchor):
            return True  # "the country's worst outbreak, in 2006, killed more than 2,700": an aside on the event
    if p.start >= anchor_end and p.until is not None and text.startswith(", ", p.start - 2) and \
            _LINE_CLOSED.match(text, p.end):
        return True  # "143 disappearances in Tamaulipas, January–June 2025": a heading closed by its span
    result = _RESULT_CLAUSE.match(text, p.end, anchor) if p.end <= anchor and p.until is not None else None
    if result is not None and (result.end() == anchor or _AND_NEXT.fullmatch(text, result.end(), anchor)):
        return True  # "recorded 94 attacks in October, in which at least 146 … and 171 …": its events
    a, b = (anchor_end, p.start) if p.start >= anchor else (p.end, anchor)
    if p.opens and p.end <= anchor:
        a = text.index(",", a) + 1  # the comma of "In 2023, …", "In August alone, …"
        if p.until is not None and text.count(",", a, b) >= 2 and _SUBJECT_ASIDE.fullmatch(text, a, b):
            return True  # "In May 2022, an attack on a camp, also in the north, killed about 60"
    elif not (start <= p.start and p.end <= end) and not p.start < start <= p.end and \
            not _COORDINATED.search(text, a, b):  # (a year inside the period may bound the clause)
        return False  # past a neighbouring figure only along a list: "846 homicides, 393 … in 2023"
    joints = _LIST_JOINT_BEFORE if b == anchor else _LIST_JOINT
    between = text[a:b]
    if b == p.start and between.endswith("(") and text.startswith(")", p.end):
        between = between[:-1]  # "23 deaths from the outbreak (28 January – 24 February)": the count's own span
    if a == anchor_end and _APPOSITION_BEFORE.search(text, max(0, anchor - 12), anchor):
        between = between.replace(",", " ", 1)  # "1,850 households, or about 11,100 people, had fled …"
    if a == anchor_end and _PART_OPENS_BEFORE.search(text, max(0, anchor - 30), anchor):
        between = between.replace(",", " ", 1)  # "…, including 52 children, across Syria since …": the part's aside
    if "(" in between:
        between = _ACRONYM_ASIDE.sub(" ", between)  # "the International Organization for Migration (IOM) recorded"
    if p.opens and p.end <= anchor and between.count(",") == 1 and _SAID_ASIDE.match(between):
        between = _SAID_ASIDE.sub(" ", between, count=1)  # "Between January and June, the institute said, its teams exhumed 612"
    if "," in between and ("including" in between or "among" in between):
        between = _PART_ASIDE.sub(" ", between)  # "killed 138 people, including 52 children, across Syria since …"
    if "," in between and " and " in between:
        between = _NOUN_LIST.sub(" ", between)  # "… in violence involving gangs, police and militias in Haiti between …"
        between = _NAME_LIST.sub(r"\1 ", between)
    return not _CLAUSE_GAP.search(joints.sub(" ", between))


_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")
# an attribution set off between the sentence's opening period and its clause: " the institute said,"
_SAID_ASIDE = re.compile(r"\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|reported|reports|added|told\s+\w+),")


def choose_period(text: str, periods: list[Period], start: int, end: int, anchor: int,
                  anchor_end: int, measure_before: bool = False) -> Period | None:
    """The period of the figure at [anchor, anchor_end), in its own clause (no comma between them):
    the nearest one after it, else the last before it; a period ending another's open start
    completes it ("since January … by the end of June"). None for the toll of one event."""
    inside = [p for p in periods if _attached(text, p, start, end, anchor, anchor_end)]
    after = [p for p in inside if p.start >= anchor]
    chosen = after[0] if after else (inside[-1] if inside else None)
    if chosen is None:
        return None
    if chosen.until is not None and _ONE_EVENT.search(text, min(start, chosen.start), anchor) and \
            not YEAR_WRITTEN.search(text, chosen.start, chosen.end):
        return None  # "In July an explosion killed 53": the month is the day of the event
    if measure_before and chosen.start >= anchor_end and _SEIZED_AFTER.match(text, anchor_end, chosen.start):
        return None  # "released 23 passengers seized from a bus last month": the day they were taken
    if chosen.start >= anchor_end and text.startswith(", when", chosen.end) and \
            text[chosen.start : chosen.start + 5].lower() == "since":
        chosen = chosen._replace(until=None)  # "2,300 killed since October 2023, when the war began": its start
    if chosen.until is None:
        chosen = chosen._replace(until=next((p.until for p in inside if p.since is None and p.until), None))
    elif chosen.since is None:
        chosen = chosen._replace(since=next((p.since for p in inside if p.until is None and p.since), None))
    return chosen


def since_of(text: str, dates: SentenceDates, anchor_end: int) -> dt.date | None:
    """The sentence's "since DATE" for the figure ending at anchor_end, unless it comes after the
    figure in an appended phrase: "76 wounded crossed, the first evacuations since October 7"."""
    if dates.since is None or dates.since_span is None:
        return dates.since
    if dates.later_since and (nearer := [x for x in dates.later_since if x[1][1] < anchor_end]):
        # "… since May 1, bringing the total evacuated since August 2024 to about 152,000": the nearer one
        dates = dates._replace(since=nearer[-1][0], since_span=nearer[-1][1])
    if _SAME_PERIOD.match(text, anchor_end):
        return dates.since
    if dates.since_span[1] <= anchor_end - 1 and _NEW_CLAUSE.search(text, dates.since_span[1], anchor_end):
        return None  # "deported 4,100 since Jan. 1, the minister said, and 310 are being held": another clause
    if dates.since_span[0] < anchor_end:
        if dates.as_of_at is not None and dates.as_of_at >= anchor_end and \
                _AND.search(text, dates.since_span[1], anchor_end):
            return None  # "… since January 1, and some 1.5 million are displaced as of March 31"
        return dates.since
    if _NEW_CLAUSE.search(text, anchor_end, dates.since_span[0]) or _in_part_clause(text, anchor_end, dates.since_span[0]):
        return None  # "the toll was 45 and that the state had recorded 500 killings since January"
    for m in _APPENDED.finditer(text, anchor_end, dates.since_span[0]):
        if not _PLACE_ASIDE.fullmatch(text, m.start(), dates.since_span[0]):
            return None
    return dates.since


# "1.1 million refugees, more than 150,000 of whom have arrived since January 2024": the part's start
_PART_CLAUSE = re.compile(r",\s+(?:[\w.,]+\s+){1,3}(?:of\s+whom|of\s+them)\b")
def _in_part_clause(text: str, start: int, at: int) -> bool:
    """The date at `at` is in a part's clause that runs on to it: "…, more than 150,000 of whom have
    arrived since January 2024" (not "…, 700 of them children, have fled since …")."""
    m = _PART_CLAUSE.search(text, start, at)
    return m is not None and "," not in text[m.end() : at]


# "…, had arrived in the town of X, in the district of Y, since Thursday": an aside naming the place
# stands between the verb and its start; "the first evacuations since …" is appended
_PLACE_ASIDE = re.compile(r",\s+(?:in|on|near|at)\s+[^,;:()]{1,60},\s*", re.IGNORECASE)


def same_frame(before, as_of: dt.date | None, since: dt.date | None, published: dt.date | None):
    """as_of and since of "N more" after the figure `before` of its sentence: "killed 862 people in
    2024, …, and hundreds more were abducted" counts over the same period, unless it names its own."""
    if since is not None or as_of != published or (before.since is None and before.as_of == published):
        return as_of, since
    return before.as_of, before.since
