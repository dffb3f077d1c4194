"""Plain dataclasses and enums shared by every layer; no Qt, no SQL."""

from app.domain.models import (
    Document,
    Figure,
    Measure,
    ParsedArticle,
    Qualifier,
    RemovedSpan,
    ReviewStatus,
    Who,
)
from app.domain.progress import Cancelled, ProgressToken

__all__ = [
    "Cancelled",
    "Document",
    "Figure",
    "Measure",
    "ParsedArticle",
    "ProgressToken",
    "Qualifier",
    "RemovedSpan",
    "ReviewStatus",
    "Who",
]
