""""as of 6 pm Tuesday" (no "on") dates the figures it covers, as "as of 6 pm on Tuesday" does."""

import datetime as dt


def test_as_of_a_time_then_a_weekday(extract):
    text = ("The provincial committee's figures by district, as of 8 am Monday:\n\n"
            "- Hoa Vang district: 5 dead, 2 missing\n"
            "- Lien Chieu district: 1 dead\n")
    figures = {(f.value, f.as_of) for f in extract(text, dt.date(2024, 10, 30))}
    assert figures == {(5, dt.date(2024, 10, 28)), (2, dt.date(2024, 10, 28)), (1, dt.date(2024, 10, 28))}
