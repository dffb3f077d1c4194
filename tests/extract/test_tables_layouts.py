"""Table and list layouts seen in news copy: dot leaders, ranges as cells, pipes, breakdowns of a total."""

import datetime as dt

from app.domain import Measure, Who

PUB = dt.date(2024, 3, 4)


def test_rows_with_dot_leaders_and_ranges_are_read(extract):
    text = ("Camp report\n"
            "Displaced people by district (county estimates, as of 1 March):\n"
            "\n"
            "Upper district ............ 41,000\n"
            "River district ............ 20,000–25,000\n"
            "Lake district ............. 9,500-11,000\n")
    figures = extract(text, PUB)
    assert [(f.value, f.low, f.high, f.measure) for f in figures] == [
        (41000, 41000, 41000, Measure.DISPLACED),
        (None, 20000, 25000, Measure.DISPLACED),
        (None, 9500, 11000, Measure.DISPLACED)]
    assert all(f.hedged for f in figures)  # the introducing line calls them estimates


def test_rows_split_by_a_pipe_under_a_line_naming_the_country_of_arrival(extract):
    text = ("Exodus report\n"
            "Arrivals recorded by the agency, by country of arrival:\n"
            "\n"
            "Poland | 31,000\n"
            "Romania | 12,500\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure, f.country) for f in figures] == [
        (31000, Measure.REFUGEES, "PL"), (12500, Measure.REFUGEES, "RO")]


def test_rows_breaking_down_a_total_take_the_totals_group(extract):
    text = ("Exodus report\n"
            "More than 800,000 people have fled to Poland and Moldova, the agency said. Some 300,000 of "
            "them are children, and 120,000 child refugees are without a parent.\n"
            "Arrivals by country:\n"
            "Poland    600,000\n"
            "Moldova   200,000\n")
    rows = extract(text, PUB)[-2:]
    assert [(f.value, f.measure, f.who) for f in rows] == [
        (600000, Measure.REFUGEES, Who.PEOPLE), (200000, Measure.REFUGEES, Who.PEOPLE)]
