"""Finding places (round 11): an old or other name of a large town abroad is no place in a story
about another country; a defined acronym, a numbered document's title and a rank before a unit word
("Chief District Officer") are no places."""

import pytest

from app.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def finder():
    return Extractor().places


def _mentions(finder, text):
    return [(m.surface, m.place.country) for m in finder.scan(text).mentions]


def test_an_other_name_of_a_town_abroad_is_a_place_of_the_story_s_country(finder):
    text = ("Sixty families were evacuated on Madras after the river rose, Guyana's civil defence "
            "commission said. Guyana expects more rain.")
    assert ("Madras", "GY") in _mentions(finder, text)


def test_an_other_name_of_a_large_town_still_reads_as_it_when_no_other_country_is_named(finder):
    text = "Police in Madras said 12 people died when a bus overturned on Sunday."
    assert ("Madras", "IN") in _mentions(finder, text)


def test_a_mixed_case_acronym_the_text_defines_is_a_body(finder):
    text = ("Sierra Leone said 12 people had died of cholera, the Ministry of Health and Sanitation (MoHS) "
            "said. MoHS's district teams counted 40 cases.")
    assert all(surface != "MoHS" for surface, _cc in _mentions(finder, text))


def test_a_rank_before_a_capitalised_unit_word_makes_an_office(finder):
    text = "Three people were killed in the landslide in Nepal, said Chief District Officer Ram Thapa."
    assert all("Chief" not in surface for surface, _cc in _mentions(finder, text))


def test_a_numbered_document_is_no_place(finder):
    text = ("About 5,000 people were displaced in Tigray in Ethiopia, up from 3,000 displaced people "
            "reported in Situation Report No. 4.")
    assert all("Report" not in surface for surface, _cc in _mentions(finder, text))


def test_a_division_spelt_run_together_or_with_doubled_letters_is_found(finder):
    lookup = finder.gazetteer.lookup
    assert any(p.country == "TH" and p.kind == "region" for p in lookup("Nongbua Lamphu province"))
    assert any(p.country == "KH" and p.kind == "region" for p in lookup("Svayrieng"))


def test_a_compass_name_is_not_read_as_another_country_s_division(finder):
    assert not any(p.country == "BW" for p in finder.gazetteer.lookup("Northwest region"))
    assert not finder.gazetteer.lookup("Soum province") or \
        not any(p.country == "UA" for p in finder.gazetteer.lookup("Soum province"))


def test_names_joined_before_a_plural_unit_word_are_each_a_unit():
    from app.extract import place_admin

    text = "Heavy rain struck Ruritania's Vellmar, Ostrava and Koblen districts on Monday."
    place_admin.admin_names.cache_clear()
    _places, units = place_admin.admin_names(text)
    assert {"Vellmar", "Ostrava", "Koblen"} <= set(units)


def test_names_joined_before_islands_are_places_not_units():
    from app.extract import place_admin

    text = "Families fled the Utupua and Vanikoro islands after the quake."
    place_admin.admin_names.cache_clear()
    places, units = place_admin.admin_names(text)
    assert {"Utupua", "Vanikoro"} <= set(places) and not units


def test_allied_states_are_no_units():
    from app.extract import place_admin

    place_admin.admin_names.cache_clear()
    assert place_admin.admin_names("Gulf and Western states pledged aid.") == ([], [])


def test_a_village_named_after_a_verb_is_a_place():
    from app.extract import place_local

    text = "Gunmen stormed Kabaru village in the north on Friday, killing 12 people."
    names = place_local.local_names(text, lambda name: (), set())
    assert "Kabaru" in names


def test_a_named_displacement_site_is_a_place():
    from app.extract import place_local

    text = "Militiamen burned shelters at the Lotoka displacement site overnight, killing nine."
    names = place_local.local_names(text, lambda name: (), set())
    assert "Lotoka" in names


def test_a_place_name_that_is_also_a_person_s_surname_is_no_place_after_a_title():
    from app.extract.place_local_names import find_local

    text = ("Attackers entered the Lotoka displacement site at night. Colonel Pierre Lotoka, the army "
            "spokesman, gave a lower toll. In Barangay Lotoka, two died.")
    spans = find_local(text, {"Lotoka": ""}, [])
    starts = [s for s, _e, _n in spans]
    assert text.index("Lotoka") in starts and text.index("Pierre Lotoka") + 7 not in starts
    assert text.index("Barangay Lotoka") + 9 in starts
