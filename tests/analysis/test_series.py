import datetime as dt

import numpy as np
import pytest

from app.analysis.places import PlaceResolver
from app.analysis.reconcile import reconcile
from app.analysis.series import estimate_series, figure_series
from app.domain import Cancelled, ProgressToken

D1, D2, D3 = dt.date(2024, 3, 1), dt.date(2024, 3, 3), dt.date(2024, 3, 5)


def _seed(project, fig, add_article):
    return add_article(project, [
        fig(120, claimant="UN", place="Kharkiv", country="UA", as_of=D3, side="russia"),
        fig(100, claimant="UN", place="Kharkiv", country="UA", as_of=D1, side="russia"),
        fig(qualifier="range", low=20, high=30, claimant="police", place="kharkiv",
            country="UA", as_of=D2, side="russia"),
        fig(500, qualifier="at_least", claimant="Police", place="Kharkiv", country="UA",
            as_of=D3, hedged=True, side="ukraine"),
        fig(7, claimant="UN", place="Kharkiv", country="UA", as_of=D1, status="rejected"),
        fig(9, claimant=None, place="Kharkiv", country="UA", as_of=D1),
        fig(9000, measure="displaced", who="people", claimant="UN", place="Kharkiv",
            country="UA", as_of=D1),
        fig(50, claimant="UN", place="Bucha", country="UA", as_of=D1),
    ])


def test_series_are_numpy_arrays_one_per_claimant_in_date_order(new_project, fig, add_article):
    project = new_project()
    ids = _seed(project, fig, add_article)
    series = {s.label: s for s in figure_series(project, "killed", who="civilians",
                                                place="Kharkiv")}
    assert set(series) == {"Police", "UN", "(unattributed)"}
    un = series["UN"]
    assert un.dates.dtype == np.dtype("datetime64[D]")
    assert list(un.dates) == [np.datetime64(D1), np.datetime64(D3)]
    assert un.best.tolist() == [100, 120]
    assert un.ids.tolist() == [ids[1], ids[0]]
    assert un.ids.dtype == np.int64
    police = series["Police"]
    assert police.ids.tolist() == [ids[2], ids[3]]
    assert police.low.tolist() == [20, 500]
    assert police.best.tolist() == [25, 500]
    assert police.high[0] == 30 and np.isnan(police.high[1])
    assert police.hedged.tolist() == [False, True]
    assert un.seconds[0] == dt.datetime(2024, 3, 1, tzinfo=dt.UTC).timestamp()


def test_series_can_be_split_by_side(new_project, fig, add_article):
    project = new_project()
    _seed(project, fig, add_article)
    series = {s.label: len(s) for s in figure_series(project, "killed", place="Kharkiv",
                                                     by="side")}
    assert series == {"russia": 3, "ukraine": 1, "(no side)": 1}
    only = figure_series(project, "killed", place="Kharkiv", side="ukraine")
    assert [len(s) for s in only] == [1]


def test_reconciled_estimates_become_arrays_too(new_project, fig, add_article):
    project = new_project()
    _seed(project, fig, add_article)
    result = reconcile(project, resolver=PlaceResolver())
    key = next(k for k in result.groups() if k.level == "country" and k.who == "civilians"
               and k.side == "russia")
    arrays = estimate_series(result.series(key))
    assert list(arrays.dates) == [np.datetime64(D1), np.datetime64(D2), np.datetime64(D3)]
    assert arrays.best.tolist() == [100, 25, 120]
    assert arrays.low.tolist() == [100, 20, 120]
    assert arrays.high.tolist() == [100, 30, 120]


def test_loading_a_series_can_be_cancelled(new_project, fig, add_article):
    project = new_project()
    _seed(project, fig, add_article)
    token = ProgressToken()
    token.cancel()
    with pytest.raises(Cancelled):
        figure_series(project, "killed", token=token)
