"""A bounded period before a clause that tells what its events did ("…attacks in March, killing
at least 80", "…, in which 80 were killed and 120 hurt") dates that clause's figures; a "since"
that only ranks an event ("the worst shelling since 2019, killing 12") does not."""

import datetime as dt

PUB = dt.date(2024, 4, 3)


def test_a_month_then_a_clause_of_its_results(extract):
    text = ("Monitors counted 57 raids in Zamfara in March, killing at least 80 villagers and "
            "wounding 120 others.")
    figures = [(f.value, f.as_of, f.since) for f in extract(text, PUB)]
    assert figures == [(80, dt.date(2024, 3, 31), dt.date(2024, 3, 1)),
                       (120, dt.date(2024, 3, 31), dt.date(2024, 3, 1))]


def test_in_which_after_the_month(extract):
    text = "The observatory logged 31 clashes in February, in which 44 people died and 90 were injured."
    figures = [(f.value, f.as_of) for f in extract(text, PUB)]
    assert figures == [(44, dt.date(2024, 2, 29)), (90, dt.date(2024, 2, 29))]


def test_a_since_that_ranks_the_event_dates_nothing(extract):
    text = "Shelling hit the town in the heaviest barrage since 2019, killing 12 people, officials said."
    assert [(f.value, f.since) for f in extract(text, PUB)] == [(12, None)]
