"""A body's own document headed in capitals or by its acronym gives it the figures no one else
claims; and numbers that count places, road posts, guns or recruits are no figures (session 11)."""

import datetime as dt

PUB = dt.date(2025, 9, 3)


def test_an_agency_in_capitals_over_its_situation_report(extract):
    text = ("Storm season: 9 dead in the north\n\n"
            "INSTITUTO NACIONAL DE PROTECCIÓN CIVIL (INPC)\n"
            "SITUATION REPORT No. 7 – STORM SEASON 2025\n\n"
            "Since 1 August, 9 people have died and 1,450 have been evacuated from riverside villages.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures[1:]] == [(9, "INPC"), (1450, "INPC")]


def test_a_press_release_headed_by_its_issuer_in_capitals(extract):
    text = ("Two constables killed in Lakki Marwat ambush\n\n"
            "PRESS RELEASE | LAKKI MARWAT DISTRICT POLICE Office of the District Police Officer\n\n"
            "Two constables were killed and five others injured when gunmen ambushed a patrol on Friday.")
    figures = extract(text, PUB)
    assert [f.claimant for f in figures[-2:]] == ["Lakki Marwat District Police"] * 2


def test_an_acronym_and_its_description_over_place_and_date(extract):
    text = ("Arrivals rise at the northern border – IOM Update #2\n\n"
            "IOM, the UN Migration Agency | Niamey, 2 September 2025\n\n"
            "Some 2,300 people fleeing fighting in Libya crossed into Niger at Assamaka last week.")
    (figure,) = extract(text, PUB)
    assert figure.claimant == "IOM"


def test_places_road_posts_guns_and_recruits_are_no_figures(extract):
    text = ("Flooding killed 11 people in Kasai. No casualties were reported in the remaining four affected "
            "territories. The road to Tshikapa is cut at kilometre 42. Police seized three Kalashnikovs. "
            "The province will recruit 300 additional rangers, and 25 children have been identified and "
            "referred to foster families.")
    assert [f.value for f in extract(text, PUB)] == [11]


def test_people_marched_into_the_forest_are_captives(extract):
    text = "Some 40 villagers were marched into the bush by the raiders at dawn, elders said."
    (figure,) = extract(text, PUB)
    assert figure.measure.value == "captured"


def test_a_statement_label_over_the_issuing_team(extract):
    text = ("Army says 40 insurgents killed near Buthidaung\n\n"
            "STATEMENT | Western Command Information Team\n\n"
            "Security forces killed 40 insurgents and lost six members in clashes on 3 September.")
    figures = extract(text, PUB)
    assert [f.claimant for f in figures[-2:]] == ["Western Command Information Team"] * 2


def test_a_press_release_label_over_a_hospital_and_its_town(extract):
    text = ("PRESS RELEASE | Nasser Medical Complex Authority, Khan Younis\n\n"
            "Our teams receive 12 dead after strike on market\n\n"
            "KHAN YOUNIS, 2 September 2025 - The emergency department received 12 dead and 40 wounded.")
    figures = extract(text, PUB)
    assert {f.claimant for f in figures} == {"Nasser Medical Complex Authority"}


def test_a_body_and_acronym_over_its_office_and_the_date(extract):
    text = ("FIJI: Tropical Cyclone Lusi - Flash Update No. 1\n"
            "Office for the Coordination of Humanitarian Affairs (OCHA), Pacific Office Suva, 2 September 2025\n\n"
            "HIGHLIGHTS\n- Three people killed and 14 injured on Vanua Levu.")
    assert {f.claimant for f in extract(text, PUB)} == {"OCHA"}


def test_an_event_day_in_a_bodys_update_is_not_its_statement_date(extract):
    text = ("UN MISSION IN SOUTH SUDAN (UNMISS) Weekly protection update | Juba, 2 September 2025\n\n"
            "On 28 August, armed youth attacked a cattle camp near Pibor, killing 9 civilians.")
    (figure,) = extract(text, PUB)
    assert (figure.claimant, figure.as_of) == ("UNMISS", PUB)


def test_the_mission_in_its_own_update_is_the_masthead_body(extract):
    text = ("UNMISS weekly update: attacks in Jonglei\n\n"
            "UNITED NATIONS MISSION IN SOUTH SUDAN (UNMISS) Weekly protection update | Juba, 2 September 2025\n\n"
            "Since 1 January, the Mission has documented 418 civilians killed in Jonglei state.")
    (figure,) = extract(text, PUB)
    assert figure.claimant == "UNMISS"


def test_a_title_opening_on_the_issuers_acronym(extract):
    text = ("BPBD SITUATION REPORT No. 3 - LANDSLIDES IN BANJARNEGARA\n\n"
            "1. OVERVIEW\nSince Sunday, 8 people have died and 2,400 have been evacuated.")
    assert {f.claimant for f in extract(text, PUB)} == {"BPBD"}


def test_a_press_release_label_and_issuer_on_one_line_without_a_bar(extract):
    text = ("GUNMEN ABDUCT 12 ON HIGHWAY\n\n"
            "PRESS RELEASE Ondo State Police Command, Public Relations Department, Akure\n\n"
            "Twelve travellers were abducted on Saturday evening, and three suspects were arrested.")
    figures = extract(text, PUB)
    assert {f.claimant for f in figures[1:]} == {"Ondo State Police Command"}


def test_a_committee_named_after_its_region_on_a_dashed_line(extract):
    text = ("REPUBLIC OF CHAD - LAC PROVINCE - PROVINCIAL CRISIS COMMITTEE (CPC)\n"
            "SITUATION BULLETIN No. 2 - Floods in Bol. Issued: Bol, 1 September 2025.\n\n"
            "1. OVERVIEW\nThe floods have killed 6 people and displaced 3,100.")
    assert {f.claimant for f in extract(text, PUB)} == {"CPC"}
