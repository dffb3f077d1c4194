"""XLSX workbook (openpyxl, write-only so large exports stream): Figures, Reconciled, Sources.

Every text cell is written as a string cell, so "=SUM(A1)" in a sentence shows as text and never
runs; numbers stay numbers and dates are real date cells. Headers are bold and frozen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.domain import ProgressToken
from app.export.common import (
    ESTIMATE_HEADERS,
    FIGURE_HEADERS,
    EstimateLike,
    StatusPolicy,
    atomic_output,
    estimate_row,
    iter_figure_rows,
    plain_number,
    source_rows,
)
from app.store.figure_query import FigureFilter

MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
SOURCE_HEADERS = ("document_id", "article", "publisher", "published", "url", "figures")
_WIDTHS = {
    "id": 8, "value": 10, "low": 10, "high": 10, "qualifier": 13, "measure": 11, "who": 10,
    "side": 12, "claimant": 24, "hedged": 8, "disputed_by": 16, "place": 20, "country": 8,
    "lat": 9, "lon": 9, "as_of": 11, "since": 11, "status": 11, "confidence": 10,
    "article": 40, "publisher": 20, "published": 11, "url": 40, "sentence": 80, "parts_of": 9,
    "document_id": 11, "level": 9, "place_id": 16, "admin1": 8, "date": 11, "best": 10,
    "basis": 14, "rule": 60, "claimants": 30, "best_ids": 14, "low_ids": 14, "high_ids": 14,
    "figure_ids": 24, "figures": 9,
}
_BOLD = Font(bold=True)


def _sheet(book: Workbook, title: str, headers: Sequence[str]) -> Any:
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for i, name in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(name, 14)
    header = []
    for name in headers:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = _BOLD
        header.append(cell)
    sheet.append(header)
    return sheet


def xlsx_cell(sheet: Any, value):
    """A value as a cell: text always a string cell (never a formula), dates as date cells.

    openpyxl stores plain text and dates as they should be on its own; only text that starts
    with "=" needs an explicit string cell, which keeps large exports fast."""
    if value is None or isinstance(value, (bool, dt.date)):
        return value
    if isinstance(value, (int, float)):
        return plain_number(value)
    text = str(value)
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT]
    if not text.startswith("="):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def _append_all(sheet: Any, rows: Iterable[Sequence]) -> int:
    count = 0
    for row in rows:
        sheet.append([xlsx_cell(sheet, v) for v in row])
        count += 1
    return count


def export_xlsx(project, path: str | os.PathLike[str], spec: FigureFilter = FigureFilter(),
                token: ProgressToken | None = None, *,
                status: StatusPolicy = StatusPolicy.NOT_REJECTED,
                estimates: Iterable[EstimateLike] | None = None) -> int:
    """Write the workbook; `estimates` (from app.analysis.reconcile) fill the Reconciled sheet,
    which is left with its header only when none are given. Returns the number of figures."""
    book = Workbook(write_only=True)
    try:
        figures_sheet = _sheet(book, "Figures", FIGURE_HEADERS)
        count = _append_all(figures_sheet, iter_figure_rows(project, spec, status, token))
        reconciled = _sheet(book, "Reconciled", ESTIMATE_HEADERS)
        _append_all(reconciled, (estimate_row(e) for e in estimates or ()))
        sources = _sheet(book, "Sources", SOURCE_HEADERS)
        _append_all(sources, source_rows(project, spec, status))
        if token is not None:
            token.report(count, count, "Saving the workbook")
            token.check()
    except BaseException:
        _discard(book)
        raise
    with atomic_output(path) as temp:
        book.save(temp)
    return count


def _discard(book: Workbook) -> None:
    """Close the half-written sheets and delete openpyxl's temporary files for them."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()
