"""People still staying in evacuation centres are counted as displaced; being moved to one is an evacuation."""

import datetime as dt

PUB = dt.date(2025, 8, 4)


def test_people_remaining_in_evacuation_centres_are_displaced(extract):
    text = ("Typhoon aftermath\n\nAbout 2,100 residents of the coastal barangays remained in evacuation centres "
            "on Sunday, the city disaster office said.\n\nRescuers evacuated 450 people to evacuation centres "
            "on Friday.")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(2100, "displaced"), (450, "evacuated")]
