"""What the pipeline keeps about one article while it reads it, shared by its steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain import Figure
from app.extract.claimants import Claim, Mention
from app.extract.dates import ArticleDates
from app.extract.measure_terms import ArticleTerms
from app.extract.places import ArticlePlaces
from app.extract.sentences import Sentence
from app.extract.tables import Row
from app.extract.tokens import TermList, Tokens


@dataclass(slots=True, eq=False)
class Draft:
    figure: Figure
    sentence: Sentence
    claim: Claim | None
    start: int
    parent: Draft | None = None


@dataclass(slots=True, eq=False)
class ArticleState:
    """Everything found once per article, shared by the per-sentence steps."""

    text: str
    published: dt.date | None
    sentences: list[Sentence]
    found: dict[str, TermList]
    terms: ArticleTerms
    dates: ArticleDates
    rows: dict[int, Row]
    people: list[Mention] = field(default_factory=list)
    places: ArticlePlaces | None = None
    claims: list[Claim] = field(default_factory=list)
    claim_cache: dict[int, list[Claim]] = field(default_factory=dict)
    claim_starts: list[int] = field(default_factory=list)
    claims_done: int = 0
    cues: dict[int, bool] = field(default_factory=dict)
    resolved: dict[str, str | None] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)
    tokens: Tokens | None = None
    is_place: Callable[[str], bool] | None = None  # the gazetteer's test of a name


def last_draft_before(drafts: list[Draft], index: int) -> Draft | None:
    """The last draft, when it is in the sentence right before sentence `index`."""
    if drafts and drafts[-1].sentence.index == index - 1:
        return drafts[-1]
    return None
