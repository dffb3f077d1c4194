"""Place rules for the scope of a figure and for places the gazetteer lacks; each test is a short
wire report of its own (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_nationwide_figure_takes_the_country_not_the_city_before_it(extract):
    text = ("SYLHET, Bangladesh — Flash floods killed 14 people in Sylhet on Monday, police said.\n\n"
            "Nationwide, about 2.4 million people have been affected by the rains, the disaster "
            "ministry said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Sylhet", "BD"), ("Bangladesh", "BD")]


def test_in_the_country_is_the_country_just_named(extract):
    text = ("KHARKIV, Ukraine — Shelling killed four people in Kharkiv overnight, the mayor said.\n\n"
            "In Poland, officials said 950,000 Ukrainian refugees were registered in the country.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Poland", "PL")


def test_national_death_toll_is_the_country(extract):
    text = ("Cholera has now killed 11 people in Blantyre this week, doctors said. The national "
            "death toll from the outbreak has reached 350, Malawi's health ministry said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Blantyre", "MW"), ("Malawi", "MW")]


def test_figure_from_a_national_agency_is_country_wide(rules_extract):  # the place ranker overrules this rule here
    extract = rules_extract
    text = ("PESHAWAR, Pakistan — Monsoon rains have killed 212 people since June, according to the "
            "National Disaster Management Authority. Peshawar was flooded for a second day.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Pakistan", "PK")


def test_in_the_north_is_the_north_of_the_main_territory(extract):
    text = ("Israeli strikes killed 18 people in Gaza on Tuesday, medics said. In the north, some "
            "40,000 people have been displaced since the weekend, the UN said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Gaza", "PS"), ("northern Gaza", "PS")]


def test_across_the_region_is_the_region_of_the_city(extract):
    text = ("A drone struck an apartment block in Sumy on Friday, killing three people. Shelling "
            "killed a further nine across the region over the week, the governor said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Sumy", "UA"), ("Sumy region", "UA")]


def test_in_the_region_of_a_number_is_no_place(extract):
    text = ("Russian missiles hit Sumy on Friday. In the region of 300 people were evacuated "
            "from the city centre, officials said.")
    (f,) = extract(text, PUB)
    assert f.place == "Sumy"


def test_direction_before_a_province_names_the_province(extract):
    text = ("Security forces detained 85 suspected militants in southern Kandahar province, "
            "Afghanistan's interior ministry said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kandahar province", "AF")


def test_hyphenated_direction_before_a_country_is_one_region(extract):
    text = "The floods have displaced 26,000 people across south-western Bangladesh, the Red Crescent said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("south-western Bangladesh", "BD")


def test_area_after_a_neighbourhood_is_not_part_of_its_name(extract):
    text = ("PORT-AU-PRINCE, Haiti — Police evacuated 150 residents from the Martissant area on "
            "Sunday after a gunfight, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Martissant", "HT")


def test_division_is_an_administrative_unit(extract):
    text = "Floods have left 60,000 people homeless in the Larkana division, Pakistani officials said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Larkana division", "PK")


def test_dateline_teaches_a_town_the_gazetteer_lacks(extract):
    text = ("Tel Marouf buries its dead\n\nTEL MAROUF, Syria — At least 40 people were killed in "
            "Tel Marouf when the quake struck before dawn, the local council said on Tuesday.")
    figures = extract(text, PUB)
    assert all((f.place, f.country) == ("Tel Marouf", "SY") for f in figures)


def test_the_village_of_a_name_is_a_place_in_the_article_country(extract):
    text = ("Sudanese army shelling killed 23 civilians in the village of Wadi Sallum on Monday, "
            "residents said. Another 40 were wounded in Wadi Sallum, a local doctor said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Wadi Sallum", "SD")] * 2


def test_refugees_take_a_destination_named_by_its_country_adjective(extract):
    text = ("More than 3,000 villagers from Myanmar's Chin state have fled across the border into "
            "the Indian state of Nagaland, officials there said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Nagaland", "IN")


def test_refugees_counted_by_a_host_government_are_in_the_host_country(extract):
    text = ("Romania's government said on Monday it hosts just over 80,000 Ukrainian refugees, "
            "many of them from Odesa.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Romania", "RO")


def test_a_name_followed_by_an_age_is_a_person_not_a_place(extract):
    text = "IDLIB, Syria — An air strike on a market killed 30 people, said farmer Abu Salem, 61."
    (f,) = extract(text, PUB)
    assert f.place != "Salem" and f.country == "SY"


def test_place_inside_a_since_phrase_does_not_place_the_figure(extract):
    text = ("Ukraine brought home 95 prisoners of war on Friday, officials said. Among them were "
            "80 marines, some of whom had been held since the siege of Mariupol.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Ukraine", "UA")] * 2


def test_gaza_alone_is_the_territory(extract):
    text = "Israeli strikes have killed 45 people across Gaza since Sunday, the health ministry said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Gaza", "PS")
    assert abs(f.lat - 31.42) < 0.2 and abs(f.lon - 34.36) < 0.2


def test_headline_place_named_again_in_the_lead_is_the_event_place(extract):
    text = ("Raid on Maghazi camp leaves 20 dead\n\n"
            "Israeli forces raided the Maghazi refugee camp in central Gaza on Saturday, killing at "
            "least 20 people, the health ministry said. Another 35 people were wounded, it said.")
    figures = extract(text, PUB)
    assert {f.place for f in figures} == {"Maghazi"}


def test_a_byline_line_is_not_the_lead(extract):
    text = ("Evacuations speed up near the border\n"
            "14 March 2024 | 10:02 GMT — SUMY (Northern Wire). Reporting by Ivan Petrenko.\n\n"
            "More than 2,000 people have been evacuated from villages in the Sumy region since "
            "Monday, the regional governor said on Thursday.\n\n"
            "About 400 of them were children, officials added.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Sumy region", "UA")] * 2


def test_country_misread_as_a_person_is_still_a_place(extract):
    text = "Inside Kenya, 12,000 people have been displaced by the floods, the Red Cross said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kenya", "KE")


def test_the_capital_is_the_capital_city_of_the_article_country(extract):
    text = ("Gang violence has displaced 5,000 people in Haiti this month, the IOM said. Police said "
            "at least 16 people had been abducted in the capital since Monday.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Haiti", "HT"), ("Port-au-Prince", "HT")]


def test_a_place_named_in_the_sentence_beats_the_capital(extract):
    text = ("At least 70 people have been killed in Haiti this year, the UN said, calling the "
            "situation in the capital dire.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Haiti", "HT")


def test_a_capital_before_metropolitan_area_is_a_place_not_a_government(extract):
    text = "About 9,000 people fled the Nairobi metropolitan area after the floods, the Red Cross said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Nairobi", "KE")


def test_many_of_them_from_a_city_is_the_part_not_the_whole(extract):
    text = ("The IOM said 18,000 people had been displaced across southern Lebanon, many of them "
            "from Nabatieh.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("southern Lebanon", "LB")


def test_a_figure_over_a_list_of_provinces_is_the_country(extract):
    text = ("Floods have displaced about 410,000 people across Sindh, Punjab and Balochistan "
            "provinces since June, Pakistan's disaster agency said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Pakistan", "PK")


def test_a_table_row_named_as_a_unit_is_that_unit(extract):
    text = ("Displaced people in Tigray by zone, according to the regional bureau:\n\n"
            "Western zone ............ 210,000\n"
            "Northeastern zone ....... 95,500\n"
            "Southern zone ........... 61,000\n")
    figures = extract(text, PUB)
    assert _places(figures) == [("Western zone", "ET"), ("Northeastern zone", "ET"), ("Southern zone", "ET")]


def test_a_village_the_gazetteer_lacks_beats_its_region(extract):
    text = ("An air strike on a wedding in the village of Ywathit in the Magway region killed at "
            "least 41 people, residents said. Another 19 were wounded, they said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Ywathit", "MM")] * 2


def test_outside_a_city_that_is_a_capital_of_a_state_gives_the_city(extract):
    text = ("Rescuers found 26 bodies in a ravine outside Nyala, the capital of South Darfur state, "
            "local monitors said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Nyala", "SD")
