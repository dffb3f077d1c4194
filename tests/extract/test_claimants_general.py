"""Claimant rules on attributions the dev gold set does not use, each in a short report of its own."""

import datetime as dt

PUB = dt.date(2024, 5, 14)


def test_told_an_agency_at_sentence_end(extract):
    (f,) = extract("At least 45 people were killed in the attack, a hospital director told Reuters.", PUB)
    assert f.claimant == "a hospital director"


def test_reported_at_sentence_start(extract):
    (f,) = extract("Local media reported that 19 civilians were wounded in the shelling of Nikopol.", PUB)
    assert f.claimant == "Local media"


def test_figures_from_a_body_show(extract):
    (f,) = extract("Figures from the World Health Organization show 312 people have died of cholera.", PUB)
    assert f.claimant == "the World Health Organization"


def test_estimates_at_sentence_start(extract):
    (f,) = extract("The UN estimates that 6.5 million people have been displaced by the war.", PUB)
    assert f.claimant == "The UN"


def test_according_to_before_the_figure(extract):
    (f,) = extract("According to Save the Children, more than 2,000 children have been killed.", PUB)
    assert f.claimant == "Save the Children"


def test_the_ministry_carries_to_the_next_sentence_but_a_bare_sentence_does_not(extract):
    text = ("The Sudanese health ministry said 52 people were killed in El Fasher on Friday. "
            "The ministry added that 140 were wounded. "
            "Another 30 people were reported missing after the attack.")
    figures = extract(text, PUB)
    assert [f.claimant for f in figures] == ["The Sudanese health ministry", "The Sudanese health ministry", None]
