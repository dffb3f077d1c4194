"""Properties of the low/best/high rule that hold for any mix of claims."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.claims import Claim
from app.analysis.estimates import GroupKey, estimate_from_claims
from app.analysis.places import Location

KEY = GroupKey("killed", "civilians", None, "town", "UA.07:1")
WHERE = Location("town", "UA.07:1", "Kharkiv", "UA", "07")
DAY = dt.date(2024, 3, 1)
QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "at_most", "less_than",
              "range", "vague"]


@st.composite
def claims(draw):
    out = []
    for i in range(draw(st.integers(1, 8))):
        qualifier = draw(st.sampled_from(QUALIFIERS))
        a, b = sorted(draw(st.lists(st.integers(0, 10_000), min_size=2, max_size=2)))
        value, low, high = {
            "range": (None, a, b), "vague": (None, a, None),
            "at_least": (a, a, None), "more_than": (a, a, None),
            "at_most": (a, None, a), "less_than": (a, None, a),
        }.get(qualifier, (a, a, a))
        out.append(Claim(
            id=i + 1, value=value, low=low, high=high, qualifier=qualifier, measure="killed",
            who="civilians", side=None, claimant=draw(st.sampled_from(["A", "B", "C", None])),
            hedged=draw(st.booleans()), disputed_by=draw(st.sampled_from([None, "X"])),
            place="Kharkiv", country="UA", lat=None, lon=None, as_of=DAY, since=None,
            status=draw(st.sampled_from(["unreviewed", "confirmed", "edited"])), parts_of=None,
            document_id=draw(st.integers(1, 3)), sentence="", published=DAY, article="a",
        ))
    return out


@settings(max_examples=300, deadline=None)
@given(claims())
def test_low_best_high_are_ordered_and_traced_to_figures(group):
    estimate = estimate_from_claims(KEY, WHERE, DAY, group)
    numbers = [n for n in (estimate.low, estimate.best, estimate.high) if n is not None]
    assert numbers == sorted(numbers)
    fed = set(estimate.figure_ids)
    assert fed <= {c.id for c in group}
    for ids, number in ((estimate.low_ids, estimate.low), (estimate.best_ids, estimate.best),
                        (estimate.high_ids, estimate.high)):
        assert set(ids) <= fed
        assert bool(ids) == (number is not None)


@settings(max_examples=200, deadline=None)
@given(claims())
def test_best_is_a_number_some_figure_stated(group):
    estimate = estimate_from_claims(KEY, WHERE, DAY, group)
    if estimate.best is not None:
        stated = {v for c in group for v in (c.value, c.low, c.high, c.point()) if v is not None}
        assert estimate.best in stated
