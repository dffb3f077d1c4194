"""Puts the pieces together: numbers → qualifier → measure → claimant, place and dates → Figures."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.domain import Figure, Measure, Qualifier, Who
from app.extract.claimants import Claim, ClaimantFinder
from app.extract.dates import sentence_dates
from app.extract.filters import NonFigureFilter
from app.extract.gazetteer import Gazetteer
from app.extract.measures import MeasureReader, Reading
from app.extract.numbers import NumberFinder, NumberMention, merge_ranges
from app.extract.places import ArticlePlaces, PlaceFinder, PlaceMention
from app.extract.qualifiers import QualifierReader
from app.extract.sentences import Sentence, split_sentences
from app.extract.vocab import Vocabulary, load_vocabulary, phrase_pattern

_SUBSET_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+(?:them|whom|those|the\s+\w+)|\bof\s+(?:whom|them|those|these)|"
    r"\bincluded|\bthose\s+included)\s*(?:were\s+|are\s+|was\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_SUBSET_AFTER = re.compile(r"^\s*(?:of\s+(?:them|whom|those))\b", re.IGNORECASE)
_INHERIT_BEFORE = re.compile(r"\b(?:down|up)\s+from\s+(?:a\s+peak\s+of\s+|a\s+high\s+of\s+)?(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\s*(?P<label>[^\d\n]{2,60}?)(?:\s{2,}|\t+|:\s*|\s+[-–—]\s+)[\d,.]+(?:\s*(?:million|m|k))?\s*$")
_NOT_DISPUTE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:responsibility|involvement|blame|any\s+role|role|carrying\s+out|"
    r"that\s+it\s+(?:carried|was)|striking|hitting|the\s+attack|the\s+strike)\b",
    re.IGNORECASE,
)
_DENIAL_OBJECT_OWNER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:the\s+)?([\w' -]{2,40}?)['’]s\s", re.IGNORECASE)


@dataclass(slots=True)
class _Draft:
    figure: Figure
    sentence: Sentence
    claim: Claim | None
    start: int
    parent: _Draft | None = None


class Extractor:
    """Holds the compiled vocabulary and gazetteer; `extract` is a pure function of its inputs."""

    def __init__(self, vocab: Vocabulary | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.vocab = vocab or load_vocabulary()
        self.numbers = NumberFinder(self.vocab)
        self.non_figures = NonFigureFilter(self.vocab)
        self.qualifiers = QualifierReader(self.vocab)
        self._gazetteer = gazetteer
        self._places: PlaceFinder | None = None
        self._measures: MeasureReader | None = None
        self.claimants = ClaimantFinder(self.vocab)
        self._hedge_re = phrase_pattern(self.vocab.hedges)

    @property
    def places(self) -> PlaceFinder:
        if self._places is None:
            self._places = PlaceFinder(self._gazetteer or Gazetteer(), self.vocab)
        return self._places

    @property
    def measures(self) -> MeasureReader:
        if self._measures is None:
            self._measures = MeasureReader(self.vocab, self.places.is_country)
        return self._measures

    def extract(self, text: str, published: dt.date | None, title: str | None = None) -> list[Figure]:
        mentions = merge_ranges(text, self.numbers.find(text))
        candidates = [m for m in mentions if self.non_figures.reason(text, m) is None]
        if not candidates:
            return []
        sentences = split_sentences(text)
        by_sentence: dict[int, list[NumberMention]] = {}
        si = 0
        for m in candidates:
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            if si < len(sentences) and sentences[si].start <= m.start:
                by_sentence.setdefault(si, []).append(m)

        people = self.claimants.people(text, self.places.is_place)
        article = self.places.scan(text, {p.name for p in people} | {w for p in people for w in p.name.split()})
        drafts: list[_Draft] = []
        claims_so_far: list[Claim] = []
        claim_cache: dict[int, list[Claim]] = {}

        def claims_for(index: int) -> list[Claim]:
            if index not in claim_cache:
                s = sentences[index]
                claim_cache[index] = self.claimants.claims(
                    text, s.start, s.end, people, claims_so_far, headline=index == 0)
                claims_so_far.extend(claim_cache[index])
            return claim_cache[index]

        for index in sorted(by_sentence):
            sentence = sentences[index]
            claims = claims_for(index)
            drafts.extend(self._sentence_figures(text, sentences, index, by_sentence[index], claims,
                                                 article, published, claims_for, drafts))
        if not drafts:
            return []
        self._apply_denials(text, sentences, drafts, people, claims_so_far)
        figures = []
        for number, draft in enumerate(drafts, start=1):
            draft.figure.id = number
            figures.append(draft.figure)
        return figures

    # --- one sentence -----------------------------------------------------------------------
    def _sentence_figures(self, text, sentences, index, numbers, claims, article, published,
                          claims_for, drafts_before):
        sentence = sentences[index]
        terms = self.measures.terms(text, sentence.start, sentence.end)
        claim_spans = [(c.start, c.end) for c in claims]
        dates = sentence_dates(text, sentence.start, sentence.end, published, claim_spans)
        out: list[_Draft] = []
        table = None
        for i, m in enumerate(numbers):
            prev_end = numbers[i - 1].end if i else sentence.start
            next_start = numbers[i + 1].start if i + 1 < len(numbers) else sentence.end
            q = self.qualifiers.read(text, m, floor=prev_end)
            reading = self.measures.read(text, terms, q.start, q.end, prev_end, next_start)
            confidence = reading.score if reading else 0.0
            before = text[prev_end : q.start]
            subset = bool(_SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(text, q.end, next_start))
            parent = out[-1] if out else (self._last_in(drafts_before, sentences, index) if subset else None)
            row_claims, row_dates = claims, dates
            if reading is None or (subset and parent and reading.measure_start < parent.start):
                if subset and parent is not None:
                    who, side = self.measures.who_only(text, terms, q.start, q.end, next_start)
                    reading = Reading(parent.figure.measure, who, side or parent.figure.side, 0.7, parent.start)
                elif out and _INHERIT_BEFORE.search(before):
                    who, side = self.measures.who_only(text, terms, q.start, q.end, next_start)
                    reading = Reading(out[-1].figure.measure, out[-1].figure.who, out[-1].figure.side, 0.7,
                                      out[-1].start)
                else:
                    table = table or self._table_context(text, sentences, index, published, claims_for)
                    if table is None:
                        continue
                    reading, row_claims, row_dates = table
                    who, side = self.measures.who_only(text, terms, q.start, q.end, next_start)
                    reading = Reading(reading.measure, who if who != Who.PEOPLE else reading.who,
                                      side or reading.side, 0.75, reading.measure_start)
                confidence = reading.score
            claim = self._nearest_claim(row_claims, q.start)
            hedged = self._hedged(text, sentence, q, reading)
            place = self._place(article, sentences, index, q.start, reading.measure, (prev_end, next_start),
                                self._part_spans(text, numbers, i))
            figure = Figure(
                value=q.value, low=q.low, high=q.high, qualifier=q.qualifier,
                measure=reading.measure, who=reading.who, side=reading.side,
                claimant=claim.claimant if claim else None, hedged=hedged,
                place=place.surface if place else None,
                lat=place.place.lat if place else None, lon=place.place.lon if place else None,
                country=place.place.country if place else None,
                as_of=self._as_of(row_dates, numbers, i, published), since=row_dates.since,
                sentence=text[sentence.start : sentence.end], start=q.start, end=q.end,
                confidence=round(confidence, 2),
            )
            out.append(_Draft(figure, sentence, claim, q.start, parent if subset else None))
        return out

    @staticmethod
    def _as_of(dates, numbers, i, published):
        """A mid-sentence "as of DATE" dates only the figure right before it."""
        if dates.as_of is None:
            return published
        if dates.as_of_at is None:
            return dates.as_of
        m = numbers[i]
        nxt = numbers[i + 1].start if i + 1 < len(numbers) else None
        if m.end <= dates.as_of_at and (nxt is None or nxt > dates.as_of_at):
            return dates.as_of
        return published

    @staticmethod
    def _last_in(drafts, sentences, index):
        if drafts and drafts[-1].sentence.index == index - 1:
            return drafts[-1]
        return None

    def _table_context(self, text, sentences, index, published, claims_for):
        sentence = sentences[index]
        if not _TABLE_ROW.match(text[sentence.start : sentence.end]):
            return None
        label = _TABLE_ROW.match(text[sentence.start : sentence.end]).group("label")
        own = self.measures.terms(text, sentence.start, sentence.start + len(label))
        j = index - 1
        while j >= 0 and _TABLE_ROW.match(text[sentences[j].start : sentences[j].end]):
            j -= 1
        context = [k for k in (j - 1, j) if k >= 0 and sentences[k].paragraph >= sentence.paragraph - 4]
        measure_terms = list(own.measures)
        claims: list[Claim] = []
        dates = None
        for k in reversed(context):
            s = sentences[k]
            measure_terms += self.measures.terms(text, s.start, s.end).measures
            claims = claims or claims_for(k)
            d = sentence_dates(text, s.start, s.end, published, [(s.start, s.start)])
            if dates is None or dates.as_of is None:
                dates = d
        if not measure_terms:
            return None
        t = measure_terms[0]
        from app.extract.dates import SentenceDates
        return (Reading(Measure(t.key), Who.PEOPLE, None, 0.75, t.start), claims,
                dates or SentenceDates(None, None))

    @staticmethod
    def _nearest_claim(claims: list[Claim], pos: int) -> Claim | None:
        if not claims:
            return None
        return min(claims, key=lambda c: abs(c.start - pos) + (5 if c.start > pos else 0))

    def _hedged(self, text: str, sentence: Sentence, q, reading: Reading) -> bool:
        end = max(q.end, reading.measure_start + 1)
        return self._hedge_re.search(text, sentence.start, min(end + 12, sentence.end)) is not None and \
            any(m.start() < end for m in self._hedge_re.finditer(text, sentence.start, sentence.end))

    @staticmethod
    def _part_spans(text, numbers, i) -> list[tuple[int, int]]:
        """Stretches of the sentence that belong to the later numbers introduced as parts of this one."""
        spans = []
        for j in range(i + 1, len(numbers)):
            before = text[numbers[j - 1].end : numbers[j].start]
            if _SUBSET_BEFORE.search(before):
                nxt = numbers[j + 1].start if j + 1 < len(numbers) else numbers[j].end + 200
                spans.append((numbers[j].start, nxt))
        return spans

    def _place(self, article: ArticlePlaces, sentences, index, anchor, measure, window=None,
               excluded=()) -> PlaceMention | None:
        refugees = measure == Measure.REFUGEES
        s = sentences[index]
        place = PlaceFinder.choose(article, s.start, s.end, anchor, refugees, window, excluded)
        if place is not None and place.place.kind == "country" and not place.after_in and not refugees \
                and article.main is not None and article.main.place.country != place.place.country:
            place = None  # "Russia had suffered…": the country acts, the figure is elsewhere
        j = index - 1
        while place is None and j >= 0 and sentences[j].paragraph == s.paragraph:
            place = PlaceFinder.choose(article, sentences[j].start, sentences[j].end, sentences[j].end, refugees)
            j -= 1
        return place or article.main

    # --- denials ----------------------------------------------------------------------------
    def _apply_denials(self, text, sentences, drafts, people, claims) -> None:
        for draft in drafts:
            if draft.parent is not None and draft.parent in drafts:
                draft.figure.parts_of = drafts.index(draft.parent) + 1
        for s in sentences:
            denials = self.claimants.denials(text, s.start, s.end, people, claims)
            for denial in denials:
                if not denial.claimant or _NOT_DISPUTE.match(text, denial.end):
                    continue
                owner = _DENIAL_OBJECT_OWNER.match(text, denial.end)
                for d in drafts:
                    same_paragraph = d.sentence.paragraph == s.paragraph and d.start < denial.start
                    owned = False
                    if owner and d.figure.claimant and d.sentence.index > 0:
                        who = owner.group(1).strip().lower()
                        resolved = self.claimants._resolve(owner.group(1).strip(), text, denial.start, people, claims)
                        owned = (resolved and resolved.lower() == d.figure.claimant.lower()) or \
                            who in d.figure.claimant.lower()
                        if owned and "toll" in text[denial.end : denial.end + 60].lower():
                            owned = d.figure.measure in (Measure.KILLED, Measure.CASUALTIES)
                    if (same_paragraph or owned) and d.figure.disputed_by is None:
                        d.figure.disputed_by = denial.claimant


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The shared extractor with the shipped vocabulary and gazetteer, built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
