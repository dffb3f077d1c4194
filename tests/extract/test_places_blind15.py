"""Places from blind batches 223–238, tested on other wording: local units named with their kind
("X sub-division", "X commune", "X Canton", "X Sector"), a Malay village ("Kampung X"), an island or
a cluster of favelas in apposition, "the riverside X neighbourhood", "X, in the city's north-east",
and a local name's country taken from a nearby name of a country the article names."""

from app.extract import place_local
from app.extract.place_admin import admin_names
from app.extract.place_presented import presented_names


def _known(_name):
    return ()


def test_sub_division_commune_canton_and_sector_are_local_units():
    text = ("Rains hit Kalpa sub-division of Kinnaur district. Two died in Ou Reang commune. "
            "Floods in Tuzla-Drina Canton spread. The head of Gisenyi Sector spoke.")
    names = admin_names(text)[0]
    assert {"Kalpa", "Ou Reang", "Tuzla-Drina", "Gisenyi"} <= set(names)


def test_kampung_opens_a_village_name():
    assert "Sungai Buloh" in admin_names("In Kampung Sungai Buloh, 200 people were moved to shelters.")[0]


def test_an_island_or_favelas_in_apposition_are_places():
    text = ("A ferry sank near Ijui. Ijui, a small island of about 9,000 people, mourned. Police raided "
            "the Morro Azul, a group of favelas in the north.")
    names = place_local.local_names(text, _known, set())
    assert "Ijui" in names and "Morro Azul" in names


def test_an_adjective_before_a_named_neighbourhood():
    text = "Some 900 people were evacuated from the riverside Donja Luka neighbourhood of the town."
    assert "Donja Luka" in place_local.local_names(text, _known, set())


def test_a_name_placed_in_a_part_of_the_city():
    text = "Five of the shootings happened in Barrio Sur, in the city's north-east, and two in Alto Verde."
    assert "Barrio Sur" in presented_names(text, _known)


def test_a_local_sector_takes_the_country_of_the_article_not_a_namesake_word(extract):
    text = ("Boat capsizes off Kamembe Island\n\n"
            "KAMEMBE, March 3 - At least nine people drowned on Monday after a boat capsized off Bweyeye "
            "Island in Rusizi District of Rwanda, police said.\n\n"
            "\"We buried five of our people,\" said the executive secretary of Bweyeye Sector. "
            "Bweyeye, a crowded island of about 12,000 people, relies on boats.")
    places = [f.place for f in extract(text)]
    assert "Bweyeye" in places


def test_a_neighbourhood_in_apposition_to_the_lead_town_is_the_event_place(extract):
    text = ("Police raid leaves seven dead\n\n"
            "At least seven people were killed on Thursday in a police operation in Vila Aurora, a poor "
            "neighbourhood in Duque de Caxias, the state's military police said.\n\n"
            "Two officers were wounded in the shootout, police said.")
    figures = extract(text)
    assert figures and all(f.place == "Vila Aurora" for f in figures)
