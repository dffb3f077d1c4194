""""X, a village of … in Y" names the village the lead is about, after "in" or after a verb of the
attack ("The gunmen reached X, a village of …")."""

import datetime as dt


def test_a_village_described_with_of_is_the_event_place(extract):
    text = ("Gunmen kill 12 in Zamfara state\n\n"
            "GUSAU, Nigeria, May 4 - Gunmen on motorbikes stormed Dansadau, a village of farming "
            "families in the Maru area of Nigeria's Zamfara state, late on Friday.\n\n"
            "At least 12 people were killed and 30 abducted, residents said.")
    figures = extract(text, dt.date(2024, 5, 4))[1:]
    assert [(f.value, f.place) for f in figures] == [(12, "Dansadau"), (30, "Dansadau")]
