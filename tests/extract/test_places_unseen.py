"""Places in reports unlike the tuned ones: a town near the border post, facilities of a town,
hosts of refugees and names the article teaches; each test is a short wire report of its own
(tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 6, 12)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_a_town_near_which_people_crossed_outranks_the_country_they_entered(extract):
    text = ("Thousands flee into Chad\nBy Staff, Wire — N'DJAMENA, Chad, June 12, 2024\n\n"
            "About 4,300 Sudanese crossed into Chad at the border post near Adre last week, the UN said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Adre", "TD")


def test_a_town_the_article_teaches_lies_in_the_country_just_named_before_it(extract):
    text = ("Refugees pour into South Sudan\nBy Staff, Wire — JUBA, South Sudan, June 12, 2024\n\n"
            "More than 5,000 people reached South Sudan this week, officials in Juba said.\n\n"
            "Inside Sudan, the militia said it had captured 48 soldiers near the town of Um Qarwen on Sunday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Um Qarwen", "SD")


def test_the_town_the_lead_event_was_near_is_the_place_of_the_story(extract):
    text = ("Gunmen kidnap bus passengers in Niger\nBy Staff, Wire — NIAMEY, Niger, June 12, 2024\n\n"
            "Gunmen have kidnapped travellers from a minibus near Tillaberi on the main road, local officials "
            "said on Wednesday.\n\nThey seized 17 passengers and set the vehicle on fire.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Tillaberi", "NE")


def test_a_single_source_in_a_city_does_not_place_the_figure(extract):
    text = ("Soldiers still held in Burkina Faso\nBy Staff, Wire — DAKAR, Senegal, June 12, 2024\n\n"
            "Militants attacked an army post in Djibo in northern Burkina Faso last year.\n\n"
            "Some 40 soldiers captured in that attack are still being held, a security source in "
            "Ouagadougou said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][0] != "Ouagadougou"


def test_a_country_whose_name_holds_and_is_read_whole(extract):
    text = ("Migrants detained\nBy Staff, Wire — June 12, 2024\n\n"
            "Coast guards in Trinidad and Tobago detained 64 Venezuelan migrants on Tuesday, police said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Trinidad and Tobago", "TT")


def test_turks_and_caicos_without_islands_is_the_territory(extract):
    text = ("Migrants land in Turks and Caicos\nBy Staff, Wire — June 12, 2024\n\n"
            "Officers in Turks and Caicos detained 75 Haitian migrants who came ashore on Tuesday, police said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][1] == "TC"


def test_a_part_of_a_capital_named_by_a_compass_word_is_the_city_not_its_government(extract):
    text = ("Police raids in Kenya\nBy Staff, Wire — June 12, 2024\n\n"
            "Police detained 85 people during night raids on markets of eastern Nairobi, the Kenyan "
            "human rights commission said on Wednesday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Nairobi", "KE")


def test_a_detention_centre_named_after_its_place_teaches_the_place(extract):
    text = ("Migrants held in Libya\nBy Staff, Wire — June 12, 2024\n\n"
            "Most were taken to the Bir Ghanem detention centre, which aid workers said now held 640 people.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][0] == "Bir Ghanem"


def test_at_a_towns_hospital_is_in_the_town(rules_extract):  # the place ranker overrules this rule here
    extract = rules_extract
    text = ("Clashes near the border\nBy Staff, Wire — June 12, 2024\n\n"
            "Fighting spread to the town of Adre in Chad this week, officials in N'Djamena said on Tuesday.\n\n"
            "At Abeche's hospital, doctors said 26 people had been admitted with gunshot wounds.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Abeche", "TD")


def test_refugees_arriving_in_a_neighbouring_country_are_placed_there(extract):
    text = ("Refugees cross into Uganda\nBy Staff, Wire — June 12, 2024\n\n"
            "About 7,500 refugees arrived in neighbouring Uganda last week after clashes around Bunia, "
            "the UN refugee agency said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Uganda", "UG")


def test_refugees_who_fled_fighting_in_a_region_are_placed_where_they_are_hosted(extract):
    text = ("Aid cut for refugees\nBy Staff, Wire — June 12, 2024\n\n"
            "The agency said it had cut rations for 310,000 refugees in northern Uganda, including those "
            "who fled earlier fighting in Ituri.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("northern Uganda", "UG")


def test_an_indonesian_province_under_an_island_group_is_a_region(extract):
    text = ("Floods in Indonesia\nBy Staff, Wire — June 12, 2024\n\n"
            "Flash floods forced 4,200 people from their homes in Aceh on Monday, the disaster agency said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Aceh", "ID")


def test_people_thrown_overboard_died_at_sea(extract):
    text = ("Migrant boat reaches Lampedusa\nBy Staff, Wire — June 12, 2024\n\n"
            "Survivors said 9 people had died on the voyage from Tunisia and had been thrown overboard.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][0] is None


def test_a_landing_in_another_clause_does_not_put_deaths_at_sea_on_land(extract):
    text = ("Migrants land in Italy\nBy Staff, Wire — June 12, 2024\n\n"
            "Fishermen in Palermo found the boat on Tuesday; its crew said 14 people had died at sea.")
    figures = extract(text, PUB)
    assert [p for p, _c in _places(figures)][-1] is None


def test_across_the_region_does_not_put_deaths_at_sea_on_land(extract):
    text = ("Sea crossings\nBy Staff, Wire — June 12, 2024\n\n"
            "Many migrants reached Greece this year. Across the region, 430 migrants were reported missing at "
            "sea last year, the agency said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][0] is None


def test_deaths_on_a_sea_route_are_at_sea(extract):
    text = ("Migrants intercepted\nBy Staff, Wire — June 12, 2024\n\n"
            "The coast guard returned 3,000 people to camps in Tunisia this year. Another 410 died on the "
            "central Mediterranean route in the same months, the agency said.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][0] is None


def test_a_headline_clause_without_a_place_takes_the_place_of_the_headline(extract):
    text = ("Gunmen release 12 hostages in northern Nigeria, but 40 remain in captivity\n"
            "By Staff, Wire — June 12, 2024\n\n"
            "The kidnappers seized the villagers from a farm near Kaduna in May, officials in Abuja said.")
    figures = extract(text, PUB)
    assert _places(figures)[1] == ("northern Nigeria", "NG")


def test_where_a_soldier_was_captured_near_outranks_where_he_comes_from(extract):
    text = ("Freed prisoners tell of beatings\nBy Staff, Wire — KYIV, June 12, 2024\n\n"
            "A corporal from Sumy said he was taken prisoner near Avdiivka along with 12 other soldiers.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Avdiivka", "UA")
