"""The agency a dateline credits is no place when named again ("told Xinhua"); a figure over "the
provinces of X and Y" is for the country, as one over "X and Y provinces" is."""

import datetime as dt

PUB = dt.date(2024, 9, 9)


def test_an_agency_from_the_dateline_named_again_is_no_place():
    from app.extract.place_outlets import outlet

    text = ("HANOI, Sept. 9 (Xinhua) -- Flash floods have killed nine people in Lao Cai, officials said.\n\n"
            "Three people are missing, provincial police told Xinhua.")
    at = text.rindex("Xinhua")
    assert outlet(text, at, at + len("Xinhua"), lambda name: ())
    other = text.replace("(Xinhua)", "(AFP)")
    assert not outlet(other, at - 3, at - 3 + len("Xinhua"), lambda name: ())


def test_the_provinces_of_two_names_are_the_countrys(extract):
    text = ("Floods hit Laos\n\nHeavy rain has killed 15 people in the northern provinces of Oudomxay "
            "and Bokeo, the disaster agency said.")
    figure = extract(text, PUB)[0]
    assert figure.place in ("Laos", "northern Laos") and figure.country == "LA"
