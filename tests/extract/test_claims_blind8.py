"""Claimant rules from blind batches 175–190, each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_religious_courtesy_title_is_no_part_of_the_name(extract):
    text = ("School roof collapses\n\n"
            "Maulana Idris Khan Yusufzai, the head of the local council, said nine people were killed "
            "when the roof of the school collapsed in Kohat.")
    assert claimants(extract, text) == ["Idris Khan Yusufzai"]


def test_hausa_malam_is_no_part_of_the_name(extract):
    text = ("Gunmen strike village\n\n"
            "Malam Bala Garba Danjuma, a community leader, said 14 villagers were abducted in the raid on Kware.")
    assert claimants(extract, text) == ["Bala Garba Danjuma"]


def test_the_station_officer_by_acronym_resolves_to_the_person_named_with_it(extract):
    text = ("Boat capsizes\n\n"
            "The officer-in-charge (OC) of Kalia Police Station, Rafiqul Islam Mondal, said a boat capsized "
            "in the Madhumati river on Sunday, killing three people. Six passengers were still missing, the OC added.")
    assert claimants(extract, text) == ["Rafiqul Islam Mondal", "Rafiqul Islam Mondal"]


def test_a_role_named_by_its_acronym_later_is_the_person(extract):
    text = ("Floods in the north\n\n"
            "Sylhet's deputy commissioner said at least 3,100 people had been moved to shelters since Monday. "
            "\"More will come tonight,\" said the DC, Nurul Amin Bhuiyan.")
    assert claimants(extract, text) == ["Nurul Amin Bhuiyan"]


def test_a_role_after_a_capitalised_county_is_named_later(extract):
    text = ("Storm hits county\n\n"
            "The Lowndes County coroner said five people died in the storm near Hahira. "
            "Coroner Melissa Grant said the names would be released on Monday.")
    assert claimants(extract, text) == ["Melissa Grant"]


def test_a_capitalised_police_title_is_named_later(extract):
    text = ("Raid in the valley\n\n"
            "The Baringo County Police Commander said nine people were injured in the raid. "
            "\"We are pursuing the attackers,\" said the commander, Julius Kiprop.")
    assert claimants(extract, text) == ["Julius Kiprop"]


def test_an_acronym_with_a_slash_replaces_the_long_name(extract):
    text = ("Flooding in Alabama\n\n"
            "The Alabama Emergency Management and Flood Safety Agency (AEMA/FS) said four people had died statewide.")
    assert claimants(extract, text) == ["AEMA/FS"]


def test_a_regional_office_of_a_body_with_an_acronym_is_the_body(extract):
    text = ("Storm toll rises\n\n"
            "Eleven people were killed, the National Disaster Response Office (NDRO) regional office said on Monday.")
    assert claimants(extract, text) == ["NDRO"]


def test_an_acronym_right_after_a_lower_case_description_is_its_name(extract):
    text = ("Strike on convoy\n\n"
            "Niger's armed forces (FANi) said in a statement that they had killed about 30 militants near Tillia.")
    assert claimants(extract, text) == ["FANi"]


def test_her_office_speaks_for_the_person_named_last(extract):
    text = ("Drone attacks in the south\n\n"
            "Nariño governor Lucía Fernanda Ortiz asked for more troops. According to her office, "
            "17 civilians have been wounded by drones since March.")
    assert claimants(extract, text) == ["Lucía Fernanda Ortiz"]


def test_his_office_is_the_body_of_his_title_when_the_article_names_it(extract):
    text = ("Clashes in Putumayo\n\n"
            "The Ombudsman's Office said 2,000 people had fled their homes in Putumayo. "
            "The regional ombudsman for Putumayo, Carlos Mejía Ruiz, spoke on Tuesday. "
            "His office had counted 15 dead by Monday.")
    assert claimants(extract, text)[-1] == "The Ombudsman's Office"


def test_the_entity_refers_back_to_the_body_quoted_before(extract):
    text = ("Families flee\n\n"
            "The Ombudsman's Office said 1,500 people had fled to Mocoa since Friday. "
            "Another 1,200 people were displaced in the villages, the entity added.")
    assert claimants(extract, text) == ["The Ombudsman's Office"] * 2


def test_a_name_opening_a_hospital_s_name_is_no_person(extract):
    text = ("Bandit attack\n\n"
            "Police commander Joseph Kiprono Tanui said 12 people were injured. Five of them were flown to the "
            "Kenyatta Teaching and Referral Hospital in Nairobi, he said.")
    assert claimants(extract, text) == ["Joseph Kiprono Tanui"] * 2


def test_a_news_agency_s_own_tally_is_the_agency(extract):
    text = ("Border clashes\n\n"
            "Fighting at the same border post killed at least 11 soldiers in 2019, according to an AFP count.")
    assert claimants(extract, text) == ["AFP"]


def test_the_deputy_commissioner_is_the_whole_name_given_after_the_title(extract):
    text = ("Landslides in the hills\n\n"
            "Khagrachhari Deputy Commissioner Abdul Karim Bhuiyan said the rain had not stopped. "
            "\"We have found six bodies,\" the deputy commissioner said.")
    assert claimants(extract, text) == ["Abdul Karim Bhuiyan"]


def test_the_place_a_title_serves_is_no_person(extract):
    text = ("Fighting on the border\n\n"
            "On the other side, the district governor of Banteay Ampil said about 9,000 people had fled towards Sisophon.")
    assert claimants(extract, text) == ["the district governor of Banteay Ampil"]


def test_a_village_named_after_village_of_is_no_person_for_he_said(extract):
    text = ("Drone strikes\n\n"
            "The region's governor, Pavel Sokolov, said a drone hit a bus in Sudzha, killing two people. "
            "Another 6 people were hurt in the nearby village of Staraya Sorochina, he said.")
    assert claimants(extract, text) == ["Pavel Sokolov", "Pavel Sokolov"]


def test_an_owned_body_named_then_described_is_its_name(extract):
    text = ("Rockets hit the north\n\n"
            "Turkey's Kizilay Afet Yardim disaster relief agency said 14 people were wounded in Kilis.")
    assert claimants(extract, text) == ["Kizilay Afet Yardim"]


def test_a_headline_kind_of_body_is_the_body_described_so_after_its_name(extract):
    text = ("Idlib shelling: watchdog reports 17 killed\n\n"
            "The Geneva-based Syria Civilian Casualty Project (SCCP), a rights watchdog that counts deaths, "
            "said shelling hit the market on Friday.")
    assert claimants(extract, text)[0] == "SCCP"
