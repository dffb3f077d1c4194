"""The things Sitrep talks about: articles, the figures reported in them, and their vocabularies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    APPROXIMATELY = "approximately"
    RANGE = "range"
    VAGUE = "vague"


class Measure(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    CASUALTIES = "casualties"
    MISSING = "missing"
    CAPTURED = "captured"
    DISPLACED = "displaced"
    REFUGEES = "refugees"
    EVACUATED = "evacuated"
    BODIES = "bodies"
    AFFECTED = "affected"


class Who(StrEnum):
    CIVILIANS = "civilians"
    CHILDREN = "children"
    SOLDIERS = "soldiers"
    PEOPLE = "people"


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    EDITED = "edited"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A piece of the source text that cleaning dropped, and why (shown greyed on request)."""

    text: str
    reason: str  # "duplicate", "junk", "blurb", "boilerplate"
    position: int  # character offset in the cleaned text where it would have stood


@dataclass(slots=True)
class ParsedArticle:
    """What a reader makes of one file before it is stored: metadata plus cleaned text."""

    path: str
    title: str
    text: str
    original: bytes
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    language: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A stored article."""

    id: int
    title: str
    text: str
    content_hash: str
    imported_at: dt.datetime
    path: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    language: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    figure_count: int = 0


@dataclass(slots=True)
class Figure:
    """One reported figure with its provenance, as the extractor or a reviewer states it."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    measure: Measure
    who: Who = Who.PEOPLE
    side: str | None = None
    claimant: str | None = None
    hedged: bool = False
    disputed_by: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    as_of: dt.date | None = None
    since: dt.date | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    confidence: float = 1.0
    parts_of: int | None = None
    id: int | None = None
    document_id: int | None = None
    status: ReviewStatus = ReviewStatus.UNREVIEWED
    extractor_version: str | None = None
