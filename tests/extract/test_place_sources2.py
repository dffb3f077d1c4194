"""Places that only say where a statement was made or who made it: a release's mixed-case dateline
("Geneva/Nairobi, 6 February 2025 -"), "a news conference in the capital"; and the region a
governor governs, which places their figure better than the bare country around it."""

import datetime as dt

PUB = dt.date(2025, 2, 6)


def places(extract, text):
    return [f.place for f in extract(text, PUB)]


def test_a_mixed_case_dateline_with_a_slash_is_no_place(extract):
    text = ("Storm response scaled up\n\n"
            "Geneva/Dakar, 5 February 2025 - Storm Ilse has killed at least 11 people in Guinea-Bissau, "
            "the Red Cross said.")
    assert "Geneva" not in places(extract, text)


def test_a_news_conference_in_the_capital_is_where_it_was_said(extract):
    text = ("Floods in Chad\n\n"
            "N'DJAMENA - Floods have hit eight provinces of Chad since July.\n\n"
            "The minister told a news conference in the capital that 212 people had been injured in "
            "all of the country's provinces.")
    assert places(extract, text)[-1] != "N'Djamena"


def test_a_governors_region_rather_than_the_country_around_it(extract):
    text = ("Across the border in Kazakhstan, the governor of the Aktobe region said 2,300 people had "
            "been evacuated from villages along the river.")
    assert places(extract, text) == ["Aktobe region"]


def test_a_congolese_territory_named_with_its_unit_word_is_a_place(extract):
    text = "Officials said more than 40,000 people had been displaced across Walikale territory since March."
    assert places(extract, text) == ["Walikale territory"]


def test_held_territory_is_no_named_place(extract):
    text = "Russia's defence ministry said 90 servicemen had been returned from Ukrainian-held territory."
    assert places(extract, text) != ["Ukrainian-held territory"]
