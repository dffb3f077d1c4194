"""Place rules from the errors on the blind-written dev articles, each tested on a short report of
its own with other names and wording (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 9, 18)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_dateline_city_is_not_the_lead_place(extract):
    # a dateline alone does not set the place: the town of the lead is the event place
    text = ("Gunmen kill villagers in northern raid\n\n"
            "KADUNA, Nigeria (AP) — Gunmen killed at least 19 people in an attack on a market in "
            "Birnin Gwari, police said on Thursday, the latest in a string of raids in the area.\n\n"
            "A further 8 people were wounded, a police spokesman said.")
    assert _places(extract(text, PUB))[-1] == ("Birnin Gwari", "NG")


def test_country_in_a_source_name_in_the_headline_is_not_the_named_place(extract):
    text = ("Shelling of Kadugli market kills 12, Sudan Doctors Network says\n\n"
            "PORT SUDAN, Sept 18 (Reuters) - Shelling of a busy market in Kadugli, the capital of "
            "Sudan's South Kordofan state, killed 12 people on Wednesday, the Sudan Doctors Network "
            "said.\n\nAmong the dead were three children, the group said.")
    assert _places(extract(text, PUB))[-1] == ("Kadugli", "SD")


def test_state_after_the_country_owner_is_the_lead_place(extract):
    text = ("Nigeria: Attackers kill 20 in Plateau villages\n\n"
            "JOS, Nigeria (AP) — Attackers killed at least 20 people in raids on three villages in "
            "Nigeria's central Plateau state, police said on Monday.\n\n"
            "Residents said 7 more were missing after the raids.")
    assert _places(extract(text, PUB))[-1] == ("Plateau state", "NG")


def test_standfirst_above_the_byline_is_not_the_lead(extract):
    text = ("Gang attack on Mirebalais kills 25, UN says\n\n"
            "Witnesses describe armed men going from street to street in the Centre department "
            "market town at night.\n\n"
            "By Staff Reporter\nPublished On 3 Sep 2025\n\n"
            "Armed men from a gang coalition killed at least 25 people in an attack on the town of "
            "Mirebalais in Haiti's Centre department, the UN said on Tuesday.\n\n"
            "Another 9 people were wounded, police said.")
    assert _places(extract(text, PUB))[-1] == ("Mirebalais", "HT")


def test_town_near_which_the_event_happened_beats_its_region(extract):
    text = ("Mali: Soldiers killed in ambush\n\n"
            "The army said 12 soldiers were killed when militants ambushed a patrol near the town of "
            "Boni, in the central Mopti region, on Monday.\n\n"
            "A local official said 5 more soldiers were missing.")
    assert _places(extract(text, PUB)) == [("Boni", "ML"), ("Boni", "ML")]


def test_figure_larger_than_the_town_is_the_countrys(extract):
    text = ("Cameroon: Gunmen kill 6 in Bafut\n\n"
            "Gunmen killed 6 people in Bafut on Tuesday, the governor said.\n\n"
            "Nearly 600,000 people remain displaced by the conflict, according to UN figures.")
    assert _places(extract(text, PUB))[-1] == ("Cameroon", "CM")


def test_toll_since_the_military_seized_power_is_the_countrys(extract):
    text = ("An air strike killed 14 people in the town of Kalay in Myanmar's Sagaing region, "
            "residents said.\n\n"
            "Security forces have killed more than 6,000 civilians since the military seized power "
            "in 2021, a monitoring group says.")
    assert _places(extract(text, PUB))[-1] == ("Myanmar", "MM")


def test_subdistrict_named_with_its_unit_word_is_a_place(extract):
    text = ("Pakistan: Hundreds flee as curfew imposed in Sandapal\n\n"
            "Thousands of people fled their homes in Dir's Sandapal tehsil on Monday after the "
            "administration imposed a curfew ahead of a military operation, officials said.\n\n"
            "\"About 40,000 people from Sandapal have registered as displaced,\" an official said.")
    places = _places(extract(text, PUB))
    assert len(places) == 3 and {p for p, _c in places} <= {"Sandapal tehsil", "Sandapal"}
    assert {c for _p, c in places} == {"PK"}


def test_village_the_gazetteer_lacks_named_with_village_is_a_place(extract):
    text = ("Myanmar air strike kills villagers\n\n"
            "A military air strike on a school in Myanmar's Magway region killed 9 people, residents "
            "said.\n\n"
            "The jet struck the school in Htee Pu Lay village at dawn. \"About 1,500 villagers from "
            "Htee Pu Lay have fled into the forest,\" a resident said.")
    assert _places(extract(text, PUB))[-1] == ("Htee Pu Lay", "MM")


def test_village_of_the_event_in_the_second_paragraph_becomes_the_event_place(extract):
    text = ("Sudan: Raiders kill herders in Warrap attacks\n\n"
            "WAU, Feb 2 (Reuters) - Armed youths killed at least 30 people in raids on cattle camps "
            "in South Sudan's Warrap state over the weekend, a state official said on Monday.\n\n"
            "The raiders struck camps in the village of Mayen Ulem before dawn on Saturday, the "
            "official said.\n\n"
            "\"Among the dead are 6 children,\" he said.")
    assert _places(extract(text, PUB))[-1] == ("Mayen Ulem", "SS")


def test_village_only_near_the_event_does_not_become_the_event_place(extract):
    text = ("Gunmen ambush convoy in Pakistan's Orakzai, many dead\n\n"
            "Gunmen opened fire on a convoy in north-western Pakistan's Orakzai district on Thursday, "
            "killing at least 20 people, officials said.\n\n"
            "Attackers on both sides of the road near the village of Ghiljo began firing, an official "
            "said.\n\n"
            "Residents said 9 more passengers were missing.")
    assert _places(extract(text, PUB))[-1][0] in ("Orakzai district", "Orakzai")


def test_list_line_takes_the_place_of_the_paragraph_introducing_the_list(extract):
    text = ("Floods kill 12 as river bursts banks near Mwanza\n\n"
            "DODOMA, April 9 (Reuters) - Floods killed 12 people in the village of Igoma after a "
            "river burst its banks overnight, police said.\n\n"
            "Rains have hit 14 of Tanzania's 31 regions since March, according to the National "
            "Disaster Management Agency. Its latest figures showed:\n\n"
            "- 52 people injured\n"
            "- 9 people missing\n")
    assert _places(extract(text, PUB))[-2:] == [("Tanzania", "TZ"), ("Tanzania", "TZ")]


def test_dateline_right_before_the_first_number_is_not_its_place(extract):
    text = ("Pokrovsk evacuations: families ordered out as shelling grows\n\n"
            "DNIPRO, Aug. 3, 2025 - Authorities have evacuated 870 people, including 140 children, "
            "from Pokrovsk and nearby villages over the past week, the regional governor said.")
    assert _places(extract(text, PUB))[0] == ("Pokrovsk", "UA")


def test_people_evacuated_to_a_city_are_counted_where_they_left(extract):
    text = ("Fighting flares near Hodeidah\n\n"
            "Clashes killed 14 fighters south of Hodeidah on Sunday, officials said.\n\n"
            "The aid group, which runs the main hospital in Hays, said its teams had treated 40 "
            "wounded people. It said it had evacuated 7 patients to Aden on Monday.")
    assert _places(extract(text, PUB))[-1] == ("Hays", "YE")


def test_town_in_a_hospital_name_is_where_the_wounded_are_treated_not_the_place(extract):
    text = ("Papua New Guinea: Clan fighting kills 12 in Hela\n\n"
            "At least 12 people were killed in clan fighting in the village of Tari Gap in Papua New "
            "Guinea's Hela province on Sunday, police said.\n\n"
            "17 people with gunshot wounds were being treated at Mendi General Hospital, a "
            "spokeswoman said.")
    assert _places(extract(text, PUB))[-1] == ("Tari Gap", "PG")


def test_place_of_an_after_clause_is_not_the_tolls(rules_extract):  # the place ranker overrules this rule here
    extract = rules_extract
    text = ("Uganda floods\n\n"
            "The death toll from weeks of flooding in Uganda has risen to 64, the government said on "
            "Monday, after a landslide buried homes in the village of Bulucheke overnight.")
    assert _places(extract(text, PUB))[0] == ("Uganda", "UG")
