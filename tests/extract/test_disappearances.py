""""disappearances" and "the disappearance of N people" count the missing."""

import datetime as dt


def test_disappearances_are_missing_people(extract):
    text = ("Rights group logs 212 disappearances in Guerrero\n\n"
            "The group said it had documented the disappearance of 212 people in the state last year, "
            "and police recorded 40 further disappearances in January.")
    figures = [(f.value, f.measure.value) for f in extract(text, dt.date(2024, 3, 1))]
    assert figures == [(212, "missing"), (212, "missing"), (40, "missing")]
