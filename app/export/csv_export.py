"""CSV of figures with provenance columns (UTF-8 with a byte-order mark, so Excel reads accents)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable

from app.domain import ProgressToken
from app.export.common import (
    FIGURE_HEADERS,
    StatusPolicy,
    atomic_output,
    escape_formula,
    iter_figure_rows,
    plain_number,
)
from app.store.figure_query import FigureFilter

ENCODING = "utf-8-sig"


def csv_cell(value) -> str | int | float:
    """A value as CSV text: numbers stay numbers (a real -2 is not escaped), dates in ISO form,
    booleans as true/false, text defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return plain_number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return escape_formula(str(value))


def write_csv_rows(handle, header_rows: Iterable[Iterable[str]], rows: Iterable[Iterable]) -> int:
    writer = csv.writer(handle, lineterminator="\r\n")
    for header in header_rows:
        writer.writerow([escape_formula(h) if not h.startswith("#") else h for h in header])
    count = 0
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
        count += 1
    return count


def export_csv(project, path: str | os.PathLike[str], spec: FigureFilter = FigureFilter(),
               token: ProgressToken | None = None, *,
               status: StatusPolicy = StatusPolicy.NOT_REJECTED) -> int:
    """Write the figures matching `spec` (rejected ones left out by default); returns how many."""
    with atomic_output(path) as temp, open(temp, "w", encoding=ENCODING, newline="") as handle:
        return write_csv_rows(handle, [FIGURE_HEADERS],
                              iter_figure_rows(project, spec, status, token))
