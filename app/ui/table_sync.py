"""After an edit: does the figures table need its query re-run, or can the changed rows simply
be repainted, or dropped because they no longer match the filter?"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.store.figure_query import FigureRow
from app.ui.models.figure_model import FigureTableModel

# Which figure fields each part of a filter, or each sort column, depends on.
FILTER_FIELDS = {"measures": {"measure"}, "who": {"who"}, "statuses": {"status"},
                 "place": {"place"}, "claimant": {"claimant"}, "date_from": {"as_of"},
                 "date_to": {"as_of"}, "text": {"claimant", "place"}}
SORT_FIELDS = {"range": {"low", "high"}, "article": set()}
# Filter parts a changed row can be checked against exactly, without asking the database.
EXACT_FILTERS = {"measures": "measure", "who": "who", "statuses": "status"}


def _sort_fields(model: FigureTableModel) -> set[str]:
    sort, _descending = model.sort_key
    return SORT_FIELDS.get(sort, {sort})


def can_move_rows(model: FigureTableModel, fields: set[str]) -> bool:
    """Whether changing these fields can move rows or take them out: they are sorted or
    filtered on."""
    spec = model.filter
    return bool(fields & _sort_fields(model)) or any(
        getattr(spec, part) and fields & names for part, names in FILTER_FIELDS.items())


def rows_leaving(model: FigureTableModel, load: Callable[[list[int]], Mapping[int, FigureRow]],
                 ids: Sequence[int], fields: set[str]) -> list[int] | None:
    """The changed figures (shown now) that no longer match the filter, when the rows alone
    tell (a verdict under a status filter); None when only re-running the query can."""
    spec = model.filter
    inexact = {name for part, names in FILTER_FIELDS.items()
               if part not in EXACT_FILTERS and getattr(spec, part) for name in names}
    if fields & (inexact | _sort_fields(model)):
        return None
    shown = {model.figure_id(row) for row in model.rows_of(ids)}
    rows = load(list(ids))
    leaving = []
    for figure_id in ids:
        row = rows.get(figure_id)
        matches = row is not None and all(
            getattr(row, name) in getattr(spec, part)
            for part, name in EXACT_FILTERS.items() if getattr(spec, part))
        if matches and figure_id not in shown:
            return None  # it joins the table somewhere: only the query knows where
        if not matches and figure_id in shown:
            leaving.append(figure_id)
    return leaving
