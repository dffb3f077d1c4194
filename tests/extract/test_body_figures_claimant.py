"""A body's figures named as the source speak for the body (session 12): "according to state
government figures" → the state government."""

import datetime as dt

PUB = dt.date(2025, 10, 15)


def test_a_bodys_figures_as_the_source_give_the_body(extract):
    text = ("More than 180 people have been killed in the violence since May, according to state "
            "government figures.")
    (figure,) = extract(text, PUB)
    assert figure.claimant == "state government"


def test_defense_ministry_data_gives_the_ministry(extract):
    text = "At least 64 soldiers were killed in the first half of the year, according to defense ministry data."
    (figure,) = extract(text, PUB)
    assert figure.claimant == "defense ministry"
