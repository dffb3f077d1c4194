"""Puts the pieces together: numbers → qualifier → measure → claimant, place and dates → Figures."""

from __future__ import annotations

import datetime as dt

from app.domain import Figure
from app.extract import restated
from app.extract.article_pass import finish
from app.extract.article_state import ArticleState
from app.extract.claimants import ClaimantFinder
from app.extract.dates import ArticleDates
from app.extract.filters import MarkedTokens, NonFigureFilter
from app.extract.gazetteer import Gazetteer
from app.extract.measures import MeasureReader
from app.extract.numbers import NumberFinder, NumberMention, merge_ranges
from app.extract.period_pattern import PERIOD_WORDS
from app.extract.place_ranker import PlaceRanker, load_place_ranker
from app.extract.places import PlaceFinder
from app.extract.qualifiers import QualifierReader
from app.extract.sentence_figures import ANOTHER_OPENS, SUBSET_CUE_WORDS, has_cue, sentence_figures
from app.extract.sentences import split_sentences
from app.extract.tables import TableReader
from app.extract.turn_measures import asked_measure
from app.extract.tokens import Lexicon, Tokens
from app.extract.vocab import Vocabulary, load_vocabulary
from app.extract.withdrawn import RIGHT_FIGURE_OPENS, withdrawn_before

_TOWN_SIZE = 10_000  # a destination town smaller than this is too likely a namesake to tell a country by


class Extractor:
    """Holds the compiled vocabulary and gazetteer; `extract` is a pure function of its inputs."""

    def __init__(self, vocab: Vocabulary | None = None, gazetteer: Gazetteer | None = None,
                 ranker: PlaceRanker | None | str = "bundled") -> None:
        """`ranker`: the trained place ranker; "bundled" loads the one in resources/models, None
        keeps the rules' places."""
        self.ranker = load_place_ranker() if ranker == "bundled" else ranker
        self.vocab = vocab or load_vocabulary()
        self.numbers = NumberFinder(self.vocab)
        self.non_figures = NonFigureFilter(self.vocab)
        self.things = frozenset(w for w in self.vocab.non_figure_units if w.isalpha())  # "houses", not "km"
        self.qualifiers = QualifierReader(self.vocab)
        self._gazetteer = gazetteer
        self._places: PlaceFinder | None = None
        self._measures: MeasureReader | None = None
        self._lexicon: Lexicon | None = None
        self.claimants = ClaimantFinder(self.vocab)
        self.tables = TableReader(self.non_figures.names_things)

    @property
    def places(self) -> PlaceFinder:
        if self._places is None:
            self._places = PlaceFinder(self._gazetteer or Gazetteer(), self.vocab)
        return self._places

    @property
    def measures(self) -> MeasureReader:
        if self._measures is None:
            self._measures = MeasureReader(self.vocab, self.places.is_country, self._country_of)
        return self._measures

    def _country_of(self, name: str) -> str | None:
        """The country of a country, or of a town of some size, named `name` (its largest namesake)."""
        if not self.places.is_place(name):
            return None
        found = self.places.gazetteer.lookup(name)
        best = max(found, key=lambda p: p.population, default=None)
        if best is None or best.kind != "country" and best.population < _TOWN_SIZE:
            return None
        return best.country or None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon({**self.measures.word_lists, "vague": self.numbers.vague_words(),
                                     **self.claimants.word_lists(), "hedges": self.vocab.hedges,
                                     "qualifiers": self.qualifiers.word_list(), "period": PERIOD_WORDS,
                                     "subset_cues": SUBSET_CUE_WORDS})
        return self._lexicon

    def extract(self, text: str, published: dt.date | None, title: str | None = None) -> list[Figure]:
        art, figures = self.extract_by_rules(text, published, title)
        if figures and self.ranker is not None:
            self.ranker.rerank(art, figures)
        return figures

    def extract_by_rules(self, text: str, published: dt.date | None,
                         title: str | None = None) -> tuple[ArticleState | None, list[Figure]]:
        """The figures as the rules read them, before the place ranker, with the article's state."""
        tokens = Tokens(text)
        found = self.lexicon.scan(tokens)
        mentions = merge_ranges(text, self.numbers.find(text, tokens, found["vague"]))
        if not mentions:
            return None, []
        sentences = split_sentences(text)
        terms = self.measures.article(text, found)
        rows = self.tables.rows(text, sentences, terms)
        art = ArticleState(text, published, sentences, found, terms, ArticleDates(text, tokens, published), rows,
                           tokens=tokens)
        by_sentence = self._candidates(art, mentions)
        if not by_sentence:
            return None, []
        art.people = self.claimants.people(text, self.places.is_place, found["titles"])
        names = {p.name for p in art.people} | {w for p in art.people for w in p.name.split()}
        art.places = self.places.scan(text, names, found["sides"])
        art.is_place = self.places.is_place
        for index in sorted(by_sentence):
            art.drafts.extend(sentence_figures(self, art, index, by_sentence[index]))
        if not art.drafts:
            return None, []
        return art, finish(self.claimants, art, found["denial_verbs"])

    def _candidates(self, art: ArticleState, mentions: list[NumberMention]) -> dict[int, list[NumberMention]]:
        """Numbers that may be figures, by sentence: in a sentence with a measure word, a table row
        or a subset cue, and not a year, date, age, unit, money or the like."""
        text, sentences = art.text, art.sentences
        by_sentence: dict[int, list[NumberMention]] = {}
        live: dict[int, bool] = {}
        marked: MarkedTokens | None = None
        si = 0
        for m in mentions:
            while si < len(sentences) and sentences[si].end <= m.start:
                si += 1
            if si >= len(sentences) or sentences[si].start > m.start:
                continue
            if si not in live:
                s = sentences[si]
                live[si] = si in art.rows or art.terms.has_measure(s.start, s.end) or has_cue(art, si) or \
                    ANOTHER_OPENS.match(text, s.start, s.end) is not None or restated.may_restate(text, s.start, s.end) or \
                    (RIGHT_FIGURE_OPENS.search(text, s.start, s.end) is not None and withdrawn_before(text, sentences, si)) or \
                    asked_measure(art, m.start) is not None
            if not live[si]:
                continue
            row = art.rows.get(si)
            if row is not None and m.start < row.label_end:
                continue
            if marked is None:
                marked = MarkedTokens(text)
            if self.non_figures.reason(text, m, marked) is None:
                by_sentence.setdefault(si, []).append(m)
        return by_sentence

_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The shared extractor with the shipped vocabulary and gazetteer, built on first use."""
    global _DEFAULT
    _DEFAULT = _DEFAULT or Extractor()
    return _DEFAULT
