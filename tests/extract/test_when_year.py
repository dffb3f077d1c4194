"""A year followed by ", when …" dates the figures of the when-clause: that year's."""

import datetime as dt

PUB = dt.date(2025, 6, 12)


def test_since_a_year_when_clause_takes_that_year(extract):
    text = ("Curfew in Kolda\n\nAnger has simmered since 2019, when a similar crackdown left 9 protesters dead.")
    (f,) = extract(text, PUB)
    assert (f.value, f.as_of, f.since) == (9, dt.date(2019, 12, 31), dt.date(2019, 1, 1))
