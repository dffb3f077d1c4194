"""Places from the errors of blind batches 127–142 (second round), each a short report of its own in
other words and places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def _by_value(figures):
    return {f.value: (f.place, f.country) for f in figures}


def test_a_lead_that_names_the_country_only_as_an_actor_puts_the_event_at_the_town_it_names(extract):
    text = ("Niger's army says it repelled jihadist attack near Ayorou\n"
            "NIAMEY (AP) — Niger's army said Tuesday it had killed 31 assailants after gunmen attacked "
            "a checkpoint outside the border town of Ayorou, while the militants claimed they had killed "
            "more than 40 soldiers in the assault.\n\n"
            "Nine soldiers were killed and 17 wounded, the defence ministry said in a statement.")
    found = _by_value(extract(text, PUB))
    assert found[9][0] == "Ayorou" and found[17][0] == "Ayorou"


def test_a_lead_that_puts_its_figures_in_the_country_keeps_the_country(extract):
    text = ("Cyclone toll rises in Madagascar\n"
            "ANTANANARIVO, March 3 – Cyclone Gamane has killed at least 18 people in Madagascar and "
            "driven 20,000 from their homes since it struck near Vohemar, the disaster office said.\n\n"
            "The office listed 7 people injured.")
    found = _by_value(extract(text, PUB))
    assert found[7][0] == "Madagascar"


def test_a_toll_since_a_date_years_back_is_the_country_s(extract):
    text = ("Drone strike hits market in Ethiopia's Amhara region\n"
            "ADDIS ABABA, March 3 (Reuters) - A drone strike hit a market in Ethiopia's Amhara region on "
            "Sunday, killing at least 14 people, residents said.\n\n"
            "More than 4,200 civilians have been killed by the warring parties since Aug. 4, 2023, "
            "according to a monitoring group.")
    found = _by_value(extract(text, PUB))
    assert found[4200][0] == "Ethiopia"


def test_a_toll_of_the_first_months_of_the_year_is_the_country_s(extract):
    text = ("Gunmen kill 8 in raid on village in Colombia\n"
            "BOGOTA, March 3 (Reuters) - Gunmen killed eight farmers in a raid on a village in Cauca "
            "department, Colombia, on Sunday, the army said.\n\n"
            "The ombudsman's office said 215 people were killed in armed violence in the first six months "
            "of the year.")
    found = _by_value(extract(text, PUB))
    assert found[215][0] == "Colombia"


def test_a_ranking_since_a_year_counts_nothing_of_the_country(extract):
    text = ("Shelling of Raqqa province kills 20\n"
            "BEIRUT, March 3 (Reuters) - Turkish-backed forces shelled rebel-held Raqqa province for three "
            "days in the most intense bombardment in northeast Syria since 2019, killing 20 people, "
            "including 6 children, a monitor said.")
    found = _by_value(extract(text, PUB))
    assert found[6][0] != "Syria"


def test_displaced_inside_the_country_is_the_country_and_its_part_in_a_named_state_is_the_state(extract):
    text = ("Air strike kills 12 in Myanmar's Chin state\n"
            "BANGKOK, March 3 (AP) — A military air strike hit a school in Myanmar's Chin state, killing "
            "12 pupils, residents said.\n\n"
            "The U.N. says more than 2.1 million people have been displaced inside the country, around "
            "90,000 of them in Chin state alone.")
    found = _by_value(extract(text, PUB))
    assert found[2_100_000][0] == "Myanmar"
    assert found[90_000][0] == "Chin state"


def test_a_year_long_toll_given_by_the_officials_of_a_named_district_stays_in_the_district(extract):
    text = ("Gunmen kill five on bus in Jamaica\n"
            "KINGSTON, March 3 (Reuters) - Gunmen attacked a bus in Montego Bay, Jamaica, on Sunday, killing five "
            "passengers, police said.\n\n"
            "Police in Montego Bay said 48 people had been murdered in the first "
            "four months of the year.")
    found = _by_value(extract(text, PUB))
    assert found[48][0] != "Jamaica"


def test_a_division_named_like_a_small_town_abroad_is_no_town_abroad():
    from collections import Counter

    from app.extract.gazetteer import Place
    from app.extract.place_namesake import foreign_town_for_division

    town = Place(1, "Kolo", "TZ", "", 0.0, 0.0, 4_000, "city")
    countries = Counter({"NE": 9, "TZ": 2})
    assert foreign_town_for_division("Kolo province", town, countries)
    assert not foreign_town_for_division("Kolo", town, countries)  # the town itself may be meant
    assert not foreign_town_for_division("Kolo province", town, Counter({"TZ": 5, "NE": 1}))
    big = town._replace(population=400_000)
    assert not foreign_town_for_division("Kolo region", big, countries)


def test_a_when_clause_that_dates_a_toll_does_not_place_it(extract):
    text = ("Turkish drone strikes kill five in northern Syria\n"
            "BEIRUT, March 3 (Reuters) - Turkish drone strikes killed five people in northern Syria on "
            "Sunday, a monitor said.\n\n"
            "Syria's health ministry says 640 people have been killed and 1,340 wounded in Turkish strikes "
            "since October 2019, when Kurdish fighters began firing at Turkey.")
    found = _by_value(extract(text, PUB))
    assert found[1340][1] == "SY"


def test_a_named_district_close_to_the_city_named_with_it_is_the_city_s_district():
    from app.extract.gazetteer import Place
    from app.extract.place_lead import city_districts
    from app.extract.place_mention import PlaceMention

    city = PlaceMention(10, 16, "Odesa", Place(1, "Odesa", "UA", "", 46.48, 30.72, 1_000_000, "city"), False, True)
    district = PlaceMention(60, 80, "Prymorskyi district",
                            Place(-5, "Prymorskyi", "UA", "", 46.47, 30.74, 0, "region"), False, True)
    far = PlaceMention(90, 110, "Izmail district", Place(-6, "Izmail", "UA", "", 45.35, 28.84, 0, "region"),
                       False, True)
    same = PlaceMention(120, 134, "Odesa district", Place(-7, "Odesa", "UA", "", 46.48, 30.70, 0, "region"),
                        False, True)
    assert city_districts([city, district, far, same]) == {60}
    assert city_districts([district]) == set()


def test_the_paragraph_that_takes_up_the_lead_s_event_names_its_town(extract):
    text = ("Bombing of market kills 22 in northern Nigeria\n"
            "ABUJA, March 3 (AP) — A suicide bomber struck a crowded market in Nigeria's Borno state on "
            "Sunday, killing at least 22 people, an emergency official said.\n\n"
            "The blast, shortly after 10 a.m. Sunday, tore through the cattle market in Konduga, a town "
            "about 35 kilometers from the state capital, as traders were setting up stalls.\n\n"
            "Rescuers pulled 14 bodies from the debris, a local official said.")
    found = _by_value(extract(text, PUB))
    assert found[14][0] == "Konduga"


def test_the_camp_the_lead_has_the_attack_strike_is_the_article_s_place_over_its_town(extract):
    text = ("Mortar fire on camps near Dadaab kills 7\n"
            "The first round fell on the food queue just after dawn, when the line was longest. Minutes "
            "later two more rounds struck the Hagadera camp, on the edge of Dadaab, and families ran for "
            "the bush, aid workers said.\n\n"
            "Seven people were killed and 15 wounded, a Kenya Red Cross official said.")
    found = _by_value(extract(text, PUB))
    assert found[15][0] == "Hagadera"


def test_a_capital_the_lead_puts_the_fighting_in_is_the_place_not_a_reference_point(extract):
    text = ("Toll from militia fighting rises to 19\n"
            "BAGHDAD, June 2 (Xinhua) -- The death toll from three days of clashes between rival militias "
            "in the Iraqi capital Baghdad has risen to 19, the health ministry said on Sunday.\n\n"
            "At least 40 people were wounded in the clashes, which broke out in Sadr City and spread to "
            "other districts, the ministry said.\n\n"
            "A shell hit a school in Sadr City, the ministry said. Shops in Sadr City stayed shut, and "
            "families left Sadr City for relatives' homes.\n\n"
            "Ten of the dead were civilians, the ministry said.")
    found = _by_value(extract(text, PUB))
    assert found[10][0] == "Baghdad"


def test_a_figure_with_no_place_in_a_story_about_a_country_s_west_is_the_country_s(extract):
    text = ("Floods sweep western Kenya\n"
            "Heavy rain caused rivers to burst their banks across western Kenya on Monday.\n\n"
            "NAIROBI, March 3 – Kenya's interior ministry said the floods had destroyed homes and roads, "
            "and that rescue teams were struggling to reach cut-off areas.\n\n"
            "At least 23 people have died and 4,000 families have been displaced, the ministry said.")
    found = _by_value(extract(text, PUB))
    assert found[23][0] == "Kenya"
