"""Places from the errors of blind batch 119–126, each a short report of its own in other words and
places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 10, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_the_first_part_of_a_two_part_country_is_read_as_part_of_it_by_the_place_finder(gazetteer_cache):
    from app.extract.pipeline import Extractor

    text = ("Ferry sinks off Antigua coast\n\n"
            "Twelve people drowned when a ferry sank in Antigua, the coast guard of Antigua and "
            "Barbuda said. A yacht sailing from Spain pulled 40 survivors from "
            "the sea in Antigua.")
    article = Extractor().places.scan(text)
    assert {m.place.country for m in article.mentions if m.surface == "Antigua"} == {"AG"}
