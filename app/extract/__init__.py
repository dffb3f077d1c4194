"""Figure extraction: every reported number about people affected, with what it counts and its provenance.

Pure Python (no Qt); `extract_figures` is deterministic for a given vocabulary and gazetteer.
"""

from __future__ import annotations

import datetime as dt

from app.domain import Figure
from app.extract.dates import infer_published

EXTRACTOR_VERSION = "1.35.0"

__all__ = ["EXTRACTOR_VERSION", "extract_figures", "infer_published"]


def extract_figures(text: str, published: dt.date | None, title: str | None = None) -> list[Figure]:
    """Figures in `text` with local ids 1..n; dates without a year are read against `published`."""
    from app.extract.pipeline import default_extractor

    figures = default_extractor().extract(text, published, title)
    for figure in figures:
        figure.extractor_version = EXTRACTOR_VERSION
    return figures
