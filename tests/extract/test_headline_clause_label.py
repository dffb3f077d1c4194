"""A headline's label before a colon that is a clause about a place ("Mudflow buries homes in X: …")
is the story's topic, not a speaker (session 12)."""

import datetime as dt

PUB = dt.date(2025, 2, 26)


def test_a_clause_before_the_headlines_colon_is_no_speaker(extract):
    text = ("Mudflow sweeps away houses in Huanta: six dead, four missing\n\n"
            "A landslide killed six people in Huanta on Monday, officials said.")
    headline = extract(text, PUB)[:2]
    assert [(f.value, f.claimant) for f in headline] == [(6, None), (4, None)]


def test_a_body_before_the_headlines_colon_still_speaks(extract):
    text = ("Red Cross: six dead, four missing in Huanta landslide\n\n"
            "A landslide killed six people in Huanta on Monday, officials said.")
    assert extract(text, PUB)[0].claimant == "Red Cross"
