import datetime as dt

import pytest

from app.analysis.estimates import SUM_OF_PLACES
from app.analysis.places import PlaceResolver
from app.analysis.reconcile import reconcile
from app.store.figure_query import FigureFilter

D1, D2, D3 = dt.date(2024, 3, 1), dt.date(2024, 3, 3), dt.date(2024, 3, 5)


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def _only(result, level="town", measure="killed", who="civilians", date=None):
    found = [e for e in result.estimates if e.key.level == level and e.key.measure == measure
             and e.key.who == who and (date is None or e.date == date)]
    assert len(found) == 1, found
    return found[0]


def test_best_is_the_median_of_exact_claims_from_distinct_claimants(new_project, fig, add_article,
                                                                   resolver):
    project = new_project()
    ids = add_article(project, [
        fig(100, claimant="police", place="Kharkiv", country="UA", as_of=D1),
        fig(120, claimant="governor", place="Kharkiv", country="UA", as_of=D1),
        fig(300, claimant="UN", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (100, 120, 300)
    assert est.best_ids == (ids[1],)
    assert est.low_ids == (ids[0],)
    assert est.high_ids == (ids[2],)
    assert est.figure_ids == tuple(ids)
    assert "median of 3 exact claims" in est.rule


def test_a_claimant_repeated_by_several_outlets_counts_once(new_project, fig, add_article,
                                                            resolver):
    project = new_project()
    add_article(project, [fig(100, claimant="Police", place="Kharkiv", country="UA", as_of=D1)])
    add_article(project, [fig(100, claimant="police", place="Kharkiv", country="UA", as_of=D1)])
    add_article(project, [fig(200, claimant="governor", place="Kharkiv", country="UA", as_of=D1),
                          fig(210, claimant="UN", place="Kharkiv", country="UA", as_of=D1)])
    assert _only(reconcile(project, resolver=resolver)).best == 200


def test_a_claimants_latest_article_supersedes_its_earlier_one_at_the_same_date(
        new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [fig(100, claimant="police", place="Kharkiv", country="UA", as_of=D1)],
                published=D1)
    newer = add_article(project, [fig(140, claimant="police", place="Kharkiv", country="UA",
                                      as_of=D1)], published=D2)
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (140, 140, 140)
    assert est.figure_ids == tuple(newer)


def test_exact_figures_outrank_approximate_ones_for_best(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(100, claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(500, qualifier="approximately", claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (100, 100, 500)


def test_a_range_contributes_its_low_and_high(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(qualifier="range", low=20, high=30, claimant="A", place="Bucha", country="UA",
            as_of=D1),
        fig(25, claimant="B", place="Bucha", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (20, 25, 30)


def test_a_range_alone_gives_its_midpoint_as_best(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [fig(qualifier="range", low=20, high=30, claimant="A",
                                    place="Bucha", country="UA", as_of=D1)])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (20, 25, 30)
    assert est.best_ids == est.low_ids == est.high_ids == tuple(ids)


def test_at_least_is_a_floor_for_best_and_feeds_low(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [
        fig(300, claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(500, qualifier="at_least", claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (300, 500, 500)
    assert est.best_ids == (ids[1],)
    assert "floor" in est.rule


def test_at_most_only_raises_high(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(40, claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(100, qualifier="at_most", claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (40, 40, 100)


def test_vague_figures_only_feed_low(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(200, qualifier="vague", claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(350, claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (200, 350, 350)


def test_hedged_claims_feed_high_but_not_best_or_low(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [
        fig(100, claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(1000, claimant="B", hedged=True, place="Kharkiv", country="UA", as_of=D1),
        fig(10, claimant="C", hedged=True, place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (100, 100, 1000)
    assert est.high_ids == (ids[1],)


def test_denied_claims_are_not_best_when_an_undisputed_one_exists(new_project, fig, add_article,
                                                                 resolver):
    project = new_project()
    add_article(project, [
        fig(18900, claimant="Ukraine", disputed_by="Moscow", who="soldiers", country="UA",
            as_of=D1),
        fig(6000, claimant="Russia", who="soldiers", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver), level="country", who="soldiers")
    assert (est.low, est.best, est.high) == (6000, 6000, 18900)


def test_only_hedged_claims_still_give_an_estimate_and_say_so(new_project, fig, add_article,
                                                             resolver):
    project = new_project()
    add_article(project, [fig(50, claimant="A", hedged=True, place="Bucha", country="UA",
                              as_of=D1)])
    est = _only(reconcile(project, resolver=resolver))
    assert est.best == 50
    assert "only hedged or denied" in est.rule


def test_rejected_figures_never_count(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [
        fig(100, claimant="A", status="rejected", place="Kharkiv", country="UA", as_of=D1),
        fig(50, claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    result = reconcile(project, resolver=resolver)
    est = _only(result)
    assert (est.low, est.best, est.high) == (50, 50, 50)
    assert ids[0] not in result.by_id()


def test_reviewed_figures_are_preferred_over_unreviewed_ones(new_project, fig, add_article,
                                                            resolver):
    project = new_project()
    ids = add_article(project, [
        fig(100, claimant="A", place="Kharkiv", country="UA", as_of=D1),
        fig(80, claimant="B", status="confirmed", place="Kharkiv", country="UA", as_of=D1),
        fig(90, claimant="C", status="edited", place="Kharkiv", country="UA", as_of=D1),
    ])
    est = _only(reconcile(project, resolver=resolver))
    assert (est.low, est.best, est.high) == (80, 80, 90)
    assert est.figure_ids == tuple(ids[1:])
    assert "reviewed figures preferred" in est.rule


def test_cumulative_tallies_form_a_series_and_are_never_summed(new_project, fig, add_article,
                                                             resolver):
    project = new_project()
    since = dt.date(2022, 2, 24)
    add_article(project, [fig(18900, qualifier="at_least", claimant="Ukraine", who="soldiers",
                              side="russia", country="UA", as_of=D1, since=since)])
    add_article(project, [fig(19000, qualifier="at_least", claimant="Ukraine", who="soldiers",
                              side="russia", country="UA", as_of=D3, since=since)])
    result = reconcile(project, resolver=resolver)
    (key,) = result.groups()
    series = result.series(key)
    assert [(e.date, e.best) for e in series] == [(D1, 18900), (D3, 19000)]
    assert all(e.cumulative and e.since == since for e in series)
    assert result.latest(key).best == 19000


def test_a_subset_is_never_added_to_its_parent(new_project, fig, add_article, resolver):
    project = new_project()
    ids = add_article(project, [
        fig(5000, claimant="UN", country="UA", as_of=D1, local_id=1),
        fig(210, claimant="UN", who="children", country="UA", as_of=D1, local_id=2, parts_of=1),
        fig(1200, claimant="UN", country="UA", as_of=D1, local_id=3, parts_of=1),
    ])
    result = reconcile(project, resolver=resolver)
    civilians = _only(result, level="country")
    assert (civilians.low, civilians.best, civilians.high) == (5000, 5000, 5000)
    assert civilians.figure_ids == (ids[0],)
    children = _only(result, level="country", who="children")
    assert children.best == 210


def test_children_never_roll_into_a_civilians_total(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(30, who="children", claimant="A", place="Bucha", country="UA", as_of=D1),
        fig(100, claimant="A", place="Kharkiv", country="UA", as_of=D1),
    ])
    result = reconcile(project, resolver=resolver)
    assert _only(result, level="country").best == 100
    assert _only(result, level="country", who="children").best == 30


def test_country_claims_are_used_instead_of_summing_towns(new_project, fig, add_article,
                                                          resolver):
    project = new_project()
    ids = add_article(project, [
        fig(30, claimant="A", place="Bucha", country="UA", as_of=D1),
        fig(50, claimant="B", place="Kharkiv", country="UA", as_of=D1),
        fig(5000, claimant="UN", place="Ukraine", country="UA", as_of=D1),
    ])
    country = _only(reconcile(project, resolver=resolver), level="country")
    assert country.best == 5000
    assert country.basis == "claims"
    assert country.figure_ids == (ids[2],)


def test_without_country_claims_the_latest_town_estimates_are_summed(new_project, fig,
                                                                     add_article, resolver):
    project = new_project()
    ids = add_article(project, [
        fig(30, claimant="A", place="Bucha", country="UA", as_of=D1),
        fig(50, claimant="B", place="Kharkiv", country="UA", as_of=D2),
        fig(40, claimant="A", place="Bucha", country="UA", as_of=D3),
        fig(900, claimant="C", place="Ukraine", country="UA", as_of=dt.date(2024, 3, 9)),
    ])
    result = reconcile(project, resolver=resolver)
    country = {e.date: e for e in result.at_level("country")}
    assert [(d, e.best, e.basis) for d, e in sorted(country.items())] == [
        (D1, 30, SUM_OF_PLACES), (D2, 80, SUM_OF_PLACES), (D3, 90, SUM_OF_PLACES),
        (dt.date(2024, 3, 9), 900, "claims"),
    ]
    assert country[D3].best_ids == (ids[1], ids[2])
    assert "sum of the latest estimates of 2 place(s)" in country[D3].rule
    regions = {e.key.place_id for e in result.at_level("region")}
    assert regions == {"UA.13", "UA.07"}


def test_a_region_claim_stands_for_its_towns_in_the_country_sum(new_project, fig, add_article,
                                                               resolver):
    project = new_project()
    add_article(project, [
        fig(300, claimant="governor", place="Kharkiv region", country="UA", as_of=D1),
        fig(120, claimant="mayor", place="Kharkiv", country="UA", as_of=D1),
        fig(30, claimant="A", place="Bucha", country="UA", as_of=D1),
    ])
    result = reconcile(project, resolver=resolver)
    region = [e for e in result.at_level("region") if e.key.place_id == "UA.07"]
    assert [(e.best, e.basis) for e in region] == [(300, "claims")]
    assert region[0].location.name == "Kharkiv region"
    assert _only(result, level="country").best == 330


def test_named_regions_without_admin1_are_not_added_into_sums(new_project, fig, add_article,
                                                              resolver):
    project = new_project()
    add_article(project, [
        fig(1000, claimant="A", place="Donbas", country="UA", as_of=D1),
        fig(200, claimant="B", place="Mariupol", country="UA", as_of=D1),
    ])
    result = reconcile(project, resolver=resolver)
    assert _only(result, level="country").best == 200
    donbas = [e for e in result.at_level("region") if e.location.name == "Donbas"]
    assert [e.best for e in donbas] == [1000]


def test_summing_places_can_be_turned_off(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [fig(30, claimant="A", place="Bucha", country="UA", as_of=D1),
                          fig(50, claimant="B", place="Kharkiv", country="UA", as_of=D1)])
    result = reconcile(project, sum_places=False, resolver=resolver)
    assert {e.key.level for e in result.estimates} == {"town"}


def test_reconciliation_follows_the_table_filter(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [fig(30, claimant="A", place="Bucha", country="UA", as_of=D1),
                          fig(700, measure="displaced", who="people", claimant="B",
                              place="Bucha", country="UA", as_of=D1)])
    result = reconcile(project, FigureFilter(measures=("displaced",)), resolver=resolver)
    assert {e.key.measure for e in result.estimates} == {"displaced"}


def test_figures_without_an_as_of_date_use_their_articles_date(new_project, fig, add_article,
                                                               resolver):
    project = new_project()
    add_article(project, [fig(30, claimant="A", place="Bucha", country="UA")], published=D2)
    assert _only(reconcile(project, resolver=resolver)).date == D2


def test_places_without_a_best_estimate_are_left_out_of_sums(new_project, fig, add_article,
                                                             resolver):
    project = new_project()
    add_article(project, [
        fig(200, qualifier="vague", claimant="A", place="Bucha", country="UA", as_of=D1),
        fig(10, claimant="B", place="Kharkiv", country="UA", as_of=D1),
    ])
    result = reconcile(project, resolver=resolver)
    country = _only(result, level="country")
    assert (country.low, country.best, country.high) == (10, 10, 10)
    assert {e.key.place_id for e in result.at_level("region")} == {"UA.07"}


def test_a_sum_names_the_places_it_left_out(new_project, fig, add_article, resolver):
    project = new_project()
    add_article(project, [
        fig(200, qualifier="vague", claimant="A", place="Kharkiv region", country="UA",
            as_of=D1),
        fig(10, claimant="B", place="Bucha", country="UA", as_of=D1),
    ])
    country = _only(reconcile(project, resolver=resolver), level="country")
    assert country.best == 10
    assert "left out for want of a best estimate: Kharkiv region" in country.rule
