"""A part named with its whole ("including about five million …") is where its whole is, unless
its own words name a place."""

import datetime as dt

PUB = dt.date(2023, 2, 10)


def test_a_part_of_a_figure_over_two_countries_has_no_place_either(extract):
    text = ("Rescuers search rubble in Antakya\n\n"
            "ANTAKYA, Turkey, Feb 10 - Rescuers in Antakya pulled more survivors from the rubble on "
            "Friday.\n\n"
            "The United Nations said on Thursday that as many as 24 million people could be affected "
            "across the two countries, including about five million who were already considered "
            "vulnerable.")
    figures = {f.value: f for f in extract(text, PUB)}
    assert figures[24_000_000].place is None
    assert figures[5_000_000].parts_of == figures[24_000_000].id
    assert figures[5_000_000].place is None


def test_a_part_takes_its_wholes_town_and_a_part_naming_its_own_keeps_it(extract):
    text = ("Shelling hits two towns in Ukraine\n\n"
            "Shelling killed 40 people in Izium, Ukraine, on Monday, including 12 children, officials said. "
            "It also killed 9 people in Balakliia, including 3 in the village of Vesele nearby.")
    figures = {f.value: f for f in extract(text, PUB)}
    assert figures[12].place == "Izium" and figures[12].parts_of == figures[40].id
    assert figures[3].place == "Vesele"
