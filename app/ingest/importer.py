"""Import articles into a project: read, clean, extract, store — one transaction per article.

A module-level function over a progress token, so the GUI worker, the CLI and tests all call it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import Cancelled, ParsedArticle, ProgressToken
from app.extract import EXTRACTOR_VERSION, extract_figures, infer_published
from app.ingest import IngestError, content_hash, iter_article_files, read_articles
from app.store import Project


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file, for the summary the user sees."""

    imported: list[tuple[str, int]] = field(default_factory=list)  # (title, document id)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, title)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    cancelled: bool = False
    total_files: int = 0

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the project, skipped")
        if self.failed:
            parts.append(f"{len(self.failed)} could not be read")
        text = ", ".join(parts)
        return text + (" — cancelled" if self.cancelled else "") + "."


def prepare_article(article: ParsedArticle) -> tuple[ParsedArticle, list]:
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


def import_articles(
    project: Project,
    paths: Iterable[str | os.PathLike],
    token: ProgressToken | None = None,
) -> ImportReport:
    """Import files and folders; bad files are reported and the rest of the batch goes on."""
    token = token or ProgressToken()
    files = iter_article_files(paths)
    report = ImportReport(total_files=len(files))
    for index, path in enumerate(files):
        if token.cancelled:
            report.cancelled = True
            break
        token.report(index, len(files), path.name)
        _import_file(project, path, report, token)
    else:
        token.report(len(files), len(files), "")
    return report


def _import_file(project: Project, path: Path, report: ImportReport, token: ProgressToken) -> None:
    try:
        articles = read_articles(path)
    except IngestError as exc:
        report.failed.append((str(path), str(exc)))
        return
    except Exception as exc:  # a reader bug must not end the batch
        report.failed.append((str(path), f"'{path.name}' could not be imported: {exc}"))
        return
    for article in articles:
        try:
            token.check()
        except Cancelled:
            report.cancelled = True
            return
        for warning in article.warnings:
            report.warnings.append((str(path), warning))
        digest = content_hash(article.text)
        if project.documents.find_by_hash(digest) is not None:
            report.duplicates.append((str(path), article.title))
            continue
        article, found = prepare_article(article)
        document_id = project.documents.add(article, digest, found)
        if document_id is None:
            report.duplicates.append((str(path), article.title))
        else:
            report.imported.append((article.title, document_id))
