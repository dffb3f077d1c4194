"""Phrasings found by probing the extractor with sentences in the style of wire copy (not from
any gold article): durations written with a hyphen are no figures, and "figures released by" a
source is publication, not a captive's release."""

import datetime as dt

import pytest

PUB = dt.date(2025, 5, 20)


@pytest.mark.parametrize("sentence, values", [
    ("Tehran said 480 people died in air raids during the 11-day conflict.", [480]),
    ("At least 25 people were killed during a two-day lull, medics said.", [25]),
    ("Nine people were wounded on the last night of the 36-hour truce.", [9]),
    ("The six-month blockade has left 140 people dead, a local council said.", [140]),
])
def test_a_hyphenated_duration_is_no_figure(extract, sentence, values):
    assert [f.value for f in extract("Report\n\n" + sentence, PUB)] == values


def test_a_number_of_people_before_a_hyphen_still_counts(extract):
    # "a 40-strong patrol" is no duration: the rule keys on the unit word after the hyphen only
    figures = extract("Report\n\nGunmen killed 12 members of a 40-strong patrol, police said.", PUB)
    assert 12 in [f.value for f in figures]


@pytest.mark.parametrize("sentence", [
    "The death toll climbed to 61, according to data released by the interior ministry.",
    "The toll reached 208 on Friday, the health authority said in figures released late on Thursday.",
])
def test_figures_released_by_a_source_are_not_captives(extract, sentence):
    figures = extract("Report\n\n" + sentence, PUB)
    assert [f.measure.value for f in figures] == ["killed"]


def test_released_hostages_stay_captured(extract):
    figures = extract("Report\n\nThe group released 17 hostages on Sunday, mediators said.", PUB)
    assert [f.measure.value for f in figures] == ["captured"]


def test_a_scale_word_on_the_next_line_is_read_not_a_crash(extract):
    # hard-wrapped text can break "1.2 million" over a line
    # (it raised KeyError before); the line break ends the sentence, so no figure is read whole here,
    # and "1.2" is never taken alone
    figures = extract("Report\n\nThe UN says about 1.2\nmillion people have been displaced by the fighting.", PUB)
    assert all(f.value == 1_200_000 for f in figures)


@pytest.mark.parametrize("sentence, value", [
    ("Over 2 lakh people were displaced by the floods in the district, officials said.", 200_000),
    ("Nearly 1.5 lakh people have been evacuated, the disaster authority said.", 150_000),
    ("About 1.2 crore people were affected by the cyclone, the ministry said.", 12_000_000),
])
def test_south_asian_scales_after_digits(extract, sentence, value):
    # Indian, Pakistani and Bangladeshi outlets write lakh (100,000) and crore (10 million)
    assert [f.value for f in extract("Report\n\n" + sentence, PUB)] == [value]
