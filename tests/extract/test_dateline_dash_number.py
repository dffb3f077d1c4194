"""Figures a fresh week of local copy showed (session 12): a sentence that opens on a number word
right after a dateline's day and dash ("June 3 – Nine people …") is no range of days, and people
who "had to leave their homes" are displaced."""

import datetime as dt

PUB = dt.date(2025, 6, 3)


def test_a_number_word_after_a_datelines_day_and_dash_opens_the_sentence(extract):
    text = "GALLE, June 3 – Seven people have died after two days of heavy rain, officials said."
    (figure,) = extract(text, PUB)
    assert (figure.value, figure.measure.value) == (7, "killed")


def test_a_range_of_digits_across_a_dash_is_still_a_range(extract):
    text = "Officials said 3 – 9 people were still missing on Tuesday."
    (figure,) = extract(text, PUB)
    assert (figure.low, figure.high) == (3, 9)


def test_people_who_had_to_leave_their_homes_are_displaced(extract):
    text = ('"We have 640 people who had to leave their homes staying in nine shelters," the mayor said.')
    (figure,) = extract(text, PUB)
    assert (figure.value, figure.measure.value) == (640, "displaced")
