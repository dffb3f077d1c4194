"""A month named without a day is a bounded period: "in May" (capitalised, after its preposition,
so not the verb) runs to the month's last day, and so does "as of March 2023"."""

import datetime as dt

PUB = dt.date(2025, 8, 12)


def dates(extract, text):
    return [(f.as_of, f.since) for f in extract(text, PUB)]


def test_in_may_is_the_month(extract):
    text = "In May, militiamen abducted 23 farmers on the road to the market, a local monitor said."
    assert dates(extract, text) == [(dt.date(2025, 5, 31), dt.date(2025, 5, 1))]


def test_may_the_verb_is_no_period(extract):
    text = "Officials said the toll may rise above 40 dead as rescuers reach the valley."
    assert dates(extract, text)[0][1] is None


def test_as_of_a_month_and_year_is_its_last_day(extract):
    text = "The agency counted 61,000 displaced people as of February 2024."
    assert dates(extract, text) == [(dt.date(2024, 2, 29), None)]


def test_a_bulletins_reporting_period_dates_its_figures(extract):
    text = ("Monthly protection bulletin\n\n"
            "JUBA, 3 August 2025 — Protection Cluster | Bulletin No. 7 | Reporting period: 1–31 July\n\n"
            "At least 41 civilians were killed and 18 abducted in Jonglei. Another 2,300 people were "
            "displaced from Pibor county.")
    found = extract(text, PUB)
    assert {f.as_of for f in found} == {dt.date(2025, 7, 31)}
    assert {f.since for f in found} == {dt.date(2025, 7, 1)}  # the period's first day


def test_since_the_start_of_a_season_in_a_month_is_a_start_only(extract):
    text = "Rains have killed 61 people since the start of the monsoon season in June, the agency said."
    assert dates(extract, text) == [(PUB, dt.date(2025, 6, 1))]


def test_an_earlier_toll_reported_on_a_day(extract):
    text = "The toll rose to 31, up from 18 reported on Sunday, the governor's office said."
    assert dates(extract, text) == [(PUB, None), (dt.date(2025, 8, 10), None)]
