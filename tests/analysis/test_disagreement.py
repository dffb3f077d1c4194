import datetime as dt
import math

import pytest

from app.analysis.disagreement import find_contested, gap_ratio
from app.analysis.places import PlaceResolver

D1 = dt.date(2024, 3, 1)


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def _kharkiv(fig, value, claimant, days=0, **kw):
    return fig(value, claimant=claimant, place="Kharkiv", country="UA",
               as_of=D1 + dt.timedelta(days=days), **kw)


def test_claimants_differing_by_more_than_the_factor_are_contested(new_project, fig, add_article,
                                                                   resolver):
    project = new_project()
    ids = add_article(project, [_kharkiv(fig, 300, "governor"), _kharkiv(fig, 500, "UN", days=3)])
    (group,) = find_contested(project, resolver=resolver)
    assert group.key.place_id.startswith("UA.07:")
    assert [c.figure_id for c in group.claims] == ids
    assert [(c.claimant, c.value, c.date) for c in group.claims] == [
        ("governor", 300, D1), ("UN", 500, D1 + dt.timedelta(days=3))]
    assert group.claims[0].sentence
    assert group.max_ratio == pytest.approx(500 / 300)
    assert "factor of 1.67" in group.reasons[0]


def test_figures_within_the_factor_are_not_contested(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [_kharkiv(fig, 300, "governor"), _kharkiv(fig, 400, "UN")])
    assert find_contested(project, resolver=resolver) == []


def test_figures_outside_the_date_window_are_not_compared(new_project, fig, add_article,
                                                          resolver):
    project = new_project()
    add_article(project, [_kharkiv(fig, 100, "governor"), _kharkiv(fig, 500, "UN", days=8)])
    assert find_contested(project, resolver=resolver) == []
    assert len(find_contested(project, window_days=10, resolver=resolver)) == 1


def test_the_factor_is_configurable(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [_kharkiv(fig, 300, "governor"), _kharkiv(fig, 500, "UN")])
    assert find_contested(project, factor=2.0, resolver=resolver) == []


def test_a_rising_toll_from_one_claimant_is_not_a_disagreement(new_project, fig, add_article,
                                                               resolver):
    project = new_project()
    add_article(project, [_kharkiv(fig, 100, "UN"), _kharkiv(fig, 400, "UN", days=2)])
    assert find_contested(project, resolver=resolver) == []


def test_an_at_least_claim_conflicts_only_with_values_below_it(new_project, fig, add_article,
                                                               resolver):
    project = new_project()
    a, b = add_article(project, [_kharkiv(fig, 500, "A", qualifier="at_least"),
                                 _kharkiv(fig, 1000, "B")])
    assert find_contested(project, resolver=resolver) == []
    (c,) = add_article(project, [_kharkiv(fig, 300, "C")])
    (group,) = find_contested(project, resolver=resolver)
    assert {frozenset((x.first_id, x.second_id)) for x in group.conflicts} == {
        frozenset((a, c)), frozenset((b, c))}


def test_a_denied_claim_marks_its_group_contested(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [fig(18900, claimant="Ukraine", disputed_by="Moscow",
                                    who="soldiers", country="UA", as_of=D1)])
    (group,) = find_contested(project, resolver=resolver)
    assert group.denied
    assert group.conflicts == ()
    assert [c.figure_id for c in group.claims] == ids
    assert "denied by Moscow" in group.reasons[0]


def test_rejected_figures_are_not_contested(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [_kharkiv(fig, 300, "governor"),
                          _kharkiv(fig, 5000, "troll", status="rejected")])
    assert find_contested(project, resolver=resolver) == []


def test_tallies_counted_from_different_starts_are_not_compared(new_project, fig, add_article,
                                                                resolver):
    project = new_project()
    add_article(project, [
        _kharkiv(fig, 18900, "A", since=dt.date(2022, 2, 24)),
        _kharkiv(fig, 500, "B", since=dt.date(2024, 2, 1)),
    ])
    assert find_contested(project, resolver=resolver) == []


def test_a_subset_is_not_compared_with_its_parent(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [fig(5000, claimant="UN", country="UA", as_of=D1, local_id=1)])
    add_article(project, [fig(5000, claimant="UN", country="UA", as_of=D1, local_id=1),
                          fig(1200, claimant="OHCHR", country="UA", as_of=D1, local_id=2,
                              parts_of=1)])
    assert find_contested(project, resolver=resolver) == []


def test_gap_ratio_of_intervals():
    assert gap_ratio((300, 300), (500, 500)) == pytest.approx(5 / 3)
    assert gap_ratio((500, math.inf), (1000, 1000)) == 1.0
    assert gap_ratio((0, 0), (3, 3)) == math.inf
    assert gap_ratio((20, 30), (25, 25)) == 1.0
