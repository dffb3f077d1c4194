"""Tools ▸ Re-extract: run the current extractor again over stored articles, keeping human work.

Each article is one transaction; figures a person confirmed, edited, rejected or added stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import ProgressToken
from app.extract import EXTRACTOR_VERSION, extract_figures
from app.store import Project
from app.store.figure_edits import replace_extracted
from app.store.schema import documents


@dataclass(slots=True)
class ReextractReport:
    articles: int = 0
    figures_kept: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        text = (f"Re-extracted {self.articles} article(s) with extractor {EXTRACTOR_VERSION}; "
                f"{self.figures_kept} reviewed or hand-made figure(s) kept.")
        return text + (" Cancelled." if self.cancelled else "")


def reextract_documents(
    project: Project, document_ids: Sequence[int] | None = None, token: ProgressToken | None = None
) -> ReextractReport:
    token = token or ProgressToken()
    with project.engine.connect() as conn:
        query = select(documents.c.id).order_by(documents.c.id)
        if document_ids is not None:
            query = query.where(documents.c.id.in_(list(document_ids)))
        ids = list(conn.scalars(query))
    report = ReextractReport()
    for index, document_id in enumerate(ids):
        if token.cancelled:
            report.cancelled = True
            break
        document = project.documents.get(document_id)
        if document is None:
            continue
        token.report(index, len(ids), document.title)
        found = extract_figures(document.text, document.published, document.title)
        for figure in found:
            figure.extractor_version = EXTRACTOR_VERSION
        with project.engine.begin() as conn:
            report.figures_kept += replace_extracted(conn, document_id, found)
        report.articles += 1
    else:
        token.report(len(ids), len(ids), "")
    return report
