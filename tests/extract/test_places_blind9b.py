"""Finding places: a capitalised unit word ("Harlan County"), ISO region names with a note in
brackets ("Bicol (Region V)"), and a refugee-camp town GeoNames spells otherwise."""

from app.extract.regions import english_forms


def test_a_bracketed_note_is_no_part_of_a_region_name():
    forms, _units, alone = english_forms("Central Luzon (Region III)", "region")
    assert forms[0] == "Central Luzon" and alone


def test_a_county_the_gazetteer_lacks_is_read_with_its_capitalised_unit(extract):
    text = ("Two people were killed when a tornado struck a farm in Lanier County, Alabama, on Sunday, "
            "the county coroner said.")
    figures = extract(text)
    assert figures and figures[0].place == "Lanier County"


def test_a_county_is_not_a_small_namesake_town_elsewhere(extract):
    from app.extract.pipeline import Extractor

    article = Extractor().places.scan("Floods in Wayne County, Kentucky, forced 300 people from their homes.")
    county = next(m for m in article.mentions if m.surface == "Wayne County")
    assert county.place.country == "US"


def test_dolo_ado_is_the_ethiopian_camp_town(extract):
    text = "In Ethiopia, floods displaced about 40,000 people around Dolo Ado, the regional bureau said."
    figures = extract(text)
    assert figures and figures[0].place == "Dolo Ado" and figures[0].country == "ET"
