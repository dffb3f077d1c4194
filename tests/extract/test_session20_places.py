"""Place rules of session 20 (extractor 1.23.0): a name the gazetteer lacks, put after "in", "at",
"around" or "from" ("a strike on a house in X killed"), is a place of the article's own; so is a town
the text presents that way whose country it leaves to the whole ("near X in the far north of the
country"). Two countries that say where a place lies ("close to the borders with A and B") do not
spread a figure over both. A local name keeps one country in the article, and "in District's X" gives
it the district's. Institutions and report titles are no places. Each is worded unlike the article it
was read from."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def _by_value(text):
    return {f.value: f for f in _figures(text)}


def test_a_town_near_the_borders_with_two_countries_is_the_place():
    text = ("Nineteen soldiers were killed when militants overran an army post near Alfakoara in the far "
            "north of the country, close to the borders with Burkina Faso and Togo, Benin's army said on "
            "Monday. Seven others were wounded.\n")
    figures = _by_value(text)
    assert figures[19].place == "Alfakoara" and figures[19].country == "BJ"
    assert figures[7].place == "Alfakoara"


def test_a_toll_over_two_countries_still_has_no_place():
    text = "The earthquake killed more than 3,000 people in Morocco and Algeria, officials said.\n"
    assert _by_value(text)[3000].place is None


def test_a_name_after_in_that_the_gazetteer_lacks_is_the_place():
    text = ("A drone strike on a house in Majdal Selm killed four people, including two children, "
            "Lebanon's health ministry said on Sunday.\n")
    figures = _by_value(text)
    assert figures[4].place == "Majdal Selm" and figures[4].country == "LB"
    assert figures[2].place == "Majdal Selm"


def test_a_village_named_after_at_is_the_place_of_the_missing():
    text = ("Rescuers were still searching for three people missing at Ruziba, where the river swept away "
            "a footbridge, the Burundian Red Cross said.\n")
    assert _by_value(text)[3].place == "Ruziba"


def test_a_district_s_town_takes_the_district_s_country_over_a_neighbour_s_officials():
    text = ("Six people were hurt when shells landed in Kupwara's Teetwal on Sunday, residents said, while "
            "Pakistani officials in Muzaffarabad said two people were killed on their side.\n\n"
            "Schools in Teetwal stayed shut on Monday.\n")
    figures = _by_value(text)
    assert figures[6].place == "Teetwal" and figures[6].country == "IN"


def test_a_prison_known_by_a_name_is_no_place():
    text = ("Forty inmates died in a riot at the Central Penitentiary, known as El Pozo, in Ilama, Honduras, on "
            "Saturday, officials said. Twelve bodies were taken from El Pozo to the morgue in the capital.\n")
    figures = _by_value(text)
    assert figures[40].place == "Ilama"
    assert figures[12].place != "El Pozo"


def test_a_report_s_title_names_no_place():
    text = ('The report, "Fire From the Sky: Air Raids on Villages in Upper Tamu," documents 31 civilians '
            "killed in Myanmar's Sagaing region since January, the group said.\n")
    assert _by_value(text)[31].place != "Upper Tamu"


def test_a_mountain_range_the_text_names_is_a_region():
    text = ("Morocco quake: what we know about the tremor that killed 60 in the Middle Atlas\n\n"
            "A magnitude 5.8 earthquake struck Morocco's Middle Atlas mountains late on Tuesday, flattening "
            "villages in Ifrane province.\n\n"
            "The Interior Ministry said the earthquake had killed 60 people across the Middle Atlas and injured 230.\n")
    assert {f.place for f in _figures(text)} == {"Middle Atlas"}


def test_a_range_in_a_clause_of_its_own_after_the_figure_is_not_its_place():
    text = ("The number of people killed in the earthquake in Morocco has risen to 1,200, with 900 injured, the "
            "interior ministry said on Monday, as rescue teams pushed deeper into the Middle Atlas mountains.\n")
    figures = _by_value(text)
    assert figures[1200].place == "Morocco" and figures[900].place == "Morocco"


def test_a_valley_of_a_province_s_district_is_the_place():
    text = ("Gunmen attacked a checkpoint in the Tump valley of Balochistan's Kech district on Friday, killing "
            "seven soldiers, officials said.\n")
    assert _by_value(text)[7].place == "Tump valley"


def test_a_lead_over_two_provinces_puts_the_story_in_the_country():
    text = ("Vanuatu: Cyclone Lola - Operation Update\n\n"
            "Tropical Cyclone Lola crossed Tafea and Shefa provinces on Sunday night, bringing winds of 180 km/h.\n\n"
            "Initial assessments indicate that more than 30,000 people have been affected.\n")
    assert _by_value(text)[30000].place == "Vanuatu"


def test_during_the_month_is_the_month_the_report_is_about():
    text = ("June in Daraa: the month in numbers\n\n"
            "The centre documented the killing of 112 people in Daraa governorate in June, up from 40 in May.\n\n"
            "We also recorded 27 people abducted at checkpoints during the month.\n")
    figures = _by_value(text)
    assert (figures[27].since, figures[27].as_of) == (dt.date(2025, 6, 1), dt.date(2025, 6, 30))


def test_a_province_naming_its_health_office_is_a_source_not_the_place():
    text = ("Shells fired from across the border hit homes in Kantharalak district on Wednesday.\n\n"
            "The number of civilians killed in the shelling has risen to seven, the Sisaket provincial public "
            "health office says.\n")
    assert _by_value(text)[7].place != "Sisaket"


def test_a_name_after_in_does_not_run_over_a_line_break():
    text = ("Army: civilians killed in Kantharalak\n\n"
            "Col Somchai Prasertwong said at least four civilians were killed in Kantharalak on Wednesday.\n")
    places = {f.place for f in _figures(text)}
    assert not any("Somchai" in (p or "") for p in places)


def test_a_city_inside_a_body_s_name_lends_no_country_to_a_town_beside_it():
    text = ("Attack hits displacement site near Dhamasa\n\n"
            "PRESS STATEMENT | Juba Valley Relief Alliance (JVRA) | Nairobi\n\n"
            "The Juba Valley Relief Alliance (JVRA) is deeply concerned by the fighting in Somalia's Gedo region.\n\n"
            "Mortar rounds fired at government positions on the outskirts of Dhamasa struck a displacement site on "
            "Saturday, killing at least 11 civilians, local elders said.\n\n"
            "The alliance has worked in Somalia since the drought of 2017.\n")
    assert {f.value: f.country for f in _figures(text)}[11] == "SO"
