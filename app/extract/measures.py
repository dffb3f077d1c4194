"""Finds what a number counts: the measure (killed, displaced…); who and side come from groups.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from app.domain import Figure, Measure, Who
from app.extract.clauses import clause_bounds
from app.extract.groups import GroupReader, acts, words_between
from app.extract import measure_cases
from app.extract.measure_flight import FlightReader
from app.extract.measure_label import label_measure
from app.extract.measure_terms import APPOSED_ASIDE
from app.extract.measure_terms import RELATIVE_CLAUSE as _RELATIVE_CLAUSE
from app.extract.measure_terms import ArticleTerms, SentenceTerms, verb_after_clause
from app.extract.tokens import Term, TermList
from app.extract.vocab import Vocabulary, phrase_pattern

_TOLL_VERB = re.compile(
    r"\b(?:rose|rise|risen|rises|rising|reached|reaches|stands?|stood|climbed|climbs|jumped|increased|hit|"
    r"totall?ed|totals|put\s+(?:it|the\s+\w+)|passed|surpassed|exceeded|topped|is|was|were|are|now|"
    r"number|numbered|numbers|count|counted|tallied|estimated|estimate|estimates|reported|"
    r"(?:fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|dipped|slowed|eased)"
    r"(?:\s+\w+)?\s+(?:to|below|under))\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_TAKING_TOLL = re.compile(r"\b(?:taking|took|takes|bringing|brought|brings|pushing|pushed|raising|raised|"
                          r"lifting|lifted|sending|sent)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?$",
                          re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# "puts the death toll from five days of fighting in Suwayda province at 594": the toll put at a number
_PUT_BEFORE = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # "put the number of people killed … at"
_AT_BEFORE = re.compile(r"\bat\s+$")
_AUX_BEFORE = re.compile(r"\b(?:were|was|been|are|is|have|has|had|be|being|got|get)\s+(?:\w+ly\s+)?$",
                         re.IGNORECASE)
FLIGHT = "flight"
# "45 of the most seriously hurt", "20,000 Eritrean refugees": the group, named before what happened to it
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PREDICATE_AUX = re.compile(r"\b(?:were|was|been|are|is|be|have|has|had|remain|remained|remains)\s+"
                            r"(?:(?:still|now|also|all|later|since|\w+ly)\s+)?$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+", re.IGNORECASE)
_STATUS_MEASURES = frozenset({"refugees", "captured", "displaced", "evacuated"})
_WHAT_HAPPENED = frozenset({"killed", "injured", "missing", "casualties", "affected"})
_SUBORDINATE = re.compile(r"\b(?:as|when|after|because|before|until|while|where|since)\b"
                          r"(?!\s+(?:of|many|much|well|high|few|a\s+result)\b)", re.IGNORECASE)
_SUBORDINATE_WORDS = ("as", "wh", "after", "because", "before", "until", "since")  # one is in every match
# one search of the lower-case gap for all of them
_SUBORDINATE_HINT = re.compile("|".join(map(re.escape, _SUBORDINATE_WORDS)))
_ASIDE_THEN = re.compile(r"\s*,\s+[^,.;:\d]{3,60},\s*")  # an apposition set off by commas, the verb right after it
_SHARED_SUBJECT = re.compile(r"[^.;:]*?,?\s*and\s+"
                             r"(?:(?:had|have|has|were|was|are|is|been|still|now|also)\s+)+", re.IGNORECASE)
_SHARE_OF_THEM = re.compile(r"\b(?:half|most|many|some|a\s+third|a\s+quarter|two-thirds|one-third|"
                            r"a\s+fraction|a\s+majority|the\s+majority)\s+of\s+(?:them|whom)\b",
                            re.IGNORECASE)
# A group word that names an organisation ("Sudan Doctors Network", "Doctors Without Borders",
# "Journalists' Union"): not the people counted.
_ORG_AFTER = re.compile(r"['’]?\s+(?:Network|Association|Union|Syndicate|Committee|Council|Federation|Alliance|"
                        r"Organi[sz]ation|Society|Foundation|Collective|Without)\b")
_MEANS_OF_TRANSPORT = frozenset({"flown", "flew", "ferried", "bused", "bussed", "shipped"})
_INCLUDING = re.compile(r"\bincluding\b", re.IGNORECASE)
_RELATIVE_BREAK = re.compile(r",\s*(?:where|when|as|after|before|because|since|until)\b", re.IGNORECASE)
_OPENER_BEFORE = re.compile(r"\s(?:[—–]|--|\()\s*$")
# an order or a duty, not a done evacuation; "may have to be relocated" is a projection and stays
_OBLIGED = re.compile(r"\b(?:must|(?<!may\s)(?<!might\s)(?<!could\s)(?:have|has)\s+to|are\s+to|is\s+to|due\s+to|"
                      r"(?:ordered|told|urged|asked|instructed)\s+(?:\w+\s+){0,2}?to)\s+(?:be\s+)?(?:\w+ly\s+)?$",
                      re.IGNORECASE)
_ORDER_BEFORE = re.compile(r"\b(?:ordered|told|urged|asked|instructed)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)

# A rescue done before the number: the people it saved were trapped, and are no longer.
_RESCUED_BEFORE = re.compile(r"\b(?:rescued|saved|pulled|plucked|freed|airlifted|extricated|retrieved)\s+"
                             r"(?:(?:out|up|to|at\s+least|about|some|around|nearly|more\s+than|over|another)\s+)*$",
                             re.IGNORECASE)

# A story of people displaced inside their country, and one of people crossing a border
_IDP_STORY = re.compile(r"\b(?:displacement\s+sites?|IDPs?|internally\s+displaced|displaced\s+(?:people|persons|families))\b")
_ABROAD_STORY = re.compile(r"\b(?:[Rr]efugees?|asylum|[Bb]order|crossed\s+into|UNHCR)\b")
_ARRIVALS = frozenset({"arrivals", "new arrivals", "arrived in", "have arrived", "had arrived", "has arrived",
                       "arriving in", "arrive in"})
_ARRIVAL_PLACE = re.compile(r"\s+(?:(?:in|at|to)\s+)?(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?([A-Z][\w'’-]+)")


_LONG_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’-]+){2,}")
_MANNER_BEFORE = re.compile(r"\b(?:slightly|lightly|seriously|critically|badly|gravely|severely|moderately|"
                            r"fatally|mortally|reportedly|also|still)\s+$", re.IGNORECASE)

class Reading(NamedTuple):
    """What the number counts; `score` in 0–1 falls with the distance between number and measure."""

    measure: Measure
    who: Who
    side: str | None
    score: float
    measure_start: int


# Looked up by value in a dict: calling the enum class costs a microsecond per figure.
_MEASURES: dict[str, Measure] = {m.value: m for m in Measure}
_WHO: dict[str, Who] = {w.value: w for w in Who}

NOT_A_MEASURE = "not_a_measure"
NO_MEASURE = "no_measure"
RETURN = "return"


# the second verb of the figure's subject, its state: "… went up to the ridge and are still missing"
_AND_STATE = re.compile(r"\band\s+(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:still\s+|now\s+)?$")

def _own_measure_after(text: str, terms, num_end: int, after_end: int) -> bool:
    """A measure word in the number's own clause after it, a few words on."""
    return any(num_end <= t.start and t.end <= after_end and words_between(text, num_end, t.start) <= 5
               for t in terms.measures)


class MeasureReader:
    """Compiled measure, who and side vocabularies; reads one number at a time."""

    def __init__(self, vocab: Vocabulary, is_country: Callable[[str], bool] | None = None,
                 country_of: Callable[[str], str | None] | None = None) -> None:
        """`country_of(name)`: the country code of the town or country `name` (its best-known namesake),
        or None."""
        self.word_lists = {"measures": vocab.measures, "who": vocab.who, "sides": vocab.sides}
        labels = [p for p in vocab.non_figure_before if p[:1].islower() and p.replace(" ", "").isalpha()]
        self._label_before = re.compile(rf"(?:{phrase_pattern(labels).pattern})\s+$", re.IGNORECASE)
        self._things = phrase_pattern(vocab.non_figure_units)  # "Livestock perished: 1,160" counts no people
        self._is_country = is_country or (lambda _word: False)
        self._country_of = country_of or (lambda _name: None)
        self.groups = GroupReader(vocab)
        self.flight = FlightReader(vocab.sides, self._is_country, self._country_of)

    def article(self, text: str, found: dict[str, TermList]) -> ArticleTerms:
        """The article's terms from a lexicon scan of `word_lists`; flight words ("fled", "sought
        refuge") read as refugees when the people left the country, else as displaced."""
        measures = [Term(t.start, t.end, self.flight.measure(text, t, found["sides"]), t.phrase)
                    if t.key == FLIGHT else t
                    for t in found["measures"].terms if t.key not in (NOT_A_MEASURE, NO_MEASURE, SPLIT_OUT, RETURN)]
        returns = [t for t in found["measures"].terms if t.key == RETURN and self.flight.returned_from_abroad(text, t)]
        if returns:  # "more than 512,000 Afghans have returned from Iran": they crossed back, as refugees do
            measures = sorted(measures + [Term(t.start, t.end, "refugees", t.phrase) for t in returns],
                              key=lambda t: (t.start, t.end))
        split = [t for t in found["measures"].terms if t.key == SPLIT_OUT]
        if split:
            verbs = [v for v in (measure_cases.split_out(text, t, found["who"]) for t in split) if v is not None]
            if verbs:
                measures = sorted(measures + verbs, key=lambda t: (t.start, t.end))
        if any(t.phrase in measure_cases.CROSSED for t in measures):
            measures = [t for k, t in enumerate(measures) if not measure_cases.crossing_a_mark(text, measures, k)]
        if any(t.phrase in _ARRIVALS for t in measures):
            measures = self._home_arrivals(text, measures, found["sides"])
        no_measure = TermList([t for t in found["measures"].terms if t.key == NO_MEASURE])
        who = found["who"]
        if any(_ORG_AFTER.match(text, t.end) and text[t.start:t.start + 1].isupper() for t in who.terms):
            who = TermList([t for t in who.terms
                            if not (_ORG_AFTER.match(text, t.end) and text[t.start:t.start + 1].isupper())])
        return ArticleTerms(TermList(measures), who, found["sides"],
                            lambda: self.flight.home(text, found["sides"]), no_measure,
                            lambda: self.flight.army(text, found["sides"]))

    def read(
        self,
        text: str,
        terms: SentenceTerms,
        num_start: int,
        num_end: int,
        left_limit: int,
        right_limit: int,
        prefer_after: bool = False,
    ) -> Reading | None:
        """Measure, who and side for the number at [num_start, num_end).

        `left_limit`/`right_limit` bound the search (the sentence, or a neighbouring number);
        `prefer_after` favours a measure after the number ("29 of whom are believed dead").
        """
        if self._label_before.search(text, max(left_limit, num_start - 40), num_start):
            return None  # "a slum of about 250,000 people", "population of some 30,000": a size
        skipped: list[tuple[int, int]] = []
        after_end, before_start = clause_bounds(text, num_start, num_end, left_limit, right_limit, skipped)

        # "brought to 1,268 the number of Ukrainians freed": the group and its measure follow
        number_of = _NUMBER_OF.match(text, num_end, after_end)
        group_at = number_of.end() if number_of else num_end
        best: tuple[float, Term] | None = None
        for term in terms.measures:
            if num_end <= term.start and term.end <= after_end:
                dist = words_between(text, group_at, term.start)
                if skipped:  # a parenthesis or dashes stepped over: their words don't count
                    dist -= sum(words_between(text, a, b) for a, b in skipped if b <= term.start)
                    if any(a <= term.start < b for a, b in skipped):
                        continue  # a measure word inside the parenthesis describes something else
                gap = text[num_end : term.start]  # its words, looked at before the regexes run
                if " and " in gap and right_limit < len(text) and text[term.end : right_limit].strip() in ("", "some", "about"):
                    continue  # "the bodies of six people and rescued 41 survivors": the verb of the next number
                gap = gap.lower() if gap.isascii() else None  # None: case folding beyond ASCII
                if (gap is None or "of" in gap) and (share := _SHARE_OF_THEM.search(text, num_end, term.start)):
                    aside = measure_cases.aside_share(text, share, term.start)
                    if aside is None:
                        continue  # "4.1 million live there, around half of them displaced": a share's
                    dist -= words_between(text, *aside)  # "23,000 people, most of them Syrians, had crossed"
                if gap is None or "sa" in gap or "told" in gap or "report" in gap:
                    claim = _CLAIM_CLAUSE.search(text, num_end, term.start)
                    if claim and text.find(",", claim.end(), term.start) < 0:
                        continue  # "where 600 people stayed, workers said arrivals had fallen": its own clause
                if dist == 13 and _MANNER_BEFORE.search(text, max(num_end, term.start - 16), term.start):
                    dist -= 1  # "Two people in the border town of … were slightly injured": the adverb is the measure's
                if dist > 12:  # a body's long name counts as one word: "31 soldiers and members of the
                    # Volunteers for the Defence of the Homeland (VDP) had been killed"
                    dist -= sum(words_between(text, *n.span()) - 1 for n in _LONG_NAME.finditer(text, num_end, term.start))
                if 12 < dist <= 16 and gap is not None and "," not in gap and _AND_STATE.search(gap):
                    dist = 12  # "Three shepherds from X went up to the ridge on Wednesday and are still missing"
                if dist > 12:
                    clause = _RELATIVE_CLAUSE.match(text, num_end, term.start) or \
                        APPOSED_ASIDE.fullmatch(text, num_end, term.start)
                    if clause is None:
                        continue
                    dist -= words_between(text, clause.start(1), clause.end(1))
                    if dist > 12:
                        continue  # "Two volunteers who drove into the town … have been missing": the clause
                score = 1.0 - 0.035 * dist + (0.2 if prefer_after else 0.0)
                if _AUX_BEFORE.search(text, max(num_end, term.start - 20), term.start):
                    score += 0.05
                if (gap is None or _SUBORDINATE_HINT.search(gap)) and \
                        _SUBORDINATE.search(text, group_at, term.start):
                    score -= 0.15  # "toll could reach 20,000 as bodies wash ashore": another clause
                if (gap is None or "including" in gap) and _INCLUDING.search(text, group_at, term.start):
                    score -= 0.1  # "casualties number 200,000, including dead and wounded": the parts
                if term.phrase in _MEANS_OF_TRANSPORT:
                    score -= 0.2  # "flown back on deportation flights": how they went, not what befell them
            elif before_start <= term.start and (term.end <= num_start or
                                                 term.start < num_start < term.end <= num_end):
                # (a qualifier may have taken the particle of "handed over 55")
                dist = words_between(text, term.end, num_start)
                if _RELATIVE_BREAK.search(text, term.end, num_start):
                    continue  # "760 injured at the roundabout, where thousands had gathered"
                if " and " in text[term.end : num_start] and _own_measure_after(text, terms, num_end, after_end):
                    continue  # "64 lost their lives in the Aegean and 19 have been recorded as missing": the 64's
                limit = 8
                if _TOLL_VERB.search(text, max(term.end, num_start - 60), num_start) or \
                        (_TO_BEFORE.search(text, max(term.end, num_start - 6), num_start) and
                         _TAKING_TOLL.search(text, max(before_start, term.start - 30), term.start)) or \
                        (_AT_BEFORE.search(text, max(term.end, num_start - 6), num_start) and
                         _PUT_BEFORE.search(text, max(before_start, term.start - 30), term.start)):
                    limit = 30  # "taking the death toll in floods … since May 28 to 38"
                if dist > limit:
                    continue
                score = measure_cases.before_score(text, term, num_start, dist)
            else:
                continue
            if best is None or score > best[0]:
                best = (score, term)
        if best is None:
            best = self._apposition_head(text, terms, before_start)
        best, label = label_measure(text, terms.measures, self._things, left_limit, num_start, num_end, best)
        if best is None or measure_cases.no_measure(text, terms, num_end, after_end, best[1]):
            return None
        if best[1].end <= num_start and terms.article is not None and \
                (need := terms.article.no_measure.within(max(best[1].end, num_start - 30), num_start)) and \
                words_between(text, need[-1].end, num_start) <= 1:
            return None  # "pulled out 12 bodies and rescued 30 people alive": the 30 were rescued
        score, measure_term = best
        measure_term = measure_cases.released_wounded(text, terms, num_start, num_end, measure_term) or measure_term
        if num_end <= measure_term.start:
            measure_term = verb_after_clause(text, terms, num_end, measure_term, after_end)
            predicate = self._predicate(text, terms, num_end, measure_term, after_end, right_limit)
            measure_term = predicate or measure_term
            if measure_term.key == Measure.EVACUATED and \
                    (_OBLIGED.search(text, max(num_end, measure_term.start - 40), measure_term.start) or
                     _ORDER_BEFORE.search(text, max(before_start, num_start - 40), num_start) and
                     (measure_term.phrase.startswith("to ") or
                      text[max(num_end, measure_term.start - 4):measure_term.start].lower().endswith("to "))):
                return None  # "2,700 pupils must be moved out within two weeks": under an order, not moved yet
            if measure_cases.the_actors(text, measure_term, num_end):
                return None  # "Two female suicide bombers killed 12 people": the two did the killing
            if measure_term.key == Measure.MISSING and measure_term.phrase.startswith("trapped") and \
                    _RESCUED_BEFORE.search(text, max(before_start, num_start - 40), num_start):
                return None  # "crews rescued 37 people trapped on rooftops": no longer trapped
        who_term = self.groups.who(text, terms, num_start, group_at, measure_term, after_end, before_start)
        if who_term is None and label is not None:  # "- Children among the dead: 2": the label's group
            who_term = next((t for t in reversed(terms.who) if left_limit <= t.start and t.end <= label.end(1)), None)
        side = self.groups.side(text, terms, num_start, group_at, measure_term, who_term, before_start)
        who = (_WHO.get(who_term.key) or Who(who_term.key)) if who_term else Who.PEOPLE
        measure = _MEASURES.get(measure_term.key) or Measure(measure_term.key)
        return Reading(measure, who, side, max(0.05, min(1.0, score)), measure_term.start)

    def _home_arrivals(self, text: str, measures: list[Term], sides: TermList) -> list[Term]:
        """"12,800 new arrivals in the provincial capital Pemba" in an article about Mozambique:
        arrivals in a town of the article's own country are displaced, not refugees."""
        home = self.flight.home(text, sides)
        code = self._country_of(home.title()) if home else None
        if code is None:
            return measures
        out = []
        inside = _IDP_STORY.search(text) is not None and _ABROAD_STORY.search(text) is None
        for t in measures:  # (a story of displacement sites that names no refugee nor border: every arrival)
            if t.key == "refugees" and t.phrase in _ARRIVALS and (inside or
                    (at := _ARRIVAL_PLACE.match(text, t.end)) is not None and
                    not self._is_country(at.group(1)) and self._country_of(at.group(1)) == code):
                t = Term(t.start, t.end, "displaced", t.phrase)
            out.append(t)
        return out

    @staticmethod
    def _apposition_head(text: str, terms: SentenceTerms, clause_start: int) -> tuple[float, Term] | None:
        """A number set off by a dash or parenthesis right after a group: "the four freed captives —
        three men and a woman — were …" counts captives."""
        opener = _OPENER_BEFORE.search(text, max(0, clause_start - 4), clause_start)
        if opener is None:
            return None
        heads = [t for t in terms.measures if t.end <= opener.start() and not acts(t)]
        if heads and words_between(text, heads[-1].end, opener.start()) == 0:
            return 0.8, heads[-1]
        return None

    @staticmethod
    def _predicate(text: str, terms: SentenceTerms, num_end: int, noun: Term, after_end: int,
                   right_limit: int) -> Term | None:
        """What happened to a group named first: "45 of the most seriously hurt had been taken across
        the border" (evacuated), "20,000 refugees who lived in the camps are still unaccounted for"
        (missing). The group's own word gives way to a later verb of another measure after "were",
        "are still", "had been"… (or right after a status noun: "40 refugees drowned")."""
        partitive = _PARTITIVE.fullmatch(text, num_end, noun.start) is not None
        status = noun.key in _STATUS_MEASURES and words_between(text, num_end, noun.start) <= 2
        if not partitive and not status:
            return None
        for term in terms.measures:
            if term.start < noun.end or term.end > right_limit or term.key == noun.key:
                continue
            aside = _ASIDE_THEN.fullmatch(text, noun.end, term.start) is not None  # "Two refugees, a woman and a child, died"
            if term.end > after_end and not aside and not _SHARED_SUBJECT.fullmatch(text, after_end, term.start):
                continue  # past the clause, only "…, and had been affected" still speaks of the group
            if status and not partitive and term.key not in _WHAT_HAPPENED and \
                    not (noun.key == "refugees" and term.phrase.startswith(("lost their", "left homeless", "made homeless"))):
                continue  # (refugees whose shelters burnt in their camp are displaced again)
            if noun.key == "displaced" and term.key == "refugees" and "arriv" in term.phrase:
                continue  # "5,000 of the displaced had arrived in the city": still displaced
            gap = words_between(text, noun.end, term.start)
            if gap > 25:
                break
            if gap == 0 or aside or _PREDICATE_AUX.search(text, max(noun.end, term.start - 40), term.start) or \
                    _PREDICATE_AUX.match(term.phrase + " ", 0, term.phrase.find(" ") + 1):
                return term
        return None

    @staticmethod
    def counts_no_measure(text: str, terms: SentenceTerms, num_end: int, right_limit: int) -> bool:
        """True when the number's clause says its people need aid or were rescued: no figure, even in a list."""
        after_end, _ = clause_bounds(text, num_end, num_end, num_end, right_limit)
        first = next((t for t in terms.measures if num_end <= t.start < after_end), None)
        return measure_cases.no_measure(text, terms, num_end, after_end, first)

    def who_only(self, text: str, terms: SentenceTerms, num_start: int, num_end: int,
                 right_limit: int) -> tuple[Who, str | None]:
        """Who and side for a number whose measure comes from elsewhere (a subset, a table row)."""
        who_term = self.groups.who(text, terms, num_start, num_end, None, right_limit, num_start)
        side = self.groups.side(text, terms, num_start, num_end, None, who_term, num_start)
        return ((_WHO.get(who_term.key) or Who(who_term.key)) if who_term else Who.PEOPLE), side

    def carry_over(self, text: str, terms: SentenceTerms, reading: Reading, num_start: int, num_end: int,
                   previous: Figure | None, parent_side: str | None) -> Reading:
        """`reading` with the who and side it takes from the figure it goes with (see GroupReader)."""
        who, side = self.groups.carry_over(text, terms, reading.who, reading.side, num_start, num_end,
                                           previous, parent_side)
        return reading if (who, side) == (reading.who, reading.side) else reading._replace(who=who, side=side)


_CLAIM_CLAUSE = re.compile(r",\s*(?:[\w'’-]+\s+){1,3}?(?:said|say|says|told|reported|reports)\b(?:\s+that)?",
                           re.IGNORECASE)
SPLIT_OUT = "split_out"
