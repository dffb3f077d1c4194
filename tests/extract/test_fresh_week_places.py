"""Bugs a fresh week of copy showed (session 11): a month pair read as a body's name, a compass word
dropped from a division's name, a period kept off by a list of district names, a foreign town an
other name of it matched, and the unit word "Area" read as a town."""

import datetime as dt

PUB = dt.date(2025, 7, 9)


def test_a_month_pair_before_the_apposition_is_no_body(extract):
    text = ("Monitoring group says 140 people abducted in Kaduna in four months\n\n"
            "KADUNA, July 9 - Armed gangs abducted at least 140 people in southern Kaduna between March and "
            "June, a monitoring group said on Tuesday.\n\n"
            "The Sahel Security Observatory (SSO), which tracks attacks, said 52 of the victims were women.")
    headline = extract(text, PUB)[0]
    assert headline.value == 140 and headline.claimant == "SSO"


def test_a_compass_word_opens_the_zone_name(extract):
    text = ("Raiders abducted 34 people in South Gondar zone last week, local officials said.")
    (figure,) = extract(text, PUB)
    assert figure.place == "South Gondar zone"


def test_a_list_of_district_names_does_not_cut_the_period_off(extract):
    text = ("Police recorded 85 people kidnapped in Chikun, Kajuru and Kachia districts between January and "
            "May this year.")
    (figure,) = extract(text, PUB)
    assert (figure.as_of, figure.since) == (dt.date(2025, 5, 31), dt.date(2025, 1, 1))


def test_a_division_named_with_its_unit_sets_the_country_against_an_alias_abroad(extract):
    text = ("Bandits killed 21 villagers in Kaduna State on Sunday, the governor said.\n\n"
            "The state government says 64 people were killed in Chikun, Kajuru and Munya since "
            "January, and Kaduna State has set up new checkpoints.")
    figures = extract(text, PUB)
    assert [f.country for f in figures] == ["NG", "NG"]


def test_area_in_a_council_name_is_no_town(extract):
    text = ("Gunmen killed 12 farmers in Tungan Kawo, a village in Wushishi Local Government Area of "
            "Niger State, on Friday.")
    (figure,) = extract(text, PUB)
    assert figure.country == "NG"
