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


def test_a_name_presented_as_a_neighbourhood_is_one_place_not_a_namesake_of_its_last_word(extract):
    text = ("Floods swamp Recife suburbs\n\n"
            "At least 14 bodies were recovered from the Joana Bezerra neighbourhood of Recife on "
            "Thursday, the city's mayor said. Rescue boats were still working in Joana Bezerra at "
            "nightfall, and the Capibaribe river kept rising.")
    figures = extract(text, PUB)
    assert _places(figures)[:1] == [("Joana Bezerra", "BR")]


def test_a_neighbourhood_name_that_is_also_a_river_is_no_place_where_the_river_is_meant(rules_extract):  # the place ranker overrules this rule here
    extract = rules_extract
    text = ("Storm floods Honduran valley\n\n"
            "Water rose in the Ulua neighbourhood of San Pedro Sula on Friday. "
            "Three soldiers drowned when their truck was swept into the Ulua river near El Progreso, "
            "the army said.")
    figures = extract(text, PUB)
    assert _places(figures)[:1] == [("El Progreso", "HN")]
