"""Places where the article gives little to go on: a figure larger than the town it would fall
back on, a town named in an article that names no country."""

import datetime as dt

PUB = dt.date(2023, 2, 10)


def test_a_figure_in_words_larger_than_the_town_is_the_countrys(extract):
    text = ("Cameroon: Gunmen kill 6 in Bafut\n\n"
            "Gunmen killed 6 people in Bafut on Tuesday, the governor said.\n\n"
            "Nearly half a million people remain displaced by the conflict, and about two million "
            "need aid, according to UN figures.")
    figures = extract(text, PUB)
    displaced = next(f for f in figures if f.value == 500_000)
    assert (displaced.place, displaced.country) == ("Cameroon", "CM")


def test_a_town_no_other_place_is_called_is_found_after_in_with_no_country_named(extract):
    text = ("Shelling hits a town\n\n"
            "Shelling killed 40 people in Izium on Monday, officials said.")
    (figure,) = extract(text, PUB)
    assert (figure.place, figure.country) == ("Izium", "UA")


def test_a_unique_town_name_not_after_in_is_not_taken_without_a_country(extract):
    # "Kamal" is a town in Indonesia, and a name here
    text = ("Doctors count the dead\n\n"
            "Kamal Adwan said 40 people had been killed in the raid, officials said.")
    assert [f.country for f in extract(text, PUB)] == [None]
