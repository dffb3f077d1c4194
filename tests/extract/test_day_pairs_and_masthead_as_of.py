""""between 2 and 13 March" is a bounded period whose first day takes the month of the last; a
masthead line under the title ("Situation as of 16 February 2026, 18:00") dates every figure that
has no date of its own."""

import datetime as dt

PUB = dt.date(2025, 5, 20)


def test_a_pair_of_days_sharing_one_month(extract):
    text = "Some 2,700 people fled into Chad between 4 and 11 May, aid workers said."
    (figure,) = extract(text, PUB)
    assert (figure.since, figure.as_of) == (dt.date(2025, 5, 4), dt.date(2025, 5, 11))


def test_from_day_to_day_with_a_dash(extract):
    text = "At least 46 people were killed from 1–15 April 2025 in the district, the monitor said."
    (figure,) = extract(text, PUB)
    assert (figure.since, figure.as_of) == (dt.date(2025, 4, 1), dt.date(2025, 4, 15))


def test_a_masthead_situation_date(extract):
    text = ("VANUATU: Tropical Cyclone Pam II - Flash Update No. 3\n"
            "Office for the Coordination of Humanitarian Affairs (OCHA), Suva, 20 May 2025. "
            "Situation as of 18 May 2025, 18:00 local time.\n\n"
            "HIGHLIGHTS\n- At least 6 people killed and 31 injured on Tanna.")
    assert {f.as_of for f in extract(text, PUB)} == {dt.date(2025, 5, 18)}
