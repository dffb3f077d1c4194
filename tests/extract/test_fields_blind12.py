"""as_of and since in phrasings like those of the blind-written dev articles 199–214, reworded
with other names and places."""

import datetime as dt

PUB = dt.date(2025, 11, 13)
HEADLINE = "Toll climbs after disaster\n\n"


def figures(extract, text, pub=PUB):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, pub)}


def test_a_past_event_named_by_its_year_or_month_is_dated_by_it(extract):
    text = ("Chile sits on a fault. A 2010 quake near Talca killed more than 500 people, and the March 2014 "
            "floods in the north killed more than 1,500 in Atacama alone.")
    got = figures(extract, text)
    assert (got[500].since, got[500].as_of) == (dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert (got[1500].since, got[1500].as_of) == (dt.date(2014, 3, 1), dt.date(2014, 3, 31))


def test_a_year_in_commas_after_the_event_dates_its_toll(extract):
    text = "Peru's worst recent epidemic, in 2017 and 2018, killed more than 900 people, officials said."
    got = figures(extract, text)
    assert (got[900].since, got[900].as_of) == (dt.date(2017, 1, 1), dt.date(2018, 12, 31))


def test_a_season_and_the_last_quarter_are_bounded_periods(extract):
    text = ("Storms in summer 2023 killed more than 80 people. "
            "Rebels killed 44 people in the final quarter of 2024, often by shooting.")
    got = figures(extract, text)
    assert (got[80].since, got[80].as_of) == (dt.date(2023, 6, 1), dt.date(2023, 8, 31))
    assert (got[44].since, got[44].as_of) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))


def test_a_week_between_weekday_named_days(extract):
    text = ("At least 51 people were killed in Niger in the week from Sunday, November 30, to Saturday, "
            "December 6, the monitor said.")
    got = figures(extract, text, dt.date(2025, 12, 7))
    assert (got[51].since, got[51].as_of) == (dt.date(2025, 11, 30), dt.date(2025, 12, 6))


def test_as_of_after_figures_joined_by_and_dates_them_all(extract):
    text = "The agency said 40 people have died and 92 people have been injured as of 12 May."
    got = figures(extract, text, dt.date(2025, 5, 14))
    assert got[40].as_of == dt.date(2025, 5, 12)
    assert got[92].as_of == dt.date(2025, 5, 12)
