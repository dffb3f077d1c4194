"""Refugees "from" a country are its people (side), as "Myanmar refugees" are; people from a town
inside the country are no side."""

import datetime as dt


def test_refugees_from_a_country_take_its_side(extract):
    text = ("Thailand's Tak province has registered about 4,100 refugees from Myanmar since the "
            "fighting began, officials said. Another 700 asylum-seekers fleeing Myanmar crossed at "
            "Mae Sot on Monday.")
    figures = {f.value: f.side for f in extract(text, dt.date(2024, 4, 12))}
    assert figures == {4100: "myanmar", 700: "myanmar"}


def test_people_from_a_town_take_no_side(extract):
    text = "Some 2,300 people from Kramatorsk have been evacuated to Dnipro, officials said."
    assert [f.side for f in extract(text, dt.date(2024, 4, 12))] == [None]
