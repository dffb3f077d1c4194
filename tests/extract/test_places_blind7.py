"""Places from the errors of blind batch 159–166 (a mixed inbox), each a short report of its own
in other words and places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 6, 10)


def _by_value(figures):
    return {f.value: (f.place, f.country) for f in figures}


def test_a_village_where_gunmen_opened_fire_on_homes_is_the_event_place(extract):
    text = ("Militants kill 18 in Niger border village\n\n"
            "NIAMEY, June 9 (Reuters) - Suspected jihadists killed at least 18 people in a dawn raid on a "
            "farming village in Niger's Tillaberi region, a local official said on Monday.\n\n"
            "The assailants came on motorbikes and opened fire on houses in Tondibangou-Kaina, some 30 km "
            "from the border with Mali, the mayor said.\n\n"
            "He said 18 people had been killed.")
    found = _by_value(extract(text, PUB))
    assert found[18] == ("Tondibangou-Kaina", "NE")


def test_an_attack_on_an_army_post_at_a_named_place_puts_the_figure_there(extract):
    text = ("Jihadists attack in Burkina Faso\n\n"
            "OUAGADOUGOU, June 9 (Reuters) - Jihadists attacked a market town in northern Burkina Faso on "
            "Sunday, officials said.\n\n"
            "Last month an attack on a gendarmerie post at Ouindigui-Kossa killed 23 gendarmes, the army said.")
    found = _by_value(extract(text, PUB))
    assert found[23] == ("Ouindigui-Kossa", "BF")


def test_a_list_of_countries_near_an_unknown_name_lends_it_no_country(extract):
    text = ("Gunmen kill villagers in Niger\n\n"
            "NIAMEY, June 9 (Reuters) - Gunmen killed 12 villagers in western Niger on Sunday, officials said.\n\n"
            "Armed groups roam the area where Niger, Mali and Burkina Faso meet. In May, a raid on Tamoudjiria village "
            "killed 8 soldiers.")
    found = _by_value(extract(text, PUB))
    assert found[8][1] == "NE"


def test_a_name_the_next_paragraph_calls_a_village_of_the_lead_region_is_the_event_place(extract):
    text = ("Mudslide toll in Peru climbs to 22\n\n"
            "LIMA, Peru (AP) — The death toll from a mudslide that swept through a farming village in "
            "central Peru rose to 22 on Thursday, officials said.\n\n"
            "Rescuers are still searching for 9 people in Chaupimarca-Alto, a village in Pasco province, "
            "the regional governor said.\n\n"
            "Among the dead are 6 children, he said.")
    found = _by_value(extract(text, PUB))
    assert found[22][0] == "Chaupimarca-Alto"
    assert found[6] == ("Chaupimarca-Alto", "PE")


def test_the_town_of_the_hospital_that_counts_the_wounded_is_no_event_place(extract):
    text = ("Bus plunges into gorge in Peru, killing 14\n\n"
            "LIMA, Peru (AP) — A bus plunged into a gorge near Huaytara-Baja, a village in Huancavelica "
            "region, killing at least 14 people on Sunday, police said.\n\n"
            "At least 23 people were injured, according to the regional hospital in Pisco.")
    found = _by_value(extract(text, PUB))
    assert found[23][0] != "Pisco"


def test_a_lagoon_named_after_near_keeps_its_kind_word(extract):
    text = ("Ferry sinks in Ghana, 9 dead\n\n"
            "A ferry carrying traders sank near Keta lagoon in Ghana's Volta region on Friday, killing "
            "at least 9 people, police said.")
    found = _by_value(extract(text, PUB))
    assert found[9] == ("Keta lagoon", "GH")


def test_an_acronym_the_text_defines_for_a_body_is_no_place(extract):
    text = ("Floods kill 30 in Malawi\n\n"
            "LILONGWE, Malawi — Floods have killed 30 people in Malawi, the National Relief Office (NRO) "
            "said on Monday.\n\n"
            "The NRO's latest report, issued in Blantyre, said 12 people were missing.")
    found = _by_value(extract(text, PUB))
    assert found[30][0] != "NRO" and found[12][0] != "NRO"


def test_a_city_the_headline_puts_the_deaths_in_is_the_place_of_a_country_wide_lead(extract):
    text = ("Senegal unrest: rights group says 18 killed in Dakar clashes\n"
            "By Awa Diop, BBC News | 3 March 2025\n\n"
            "Security forces in Senegal killed 18 people during two days of protests against the "
            "postponement of the election, a rights group said on Monday.\n\n"
            "Most of the victims were shot in Dakar, where hundreds of young men had gathered, it said.\n\n"
            "The government said 4 police officers had been injured.")
    found = _by_value(extract(text, PUB))
    assert found[4] == ("Dakar", "SN")
