"""Extraction tests share one gazetteer index, built once per session in a temporary cache folder."""

from __future__ import annotations

import datetime as dt
import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def gazetteer_cache(tmp_path_factory):
    if not os.environ.get("SITREP_CACHE_DIR"):
        os.environ["SITREP_CACHE_DIR"] = str(tmp_path_factory.mktemp("sitrep-cache"))
    yield os.environ["SITREP_CACHE_DIR"]


@pytest.fixture(scope="session")
def extract(gazetteer_cache):
    from app.extract import extract_figures

    def run(text: str, published: dt.date | None = dt.date(2022, 4, 21), title=None):
        return extract_figures(text, published, title)

    return run


@pytest.fixture(scope="session")
def rules_extract(gazetteer_cache):
    """The rules' figures, before the place ranker (extractor 1.26.0) weighs their places: for the
    tests of a place rule that the ranker overrules in a text this short (listed in
    docs/EXTRACTION.md, 1.26.0)."""
    from app.extract.pipeline import Extractor

    rules = Extractor(ranker=None)

    def run(text: str, published: dt.date | None = dt.date(2022, 4, 21), title=None):
        return rules.extract(text, published, title)

    return run
