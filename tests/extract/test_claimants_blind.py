"""Claimant rules from the errors of the blind-written dev articles, each tested on wording,
names and places of its own."""

import datetime as dt

PUB = dt.date(2024, 9, 3)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_military_rank_before_a_name_is_dropped(extract):
    text = ("The police gave a smaller figure. Captain Amos Wekesa, the police spokesman in the county, "
            "said 18 people had been killed. He said officers had arrested five suspects.")
    assert claimants(extract, text) == ["Amos Wekesa", "Amos Wekesa"]


def test_a_surname_later_finds_the_name_without_its_rank(extract):
    text = ("Sergeant Oskar Lindqvist, who leads the rescue unit, described the search.\n"
            "Lindqvist said 14 people were still missing.")
    assert claimants(extract, text) == ["Oskar Lindqvist"]


def test_constituency_and_mp_before_a_name_are_dropped(extract):
    text = "Kisumu East MP John Otieno said more than 70 people had died in the floods."
    assert claimants(extract, text) == ["John Otieno"]


def test_possessive_pronoun_before_a_named_outlet_adds_no_owner(extract):
    text = ("Aid worker Miriam Tadesse said 20 people were hurt. The rebels said nothing. "
            "Their Dimtsi radio station said 35 soldiers had been captured.")
    assert claimants(extract, text)[-1] == "Dimtsi radio station"


def test_an_organisation_unit_is_not_a_person(extract):
    text = ("Dawit Alemu, head of the regional Coordination Unit for displaced people, described the camp. "
            "He said 26 people had been injured.")
    assert claimants(extract, text) == ["Dawit Alemu"]
