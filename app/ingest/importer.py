"""Import articles into a project: read, clean, extract, store — one transaction per article.

A module-level function over a progress token, so the GUI worker, the CLI and tests all call it.
The reading and extraction may run in worker processes (app.ingest.parallel); storing never does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.domain import Cancelled, ProgressToken
from app.ingest.discovery import iter_article_files
from app.ingest.parallel import FilePreparer
from app.ingest.preparation import PreparedFile, prepare_article
from app.store import Project

__all__ = ["ImportReport", "import_articles", "prepare_article"]


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


def import_articles(
    project: Project,
    paths: Iterable[str | os.PathLike],
    token: ProgressToken | None = None,
    jobs: int | None = None,
) -> ImportReport:
    """Import files and folders; bad files are reported and the rest of the batch goes on.

    Reading and extraction run on `jobs` worker processes (default: every core; 1, or a batch of
    fewer than MIN_FILES_FOR_POOL files, in this process); this thread alone writes, file by file
    in input order, so what is stored does not depend on `jobs`.
    """
    token = token or ProgressToken()
    files = iter_article_files(paths)
    report = ImportReport(total_files=len(files))

    def is_known(digest: str) -> bool:
        return project.documents.find_by_hash(digest) is not None

    with FilePreparer(files, token, jobs, is_known) as pool:
        try:
            for index, path in enumerate(files):
                token.check()
                token.report(index, len(files), path.name)
                _store_file(project, pool.result(index), report, token)
        except Cancelled:
            report.cancelled = True
            return report
    token.report(len(files), len(files), "")
    return report


def _store_file(project: Project, prepared: PreparedFile, report: ImportReport,
                token: ProgressToken) -> None:
    """Store one prepared file, one transaction per article; duplicates are skipped."""
    if prepared.error is not None:
        report.failed.append((prepared.path, prepared.error))
        return
    for item in prepared.articles:
        token.check()
        for warning in item.article.warnings:
            report.warnings.append((prepared.path, warning))
        document_id = None
        if item.figures is not None:
            document_id = project.documents.add(item.article, item.digest, item.figures)
        if document_id is None:
            report.duplicates.append((prepared.path, item.article.title))
        else:
            report.imported.append((item.article.title, document_id))
