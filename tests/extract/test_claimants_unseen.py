"""Claimant rules for attributions seen in wire copy but not in the dev gold set; every sentence
here is invented."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def test_a_name_does_not_run_over_the_headline_line_break(extract):
    text = ("Storm floods coastal towns in Kenya\n\n"
            "John Kamau said 45 people had been evacuated from Lamu. He said three were missing.")
    assert [f.claimant for f in extract(text, PUB)] == ["John Kamau", "John Kamau"]


def test_the_official_does_not_take_a_name_from_the_headline(extract):
    text = ("Clashes\n\nThe district official said 45 people had been killed. "
            "The official added that 12 were missing.")
    assert [f.claimant for f in extract(text, PUB)] == ["The district official", "The district official"]
