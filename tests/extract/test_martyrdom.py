"""Pakistani and South Asian police and army releases write deaths as martyrdom ("embraced
martyrdom", "the funeral of the martyrs"); a headline's "suspects held" are detained."""

import datetime as dt

PUB = dt.date(2025, 11, 2)


def test_embraced_martyrdom_is_killed(extract):
    text = "Two Levies personnel embraced martyrdom and one was wounded when militants stormed the post."
    assert [(f.value, f.measure.value) for f in extract(text, PUB)] == [(2, "killed"), (1, "injured")]


def test_the_martyrs_counted_at_their_funeral(extract):
    text = "Funeral prayers for the five martyrs were offered at the Police Lines in Bannu on Sunday."
    (figure,) = extract(text, PUB)
    assert (figure.value, figure.measure.value) == (5, "killed")


def test_suspects_held_in_a_headline(extract):
    text = "Raid in Tank: 14 suspects held after attack on police station\n\nPolice said the search continues."
    (figure,) = extract(text, PUB)
    assert (figure.value, figure.measure.value) == (14, "captured")
