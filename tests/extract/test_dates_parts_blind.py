"""Dates, parts and figure filters for phrasings first seen in blind-written articles (81–102);
worded differently from those articles on purpose."""

import datetime as dt

PUB = dt.date(2024, 10, 9)  # a Wednesday


def _by_value(figures):
    return {f.value if f.value is not None else f.low: f for f in figures}


def test_list_rows_take_the_start_from_the_sentence_before_an_anaphoric_intro(extract):
    text = ("Cholera has spread to 11 of the country's 18 provinces since August 20, the health "
            "ministry reported. Its most recent bulletin, as of Monday, listed:\n\n"
            "- 310 deaths (including those in prisons)\n"
            "- 4,100 people hospitalised\n"
            "- 12 people missing\n")
    figures = _by_value(extract(text, PUB))
    for value in (310, 12):
        assert figures[value].as_of == dt.date(2024, 10, 7)
        assert figures[value].since == dt.date(2024, 8, 20)


def test_list_rows_take_the_start_of_a_period_in_the_intro(extract):
    text = ("The coastguard's count of deaths at sea since the start of the year, as of Tuesday:\n"
            "- Adults: 212\n"
            "- Minors: 37\n")
    figures = _by_value(extract(text, PUB))
    assert (figures[212].since, figures[212].as_of) == (dt.date(2024, 1, 1), dt.date(2024, 10, 8))


def test_a_yearless_period_takes_the_year_that_opens_the_sentence(extract):
    text = "In 2021, storms between June and August killed at least 140 people, the agency said."
    (f,) = extract(text, PUB)
    assert (f.since, f.as_of) == (dt.date(2021, 6, 1), dt.date(2021, 8, 31))


def test_an_opening_phrase_dates_the_statement_that_follows_it(extract):
    text = ("In remarks broadcast on national radio on Monday, the police chief said 27 gunmen had "
            "been arrested.")
    (f,) = extract(text, PUB)
    assert f.as_of == dt.date(2024, 10, 7)


def test_an_opening_day_of_an_event_does_not_date_a_later_statement(extract):
    text = "On Sunday evening, villagers dug up the bodies of 16 people near the river, a priest said."
    (f,) = extract(text, PUB)
    assert f.as_of == PUB
