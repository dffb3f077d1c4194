"""Claimant rules from the blind batch 215–222 (round 14), each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_name_before_a_definite_title_aside_is_the_source(extract):
    text = ("Bridge collapse\n\n"
            "Lucia Ferrer Blanco, the central government's envoy to the island, had earlier put the "
            "death toll at five.")
    assert claimants(extract, text)[-1] == "Lucia Ferrer Blanco"


def test_a_title_named_later_with_an_abbreviated_title_is_that_person(extract):
    text = ("Shelling hits port\n\n"
            "Artillery fire killed four people in Zatoka, the head of the regional administration said. "
            "Among the dead were two children, he said.\n\n"
            "Gov. Mykola Hrytsenko said later that the shelling had also wounded six people.")
    assert claimants(extract, text) == ["Mykola Hrytsenko"] * 3


def test_a_governor_of_a_region_named_new_is_not_the_governor_named_before(extract):
    text = ("Drones strike\n\n"
            "Gov. Mykola Hrytsenko said two people were wounded in Zatoka.\n\n"
            "In Russia's Kursk region, a drone attack wounded three people, the regional governor said.")
    assert claimants(extract, text)[-1] == "the regional governor"


def test_an_emergency_service_named_by_its_number_first_is_the_source(extract):
    text = ("Bus crash\n\n"
            "A bus overturned near Teruel, killing four passengers and injuring 20, the regional "
            "emergency service, 061 Aragon, said on Monday, 4 March 2024.")
    assert claimants(extract, text) == ["061 Aragon", "061 Aragon"]


def test_the_official_refers_back_to_a_local_official_quoted_before(extract):
    text = ("Raid on market\n\n"
            "Armed men stormed the market at dawn and set stalls alight, a district official said, "
            "speaking on condition of anonymity.\n\n"
            "\"We have buried nine people so far,\" the official told reporters by phone.")
    assert claimants(extract, text)[-1] == "a district official"


def test_a_role_said_back_before_a_name_names_the_source_introduced_by_title(extract):
    text = ("Clash in forest\n\n"
            "Three commandos were wounded in the clash, said the Deputy Inspector General of the range.\n\n"
            "The officer, Ramesh Kulkarni, told reporters the operation had begun on Sunday night.")
    assert claimants(extract, text)[0] == "Ramesh Kulkarni"


def test_she_after_a_paragraph_opened_by_a_title_is_the_holder_named_later(extract):
    text = ("Flood in valley\n\n"
            "The mayor of Ostrava, speaking to local radio, could barely hold back tears. \"We have lost "
            "five of our neighbours tonight,\" she said.\n\n"
            "Mayor Jana Novakova declared a day of mourning.")
    assert claimants(extract, text)[-1] == "Jana Novakova"
