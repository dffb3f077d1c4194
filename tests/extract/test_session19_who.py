"""Who is counted (session 19, extractor 1.22.0): protesters, herders, miners and other groups named by
what they do are people, not the soldiers or police who opened fire on them."""

import datetime as dt

from app.extract import extract_figures


def test_groups_named_by_what_they_do_are_people_not_the_forces_before_them():
    text = ("Security forces opened fire and killed at least 14 demonstrators in the capital on Friday. "
            "Troops shot dead six herders near the border the same day, and police said nine miners "
            "were missing after the raid.\n")
    who = {f.value: f.who.value if hasattr(f.who, "value") else f.who for f in extract_figures(text, dt.date(2025, 8, 14))}
    assert who[14] == "people"
    assert who[6] == "people"
    assert who[9] == "people"
