"""A name the person finder takes for a person stays a place where the text presents it as one
(tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

from app.extract.gazetteer import Gazetteer
from app.extract.places import PlaceFinder
from app.extract.vocab import load_vocabulary

PUB = dt.date(2024, 3, 14)


def _finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(), load_vocabulary())


def test_name_before_area_is_a_place_even_when_taken_for_a_person(gazetteer_cache):
    text = ("Gang violence spread on Monday. In the Cité Soleil area alone, an estimated 5,000 people "
            "have been forced out of their homes.")
    found = _finder().scan(text, {"Cité Soleil", "Cité", "Soleil"})
    assert "Cité Soleil" in [m.surface for m in found.mentions]


def test_name_the_text_calls_a_village_is_a_place_even_when_taken_for_a_person(gazetteer_cache):
    text = "Shelling hit the village of Tel Marouf on Monday, killing four people, residents said."
    found = _finder().scan(text, {"Tel Marouf", "Tel", "Marouf"})
    assert "Tel Marouf" in [m.surface for m in found.mentions]


def test_person_name_that_is_not_presented_as_a_place_is_still_skipped(gazetteer_cache):
    text = "Officials said on Monday that Aden Duale had visited the camps."
    found = _finder().scan(text, {"Aden Duale", "Aden", "Duale"})
    assert "Aden" not in [m.surface for m in found.mentions]
