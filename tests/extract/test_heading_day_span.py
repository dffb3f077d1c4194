"""A table's heading that gives the days it covers joined by a dash ("(5 February – 2 March 2025)")
dates its rows: as of the last day, since the first, not as of the first day written."""

import datetime as dt

PUB = dt.date(2025, 3, 3)


def test_rows_under_a_dash_joined_span_of_days(extract):
    text = ("Cholera bulletin No. 12\n\n"
            "DEATHS BY DISTRICT (5 February – 2 March 2025)\n"
            "District | Deaths\n"
            "Chitipa | 7\n"
            "Karonga | 11\n")
    figures = [(f.value, f.as_of, f.since) for f in extract(text, PUB)]
    assert figures == [(7, dt.date(2025, 3, 2), dt.date(2025, 2, 5)),
                       (11, dt.date(2025, 3, 2), dt.date(2025, 2, 5))]


def test_a_span_in_brackets_after_a_count(extract):
    text = "The ministry recorded 23 deaths from the outbreak (28 January – 24 February 2025)."
    (figure,) = extract(text, PUB)
    assert (figure.as_of, figure.since) == (dt.date(2025, 2, 24), dt.date(2025, 1, 28))
