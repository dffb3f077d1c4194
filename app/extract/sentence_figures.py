"""One sentence's figures: each candidate number's qualifier, measure and whether it is part of another
figure, then its claimant, place and dates (the pipeline runs this for each sentence in turn)."""

from __future__ import annotations

import re

from app.domain import Figure, Measure, Who
from app.extract import restated
from app.extract.article_state import ArticleState, Draft, last_draft_before
from app.extract.figure_claims import claims_of, nearest_claim, turn_claim
from app.extract.figure_dates import figure_dates
from app.extract.figure_places import SUBSET_BEFORE, part_spans, place_of, row_place
from app.extract.hedging import hedge_reaches
from app.extract.lost_counts import lost_measure
from app.extract.measures import Reading
from app.extract.numbers import NumberMention
from app.extract.periods import find_periods
from app.extract.row_context import column_whole, label_who, row_intro, row_reading, statement_dates
from app.extract.tables import in_row_note
from app.extract.turn_measures import asked_measure
from app.extract.wholes import (OF_THE_WHOLE, apposed_parts, breakdown_whole, cue_whole, item_end, named_whole,
                                opening_parent, place_share, whole_named_back)
from app.extract.withdrawn import right_figure, withdrawn_before

# "including", "included", "include(s)", "among", "of whom|them|those|these" as whole words; written to open
# with one character class, which the regex engine scans for fast.
_SUBSET_CUE = re.compile(r"[iao](?<=\b.)(?:(?<=i)nclud(?:ing|ed|es|e)|(?<=a)mong|(?<=o)f\s+(?:whom|them|those|these))\b",
                         re.IGNORECASE)
SUBSET_CUE_WORDS = ("including", "included", "include", "includes", "among", "of whom", "of them", "of those", "of these")
# a row that breaks down the row above: "of whom children | 47,300"
_PART_ROW = re.compile(r"\s*(?:[-–•*]\s*)?(?:of\s+(?:whom|them|which)|including|incl\.|among\s+them)\b", re.IGNORECASE)
_SUBSET_AFTER = re.compile(r"\s*(?:of\s+(?:them|whom|those))\b", re.IGNORECASE)
# A sentence that opens on the group it breaks down: "Of the survivors, 61 were children",
# "Of those still held, at least 1,800 are civilians", "Of those arrivals, 6,100 were women", "Among the 1,142 were 96".
_OPENING_SUBSET = re.compile(r"\s*[\"“‘']?\s*(?:of\s+(?:(?:the|those|these|(?-i:[A-Z][a-z]+)['’]s)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|them|these|those)"
                             r"\s*,\s*|among\s+(?:the|those|these)\s+\d[\d,.]*\s+(?:were|are)\s+)", re.IGNORECASE)
# "1,900 people, including 412 children, were evacuated": the whole's measure is after its part.
_PART_AHEAD = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,2}\s*,\s*(?:including|among\s+them)\s+"
                         r"(?:some\s+|about\s+|around\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?$",
                         re.IGNORECASE)
# "23 troops who had been held captive … and 11 border guards": the list of parts goes on.
_AND_BEFORE = re.compile(r"\band\s+(?:another\s+|a\s+further\s+)?$", re.IGNORECASE)
# "210 Sudanese who had registered as refugees …, 46 of them children": the measure word is in
# the parent's relative clause, not said of the part.
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b", re.IGNORECASE)
# A sentence that opens on "Another N" / "A further N" goes on with the figure just before it.
ANOTHER_OPENS = re.compile(r"[\s\"“]*(?:another|a\s+further)\s+(?=\d|$)", re.IGNORECASE)
_INHERIT_BEFORE = re.compile(r"(?i)(?:\b(?:down|up)|,)\s+from\s+(?:a\s+peak\s+of\s+|a\s+high\s+of\s+)?(?:[\w-]+\s+){0,2}$|"
                             r"\b(?:and|while|with)\s+(?:another|a\s+further)\s+$|"  # "… 2,400 had crossed … and a further 600"
                             r"\bcompared\s+(?:with|to)\s+$|\bfrom\s+(?:a|the)\s+(?:record|peak|high)\s+(?:of\s+)?$|"  # "…, compared with 92"
                             r"\b(?:estimate|figure|count|tally)\s+(?:is|was|stands\s+at|stood\s+at)\s+$|"
                             # "put the toll at 310 on Sunday, raised it to 890 on Monday and reached 1,140 by Wednesday"
                             r"\b(?:raised|revised|increased|lowered|cut|updated)\s+(?:it|the\s+(?:figure|toll|count))\s+to\s+$|"
                             r"\b(?:and|then)\s+(?:it\s+)?(?:reached|hit|climbed\s+to|rose\s+to)\s+$")  # "; the UN's own estimate is about 1.3 million"
_FROM_TO = re.compile(r"\s+(?:in\s+\d{4}\s+|last\s+year\s+)?to\s+")  # "fell from about 328,000 in 2023 to roughly 266,000"


# Between two numbers of one list: "N children and", "N hostages — women and children — along with"; rival
# counts: "hospitals say 61, ministry says 17"
COORDINATION = re.compile(
    r"\s*(?:[^\W\d][\w'’-]*\s*(?:[—–]\s*)?){0,6}?,?\s*(?:and|or|along\s+with|as\s+well\s+as|plus|"
    r"in\s+exchange\s+for|in\s+return\s+for|,)\s+(?:another\s+|a\s+further\s+)?$|"
    r",\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?\s+(?:says|say)\s+$", re.IGNORECASE)


# people coming back from the country a figure's place names
_RETURNED_FROM = re.compile(r"\b(?:returned|returning|come\s+back|came\s+back|coming\s+back)\s+from\s+(?:the\s+)?$")


def _home(ex, figure: Figure) -> None:
    """Place returnees in the country their side names, when the gazetteer knows it as a country."""
    home = next((p for p in ex.places.gazetteer.lookup(figure.side.title()) if p.kind == "country"), None)
    if home is not None:
        figure.place, figure.lat, figure.lon, figure.country = home.name, home.lat, home.lon, home.country


def has_cue(art: ArticleState, index: int) -> bool:
    """A subset cue ("including", "among", "of whom") in sentence `index`, looked for once."""
    cue = art.cues.get(index)
    if cue is None:
        s = art.sentences[index]
        if art.text[s.start : s.end].isascii():  # the tokens then find what the regex would
            cue = art.found["subset_cues"].any_within(s.start, s.end)
        else:
            cue = _SUBSET_CUE.search(art.text, s.start, s.end) is not None
        cue = cue or (art.text[s.start : s.start + 5].lstrip("\"“‘' ").lower().startswith("of ") and
                      _OPENING_SUBSET.match(art.text, s.start, s.end) is not None)
        art.cues[index] = cue
    return cue


def sentence_figures(ex, art: ArticleState, index: int, numbers: list[NumberMention]) -> list[Draft]:
    """The figures of sentence `index` from its candidate numbers; `ex` is the Extractor."""
    text = art.text
    sentence = art.sentences[index]
    terms = art.terms.within(sentence.start, sentence.end)
    hedges = art.found["hedges"].within(sentence.start, sentence.end)
    claims = claims_of(ex.claimants, art, index)
    dates = statement_dates(ex.claimants, art, index, claims)
    row = art.rows.get(index)
    if row is not None and row.table.intro is not None:
        hedges, claims, dates = row_intro(ex.claimants, art, row, hedges, claims, dates)
    out: list[Draft] = []
    cued = has_cue(art, index)
    sentence_text = text[sentence.start : sentence.end]
    periods = find_periods(text, sentence.start, sentence.end, art.published, art.tokens) \
        if art.found["period"].any_within(sentence.start, sentence.end) or row is not None else []
    apposed: tuple[int, Draft | None] = (-1, None)
    for i, m in enumerate(numbers):
        named_again = None
        prev_end = numbers[i - 1].end if i else sentence.start
        next_start = numbers[i + 1].start if i + 1 < len(numbers) else sentence.end
        q = ex.qualifiers.read(text, m, floor=prev_end, before=art.found["qualifiers"])
        of_whom = _SUBSET_AFTER.match(text, q.end, next_start) is not None
        reading = ex.measures.read(text, terms, q.start, q.end, prev_end, next_start, of_whom)
        before = text[prev_end : q.start]
        subset = cued and bool(SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(text, q.end, next_start))
        parent = out[-1] if out else (last_draft_before(art.drafts, index) if subset else None)
        if subset and not out:  # "Among the dead were five children": the whole named
            parent = cue_whole(art, index, prev_end, q, reading, parent)
        if not i and _OPENING_SUBSET.fullmatch(text, prev_end, q.start):
            opened = opening_parent(art, terms, index, prev_end, q.start)
            if opened is not None:
                subset, parent = True, opened
        elif i == 1 and len(out) == 1 and _OPENING_SUBSET.fullmatch(text, sentence.start, q.start):
            subset, parent = True, out[0]  # "Of the 14 recovered so far, at least five were women"
        if not subset and apposed[0] == i:
            subset, parent = True, apposed[1]  # the second part of "468 people, 412 passengers and 56 crew"
        elif not subset and (whole := apposed_parts(text, out, numbers, i, q.value, q.start)) is not None:
            subset, parent, apposed = True, whole, (i + 1, whole)
        elif not subset and row is not None and out and in_row_note(text, row.label_end, q.start):
            subset, parent = True, out[0]  # "Injured: 43 (Swat 31, Shangla 12)": parts of the row's figure
        elif not subset and row is not None and (whole := column_whole(art, row, out, q.start)) is not None:
            subset, parent = True, whole  # "Killed | Of the killed, under 18": a part of the row's other cell
        if not subset and out and out[-1].parent is not None and _AND_BEFORE.search(before) and \
                not any(d is out[-1].parent for d in out) and \
                (reading is None or reading.measure == out[-1].parent.figure.measure):
            subset, parent = True, out[-1].parent  # "Among the freed were 23 troops … and 11 guards"
        if subset and reading is not None and out and parent is out[-1] and \
                parent.figure.end <= reading.measure_start < q.start and \
                _RELATIVE_WORD.search(text, parent.figure.end, reading.measure_start):
            reading = None  # the parent's relative clause says what it is, not what the part is
        if reading is None and not subset and i + 1 < len(numbers) and \
                (COORDINATION.match(text, q.end, numbers[i + 1].start) or
                 _PART_AHEAD.match(text, q.end, numbers[i + 1].start) or
                 OF_THE_WHOLE.fullmatch(text, q.end, numbers[i + 1].start)):  # "12 of the 43 abducted"
            # "13 million people in Turkey and 8.8 million in Syria have been affected"
            ahead = ex.measures.read(text, terms, q.start, q.end, prev_end, sentence.end)
            if ahead is not None and ahead.measure_start > numbers[i + 1].end:
                reading = ahead
        share = place_share(text, prev_end, q.start, q.end) if out and out[-1].figure.end == prev_end else None
        if share is not None and not subset:
            base = out[-1]  # "Dailekh accounts for 79 of the dead, Surkhet for 31 and Kalikot for 14"
            subset, parent = base.parent is not None, base.parent
            reading = Reading(base.figure.measure, base.figure.who, base.figure.side, 0.7, base.start)
        late = reading is not None and out and out[-1].parent is not None and reading.measure_start > q.end and \
            "," in text[q.end : reading.measure_start]  # "including 15 women and two children, after the wounded …"
        if (reading is None or late) and not subset and out and out[-1].figure.end == prev_end and \
                COORDINATION.match(text, prev_end, q.start) is not None and \
                not ex.measures.counts_no_measure(text, terms, q.end, next_start):
            # "including 10,400 children and 7,100 women": the list goes on with the same measure
            subset, parent = out[-1].parent is not None, out[-1].parent
            who, side = ex.measures.who_only(text, terms, q.start, q.end, next_start)
            base = parent or out[-1]
            reading = Reading(base.figure.measure, who, side or (parent.figure.side if parent else None),
                              0.7, out[-1].start)
        if reading is None or (subset and parent and reading.measure_start < parent.start):
            unread = _unread(ex, art, index, out, (i, m, q), (prev_end, next_start), subset, parent)
            if unread is None:
                continue
            reading, subset, parent, named_again = unread
        if subset and parent is not None and out and parent is out[-1] and out[-1].parent is not None and \
                out[-1].parent.sentence is sentence and _AND_BEFORE.search(before) and \
                _SUBSET_AFTER.match(text, q.end, next_start):
            parent = out[-1].parent  # "69 of them women and 21 of them teenage boys": both of the whole
        if reading.side is None and q.value and text.endswith("the ", max(0, q.start - 4), q.start):
            same = next((d.figure for d in reversed(art.drafts) if d.figure.value == q.value and
                         d.figure.measure == reading.measure and d.figure.side), None)
            if same is not None:  # "Israel freed 90 Palestinians … the 90 detainees": the same people
                reading = reading._replace(side=same.side)
        reading = ex.measures.carry_over(text, terms, reading, q.start, q.end,
                                           next((d.figure for d in reversed(out or art.drafts[-1:]) if d.parent is None), None),
                                           parent.figure.side if subset and parent is not None else None)
        if subset and parent is not None and reading.who == Who.PEOPLE and parent.figure.who == Who.SOLDIERS:
            reading = reading._replace(who=Who.SOLDIERS)  # "seven soldiers wounded, including two officers"
        claim = nearest_claim(text, claims, q.start, sentence) if claims else None
        if claim is None and claims:  # none reaches it: in a transcript, the turn's speaker
            claim = turn_claim(ex.claimants, art, index)
        if named_again is not None and named_again.figure.value == q.value and \
                (claim is None or art.found["denial_verbs"].any_within(sentence.start, sentence.end)):
            claim = named_again.claim  # "dismissed the figure of 58": still the figure its source gave
        hedged = bool(hedges) and hedge_reaches(text, hedges, terms.measures, sentence.end, q.start, q.end,
                                                reading.measure_start)
        if row is not None:
            place = row_place(ex.places, art, sentence, row, m.start)
        else:
            place = place_of(art, index, q.start, reading.measure, (prev_end, item_end(text, numbers, i, q, share, next_start)),
                             part_spans(text, numbers, i) if cued else (), q.value)
        located = place is not None and bool(place.place.country)
        as_of, since = figure_dates(art, index, dates, periods, numbers, i, q, (prev_end, next_start),
                                    reading.measure_start, out, parent if subset else None)
        figure = Figure(
            value=q.value, low=q.low, high=q.high, qualifier=q.qualifier,
            measure=lost_measure(text, q.start, q.end, reading.measure), who=reading.who, side=reading.side,
            claimant=claim.claimant if claim else None, hedged=hedged,
            place=(place.surface or None) if place else None,
            lat=place.place.lat if located else None, lon=place.place.lon if located else None,
            country=place.place.country if located else None,
            as_of=as_of, since=since,
            sentence=sentence_text, start=q.start, end=q.end,
            confidence=round(reading.score, 2),
        )
        if subset and text.startswith(" of those ", q.end) and (named := named_whole(art, out, index, q)):
            parent = named  # "14,600 of those evacuated": the count of the evacuated, not the figure before it
        if not subset:  # "took away 40 pupils … freed 12 of the children", "14 of the injured"
            whole = (whole_named_back(art, out, terms, index, q, reading) if text.startswith(" of the ", q.end)
                     else None) or named_whole(art, out, index, q) or (row and breakdown_whole(art, row, figure.measure))
            if whole is not None:
                subset, parent = True, whole
                figure.side = figure.side or whole.figure.side
                if text.startswith(" of the victims", q.end):  # victims of the whole's toll, whatever befell them before
                    figure.measure = whole.figure.measure
        if subset and parent is not None and parent.sentence is sentence and row is None and \
                not art.places.within(prev_end, next_start):
            # "24 million … across the two countries, including about five million who …": a part
            # whose own words name no place is where its whole is
            whole = parent.figure
            figure.place, figure.lat, figure.lon, figure.country = whole.place, whole.lat, whole.lon, whole.country
        if figure.measure == Measure.REFUGEES and place is not None and figure.side and \
                _RETURNED_FROM.search(text, max(0, place.start - 40), place.start):
            _home(ex, figure)  # "512,000 Afghans have returned from Iran": they are in Afghanistan now
        out.append(Draft(figure, sentence, claim, q.start, parent if subset else None))
        if len(out) > 1 and out[-2].parent is None and out[-2].figure.end == prev_end and \
                OF_THE_WHOLE.fullmatch(text, prev_end, q.start) and \
                (out[-2].figure.value or 0) <= (q.value or q.low or 0):
            out[-2].parent = out[-1]  # "still hold 94 of the roughly 250 people abducted"
    return out


def _unread(ex, art: ArticleState, index: int, out: list[Draft], number: tuple,
            gap: tuple[int, int], subset: bool, parent: Draft | None):
    """What a number whose own words name no measure counts, or one read as a part named before its
    whole: its group's (a list, a column, "down from …", "another N"), a figure it names again, the
    question asked, the withdrawn figure's or the table row's. Returns the reading, whether and of what
    it is a part (`subset`, `parent`) and the figure it names again, or None when it counts nothing."""
    text, sentence, row = art.text, art.sentences[index], art.rows.get(index)
    terms = art.terms.within(sentence.start, sentence.end)
    i, m, q = number
    prev_end, next_start = gap
    before = text[prev_end : q.start]
    named_again = None
    reading = None
    if subset and parent is not None and (row is None or not row.table.parts):  # a group's column: its head
        who, side = ex.measures.who_only(text, terms, q.start, q.end, next_start)
        reading = Reading(parent.figure.measure, who, side or parent.figure.side, 0.7, parent.start)
    elif out and (_INHERIT_BEFORE.search(before) or out[-1].figure.end == prev_end and _FROM_TO.fullmatch(before)) and \
            not ex.measures.counts_no_measure(text, terms, q.end, next_start):
        reading = Reading(out[-1].figure.measure, out[-1].figure.who, out[-1].figure.side, 0.7,
                          out[-1].start)
    elif not i and not out and art.drafts and index - art.drafts[-1].sentence.index <= 3 and \
            ANOTHER_OPENS.fullmatch(text, sentence.start, q.start) and \
            not ex.measures.counts_no_measure(text, terms, q.end, next_start):  # ("Another 66 were rescued")
        last = art.drafts[-1].figure  # "… 5,000 had arrived in Cúcuta. Another 1,500 had reached Ocaña"
        reading = Reading(last.measure, last.who, last.side, 0.6, art.drafts[-1].start)
    elif row is None and (same := restated.referent(text, prev_end, q.start, q.end, next_start, q.value,
                                                     index, art.drafts, out, ex.things)) is not None:
        reading, named_again = Reading(same.figure.measure, same.figure.who, same.figure.side, 0.6, same.start), same
    elif row is None and (whole := named_whole(art, out, index, q)) is not None:
        who, side = ex.measures.who_only(text, terms, q.start, q.end, next_start)  # "9 women were among the victims"
        reading = Reading(whole.figure.measure, who, side or whole.figure.side, 0.6, q.start)
    elif row is None and not i and (asked := asked_measure(art, q.start)) is not None:
        reading = Reading(Measure(asked), Who.PEOPLE, None, 0.6, q.start)  # "How many bodies …?" / "Between 300 and 400"
    elif row is None and not i and right_figure(text, sentence.start, q.start) and \
            (said := withdrawn_before(text, art.sentences, index)) and \
            (withdrawn := art.terms.measures.within(*said)):
        # "… said 14 people had been evacuated. The correct figure is 41.": what the withdrawn one counted
        reading = Reading(Measure(withdrawn[0].key), Who.PEOPLE, None, 0.6, q.start)
    elif row is not None:
        reading = row_reading(ex.measures, art, row, m, terms, q, next_start)
        if reading is None and not out and _PART_ROW.match(text, sentence.start, row.label_end) and \
                (above := last_draft_before(art.drafts, index)) is not None and \
                above.sentence.index == index - 1 and above.parent is None:
            named = label_who(art, row)
            reading = Reading(above.figure.measure, Who(named) if named else above.figure.who,
                              above.figure.side, 0.6, q.start)
            subset, parent = True, above  # "of whom children | 47,300" under "… | 128,740": its part
        if reading is None:
            return None
    else:
        return None
    return reading, subset, parent, named_again
