"""Import articles into a project: read, clean, extract, store — whole articles, a few per commit.

A module-level function over a progress token, so the GUI worker, the CLI and tests all call it.
The reading and extraction may run in worker processes (app.ingest.parallel); storing never does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.domain import Cancelled, ProgressToken
from app.ingest.discovery import iter_article_files
from app.ingest.parallel import FilePreparer
from app.ingest.preparation import PreparedFile, prepare_article
from app.store import Project
from app.store.documents import ArticleBatch

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
    in input order, so what is stored does not depend on `jobs`. Articles are committed a few at
    a time (`ArticleBatch`); progress counts only committed files, the report lists only committed
    articles, and Cancel commits the whole articles already written.
    """
    token = token or ProgressToken()
    files = iter_article_files(paths)
    report = ImportReport(total_files=len(files))
    staged = ImportReport()  # outcomes written but not yet committed
    written = done = 0  # files whose articles are all written / all committed

    def is_known(digest: str) -> bool:
        return project.documents.find_by_hash(digest) is not None

    def commit() -> None:
        nonlocal done
        batch.commit()
        _publish(staged, report)
        done = written

    with FilePreparer(files, token, jobs, is_known) as pool, project.documents.batch() as batch:
        try:
            for index, path in enumerate(files):
                token.check()
                if batch.pending and pool.parallel and not pool.ready(index):
                    commit()  # the writer would wait idle: do not hold the write lock meanwhile
                if not batch.pending:
                    commit()  # nothing to store: the files so far count as done
                token.report(done, len(files), path.name)
                _store_file(batch, pool.result(index), staged, token, commit)
                written = index + 1
                if batch.due():
                    commit()
        except Cancelled:
            commit()
            report.cancelled = True
            return report
        commit()
    token.report(len(files), len(files), "")
    return report


def _store_file(batch: ArticleBatch, prepared: PreparedFile, staged: ImportReport,
                token: ProgressToken, commit: Callable[[], None]) -> None:
    """Write one prepared file's articles into the open batch; duplicates are skipped."""
    if prepared.error is not None:
        staged.failed.append((prepared.path, prepared.error))
        return
    for item in prepared.articles:
        token.check()
        for warning in item.article.warnings:
            staged.warnings.append((prepared.path, warning))
        document_id = None
        if item.figures is not None:
            document_id = batch.add(item.article, item.digest, item.figures)
        if document_id is None:
            staged.duplicates.append((prepared.path, item.article.title))
        else:
            staged.imported.append((item.article.title, document_id))
        if batch.due():
            commit()  # a feed of many articles commits within the file


def _publish(staged: ImportReport, report: ImportReport) -> None:
    """Move what was just committed into the report the user sees."""
    for name in ("imported", "duplicates", "failed", "warnings"):
        getattr(report, name).extend(getattr(staged, name))
        getattr(staged, name).clear()
