"""Bounded periods set as_of to their end and since to their start; month starts are the 1st."""

import datetime as dt

PUB = dt.date(2023, 7, 28)


def test_between_months_is_a_bounded_period(extract):
    (f,) = extract("The UN said at least 539 people had been kidnapped between January and June.", PUB)
    assert (f.since, f.as_of) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))


def test_a_whole_year_is_a_bounded_period(extract):
    (f,) = extract("Police said 1,359 people were kidnapped in 2022.", PUB)
    assert (f.since, f.as_of) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_since_a_month_starts_on_the_first(extract):
    (f,) = extract("The agency said at least 435 children had been killed across Sudan since April.", PUB)
    assert f.since == dt.date(2023, 4, 1) and f.as_of == PUB


def test_since_mid_month_is_too_vague_for_a_date(extract):
    (f,) = extract("The monitor has recorded more than 4,000 people killed since mid-April.", PUB)
    assert f.since is None


def test_a_period_in_another_clause_does_not_date_the_figure(extract):
    text = ("More than 1,700 Ukrainians have been returned home in prisoner exchanges, according to "
            "the agency, which was set up in March 2022.")
    (f,) = extract(text, PUB)
    assert f.since is None and f.as_of == PUB


def test_first_months_of_the_year(extract):
    (f,) = extract("Police said 60 people had been killed in the first seven months of the year.",
                   dt.date(2023, 8, 25))
    assert (f.since, f.as_of) == (dt.date(2023, 1, 1), dt.date(2023, 7, 31))
