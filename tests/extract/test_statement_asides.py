"""The day of a statement named in the phrase that opens the sentence, or in an aside between the
source and its verb, dates the figures it gives."""

import datetime as dt

PUB = dt.date(2025, 9, 10)  # a Wednesday


def as_of(extract, text):
    return [f.as_of for f in extract(text, PUB)]


def test_an_opening_statement_phrase_before_a_long_source(extract):
    text = ("In a video posted late on Monday, the spokesman for the regional police command, "
            "Superintendent Ama Boateng, said 13 people had been arrested.")
    assert as_of(extract, text) == [dt.date(2025, 9, 8)]


def test_an_aside_between_the_source_and_its_verb(extract):
    text = "The rebel alliance, in a statement on its website on Tuesday, said it had captured 27 soldiers."
    assert as_of(extract, text) == [dt.date(2025, 9, 9)]
