"""The CPU-heavy half of an import: read, decode, clean and extract one file, storing nothing.

It runs in worker processes as well as in-process, so it never touches the project and never raises:
a file that cannot be read comes back with its error message for the import report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain import Figure, ParsedArticle
from app.extract import EXTRACTOR_VERSION, extract_figures, infer_published
from app.ingest.errors import IngestError, display_name
from app.ingest.hashing import content_hash
from app.ingest.readers import read_articles


@dataclass(slots=True)
class PreparedArticle:
    """An article ready to store; `figures` is None when its text was already in the project."""

    article: ParsedArticle
    digest: str
    figures: list[Figure] | None


@dataclass(slots=True)
class PreparedFile:
    """What one file gave: its articles, or the message saying why it could not be imported."""

    path: str
    articles: list[PreparedArticle] = field(default_factory=list)
    error: str | None = None


def prepare_article(article: ParsedArticle) -> tuple[ParsedArticle, list[Figure]]:
    """Fill in an inferred publication date and extract the article's figures."""
    if article.published is None:
        inferred = infer_published(article.text)
        if inferred is not None:
            article.published = inferred
            article.published_inferred = True
    found = extract_figures(article.text, article.published, article.title)
    for figure in found:
        figure.extractor_version = EXTRACTOR_VERSION
    return article, found


def prepare_file(
    path: str | os.PathLike[str], is_known: Callable[[str], bool] | None = None
) -> PreparedFile:
    """Read and extract every article of one file; `is_known(digest)` spares known articles."""
    prepared = PreparedFile(str(path))
    try:
        for article in read_articles(path):
            digest = content_hash(article.text)
            if is_known is not None and is_known(digest):
                prepared.articles.append(PreparedArticle(article, digest, None))
                continue
            article, found = prepare_article(article)
            prepared.articles.append(PreparedArticle(article, digest, found))
    except IngestError as exc:
        return PreparedFile(str(path), error=str(exc))
    except Exception as exc:  # a reader or extractor bug must not end the batch  # noqa: BLE001
        return PreparedFile(str(path), error=f"{display_name(path)} could not be imported: {exc}")
    return prepared


def crashed_file(path: str | os.PathLike[str]) -> PreparedFile:
    """The report for a file whose worker process died while reading it."""
    return PreparedFile(
        str(path),
        error=f"{display_name(path)} could not be imported: reading it stopped the import "
        "worker unexpectedly (it may be damaged or too complex).",
    )


def warm_up() -> None:
    """Load the vocabulary, the gazetteer and the HTML reader now rather than on the first file."""
    prepare_article(ParsedArticle(path="", title="", original=b"",
                                  text="At least 3 people were killed in Kharkiv on Monday."))
