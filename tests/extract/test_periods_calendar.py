"""Calendar periods date the figures counted over them: since the period's start, as of its end."""

import datetime as dt

import pytest

PUB = dt.date(2024, 11, 20)  # a Wednesday


def dates_of(figures):
    return [(f.since, f.as_of) for f in figures]


def test_a_year_still_running_is_as_of_publication(extract):
    (f,) = extract("Police said 1,200 people were killed in 2024.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 1, 1), PUB)


def test_last_year_is_the_whole_previous_year(extract):
    (f,) = extract("Police said 45 people were kidnapped last year.", PUB)
    assert (f.since, f.as_of) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize("period", ["so far this year", "this year so far", "since the start of the year",
                                    "since the beginning of the year", "since January"])
def test_counts_from_the_start_of_the_year(extract, period):
    (f,) = extract(f"At least 80 people have been killed {period}, police said.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 1, 1), PUB)


def test_a_past_month_ends_on_its_last_day(extract):
    (f,) = extract("Police said 45 people were killed in October.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def test_the_month_of_publication_is_as_of_publication(extract):
    (f,) = extract("Police said 45 people were killed in November.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 11, 1), PUB)


def test_a_month_last_year(extract):
    (f,) = extract("Police said 45 people were killed in October last year.", PUB)
    assert (f.since, f.as_of) == (dt.date(2023, 10, 1), dt.date(2023, 10, 31))


@pytest.mark.parametrize("period, since, as_of", [
    ("in the first half of the year", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ("in the second half of 2023", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
    ("in the third quarter of 2023", dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
])
def test_halves_and_quarters(extract, period, since, as_of):
    (f,) = extract(f"The monitor said 2,094 people were killed {period}.", PUB)
    assert (f.since, f.as_of) == (since, as_of)


@pytest.mark.parametrize("text", [
    "The 2013-2018 civil war killed an estimated 400,000 people.",
    "An estimated 400,000 people were killed during the 2013–2018 civil war.",
    "An estimated 400,000 people were killed between 2013 and 2018, the report said.",
    "An estimated 400,000 people were killed from 2013 to 2018.",
    "The 2013-18 war killed an estimated 400,000 people.",
])
def test_a_span_of_years_dates_the_figure_and_is_no_figure(extract, text):
    (f,) = extract(text, PUB)
    assert f.low == 400_000
    assert (f.since, f.as_of) == (dt.date(2013, 1, 1), dt.date(2018, 12, 31))


def test_the_year_of_a_war(extract):
    (f,) = extract("Some 2,200 Palestinians were killed in the 2014 war.", PUB)
    assert (f.since, f.as_of) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))


def test_a_range_of_people_in_year_like_numbers_is_still_a_figure(extract):
    (f,) = extract("Between 1950 and 2000 people fled the town.", PUB)
    assert (f.low, f.high, f.since) == (1950, 2000, None)


def test_a_period_opening_the_sentence_dates_its_figures(extract):
    figures = extract("Last year, 1,200 people were killed and 3,400 injured, the UN said.", PUB)
    assert dates_of(figures) == [(dt.date(2023, 1, 1), dt.date(2023, 12, 31))] * 2


def test_a_period_after_a_list_of_figures_dates_them_all(extract):
    text = ("The office recorded 846 homicides, 393 people wounded by gunfire and 395 people kidnapped "
            "between January and March.")
    assert dates_of(extract(text, PUB)) == [(dt.date(2024, 1, 1), dt.date(2024, 3, 31))] * 3


def test_the_month_of_one_event_is_the_day_of_the_event(extract):
    (f,) = extract("In July an explosion at the camp killed 53 prisoners.", PUB)
    assert (f.since, f.as_of) == (None, PUB)
    (f,) = extract("A fire in March left some 12,000 people homeless, officials said.", PUB)
    assert (f.since, f.as_of) == (None, PUB)


def test_by_the_end_of_a_month(extract):
    (f,) = extract("The toll had reached 300 by the end of August.", PUB)
    assert f.as_of == dt.date(2024, 8, 31)
    (f,) = extract("Some 5,000 people were displaced through the end of June 2023.", PUB)
    assert f.as_of == dt.date(2023, 6, 30)


def test_an_open_start_and_an_end_make_one_period(extract):
    (f,) = extract("At least 300 people were killed from January through the end of June.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_the_past_week_gives_no_start(extract):
    (f,) = extract("In the past week, 40 people were killed, police said.", PUB)
    assert (f.since, f.as_of) == (None, PUB)


def test_since_the_end_of_a_month_is_vague(extract):
    (f,) = extract("Since the end of April, vigilantes have killed some 264 suspected gang members.", PUB)
    assert f.since is None


def test_the_month_a_count_began_is_its_start_not_its_end(extract):
    (f,) = extract("Doctors said some 1,200 patients had died since the siege began in June 2021.", PUB)
    assert (f.since, f.as_of) == (dt.date(2021, 6, 1), PUB)


def test_between_two_days(extract):
    (f,) = extract("At least 300 people were killed between October 7 and November 10.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 10, 7), dt.date(2024, 11, 10))


def test_last_month_is_the_whole_previous_month(extract):
    (f,) = extract("Police said 45 people were killed last month.", PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def test_since_the_year_of_an_uprising_is_an_open_count(extract):
    (f,) = extract("Some 500,000 people have been killed since the 2011 uprising.", PUB)
    assert (f.since, f.as_of) == (dt.date(2011, 1, 1), PUB)


def test_by_the_end_of_last_year(extract):
    (f,) = extract("The toll had reached 900 by the end of last year.", PUB)
    assert (f.since, f.as_of) == (None, dt.date(2023, 12, 31))


def test_a_table_introduced_for_a_month_is_that_months(extract):
    text = ("Monthly report\n\nThe monitor's breakdown by province for February:\n"
            "Province | Killed | Injured\nNarathiwat | 6 | 11\nPattani | 4 | 7\nTotal | 10 | 18\n")
    figures = extract(text, dt.date(2025, 3, 6))
    assert {(f.as_of, f.since) for f in figures} == {(dt.date(2025, 2, 28), dt.date(2025, 2, 1))}


def test_a_date_a_month_is_set_for_is_no_period(extract):
    figures = extract("Elections are set for May 5, officials said, after 12 people were killed.",
                      dt.date(2025, 3, 6))
    assert [(f.as_of, f.since) for f in figures] == [(dt.date(2025, 3, 6), None)]


def test_a_fact_box_line_with_its_own_start_and_a_qualified_figure(extract):
    text = ("Key figures\n\nFigures from OCHA's situation report of February 18, 2025:\n\n"
            "Newly displaced in South Kivu since January 1: about 350,000\n"
            "Killed in Bukavu and surrounding areas: at least 180\n"
            "Health facilities damaged or looted: 23\n"
            "People in need of humanitarian assistance: 2.3 million\n")
    found = {f.value: (f.measure.value, f.low, f.as_of, f.since, f.claimant)
             for f in extract(text, dt.date(2025, 2, 20))}
    assert found[350000] == ("displaced", 350000, dt.date(2025, 2, 18), dt.date(2025, 1, 1), "OCHA")
    assert found[180][:3] == ("killed", 180, dt.date(2025, 2, 18))
    assert 23 not in found and 2300000 not in found
