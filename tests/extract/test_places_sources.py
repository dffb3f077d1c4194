"""Places that come from a figure's source, its event or its prisoners: bodies named after a place,
national agencies, the lead's event place against a country used as an adjective, and where
prisoners are held (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_body_named_after_a_territory_places_its_figure_there(extract):
    text = ("Israel counts its dead after attack\n"
            "By Staff, Wire — TEL AVIV, Thursday, March 14, 2024\n\n"
            "Israel's death toll from the attack rose to 900, the Israeli military said on Tuesday. "
            "Troops fought on in the south of Israel.\n\n"
            "The Gaza health ministry said 770 Palestinians had been killed in air strikes since Saturday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Gaza", "PS")


def test_place_before_health_ministry_is_the_source_not_the_figures_place(extract):
    text = ("More than 100 people were killed near a convoy on the western edge of Gaza City on "
            "Thursday, in what the Gaza health ministry called a massacre.")
    (f,) = extract(text, PUB)
    assert f.place == "Gaza City"


def test_national_agency_of_a_country_gives_a_national_figure(extract):
    text = ("Two earthquakes struck southern Turkey on Monday.\n\n"
            "Rescuers worked through the night near Gaziantep. Turkey's disaster agency, AFAD, said at "
            "least 2,316 people had been killed across 10 provinces.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Turkey", "TR")


def test_defence_ministry_of_a_party_does_not_place_its_count_at_home(extract):
    text = ("KYIV, Ukraine — Fighting raged along the front in eastern Ukraine on Monday.\n\n"
            "Russia's defence ministry said 410 Ukrainian soldiers had been killed over the weekend.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][1] == "UA"


def test_country_as_adjective_of_the_attacker_is_not_the_event_place(extract):
    text = ("Myanmar air strike on village kills dozens\n"
            "By Staff, Wire — BANGKOK, Wednesday, March 13, 2024\n\n"
            "A Myanmar military air strike on a ceremony in the village of Pazigyi in the Sagaing "
            "region on Tuesday killed at least 133 people, according to the opposition.\n\n"
            "Residents said they had collected 91 bodies by Wednesday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Pazigyi", "MM")


def test_toll_since_the_coup_is_the_countrys(rules_extract):  # the place ranker overrules this rule here
    extract = rules_extract
    text = ("An air strike killed 30 people in the village of Pazigyi in Myanmar's Sagaing region "
            "on Tuesday, residents said.\n\nA monitoring group says the military has killed 3,240 "
            "civilians since the coup in 2021.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Myanmar", "MM")


def test_prisoners_held_in_a_countrys_prisons_are_placed_there(extract):
    text = ("Hostages were freed in Gaza on Friday. Under the deal, 150 Palestinian women and minors "
            "held in Israeli prisons are to be released.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Israel", "IL")


def test_its_prisons_are_the_prisons_of_the_place_named_before(extract):
    text = ("Hostages were freed in Gaza on Friday. Prisoner groups say Israel holds more than "
            "7,000 Palestinians in its prisons.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Israel", "IL")


def test_prison_of_a_later_number_does_not_place_an_earlier_one(extract):
    text = ("Hostages were freed in Gaza on Friday. Hamas is to release 50 hostages in exchange for "
            "150 prisoners held in Israeli prisons.")
    first, second = extract(text, PUB)
    assert (first.country, second.country) == ("PS", "IL")


def test_border_named_after_a_place_is_no_place_of_the_figure(extract):
    text = ("Troops regained control of the communities along the Gaza border, and the bodies of "
            "about 1,500 fighters had been found inside Israel, the military said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Israel", "IL")


def test_headline_figure_near_a_city_takes_the_leads_region(extract):
    text = ("Upwards of 7,500 relocated as Russian push near Kharkiv grinds on\n"
            "14 May 2024 | 09:12 GMT — KHARKIV (Borderland Press)\n\n"
            "Upwards of 7,500 people have been relocated from frontier communities in the Kharkiv "
            "region since Friday, the regional governor said on Tuesday morning.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Kharkiv region", "Kharkiv region"]


def test_deaths_at_sea_have_no_place_and_no_country_without_a_coast(extract):
    text = ("Many Rohingya risk the crossing to Malaysia and Indonesia. UNHCR said 348 Rohingya had "
            "died at sea in 2022.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == (None, None)


def test_deaths_at_sea_off_a_coast_take_its_country(extract):
    text = "At least 61 migrants drowned when their boat capsized off the coast of Libya, the IOM said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == (None, "LY")


def test_refugees_bound_for_two_countries_are_placed_in_the_one_they_fled(extract):
    text = ("KHARTOUM, Sudan — Fighting raged in Khartoum on Monday.\n\n"
            "The UN refugee agency said it was preparing for up to 270,000 people to flee Sudan into "
            "Chad and South Sudan.")
    figures = extract(text, PUB)
    assert (figures[-1].place, figures[-1].country) == ("Sudan", "SD")


def test_country_that_acts_before_the_number_gives_way_to_the_place_left(extract):
    text = ("Saudi Arabia said a navy ship had carried 356 people, including 101 Saudi citizens, "
            "across the Red Sea from Port Sudan to Jeddah.")
    figures = extract(text, PUB)
    assert (figures[0].place, figures[0].country) == ("Port Sudan", "SD")


def test_the_town_is_the_town_named_last_in_the_paragraph(extract):
    text = ("Fighters shelled Kramatorsk on Monday, killing four people in the city centre, the "
            "governor said in a statement.\n\nShelling also hit homes in Druzhkivka on Monday. Residents said "
            "12 people had been wounded in the town overnight.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Kramatorsk", "Druzhkivka"]


def test_lead_place_outside_a_city_that_is_the_capital_of_a_region_is_the_city(extract):
    text = ("UN says mass grave found in West Darfur\n"
            "By Staff, Wire — GENEVA, Thursday, March 14, 2024\n\n"
            "The bodies of at least 87 people were buried in a mass grave outside El Geneina, the "
            "capital of West Darfur state, the UN human rights office said on Thursday.\n\n"
            "Thirty-seven bodies were buried on June 20, the office said.")
    figures = extract(text, PUB)
    assert figures[-1].place == "El Geneina"


def test_a_sentence_with_a_boat_and_a_town_keeps_the_town_for_its_figure(extract):
    text = ("A fishing boat capsized on Monday, and 20 people were killed in Tripoli when a depot "
            "exploded, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Tripoli", "LY")
