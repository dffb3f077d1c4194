"""Claimant rules from the errors of blind batch 103–118, each tested on wording, names and places
of its own."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_list_introduced_by_an_owned_document_takes_the_owner(extract):
    text = ("Floods have hit the north of the country since Friday.\n\n"
            "NEMA's provincial summary, as of noon on Monday:\n\n"
            "- Kano: 12 dead, 3,400 displaced\n"
            "- Jigawa: 7 dead, 1,900 displaced\n")
    assert set(claimants(extract, text)) == {"NEMA"}


def test_a_document_owner_reached_through_the_document(extract):
    text = ("Measles has killed 212 children this year, according to the Ministry of Public Health and "
            "Sanitation. The ministry's weekly report on Friday listed 40 deaths in the past week.\n\n"
            "The report's breakdown of deaths by region:\n\n"
            "- Centre: 55\n"
            "- Littoral: 31\n")
    assert claimants(extract, text)[-2:] == ["the Ministry of Public Health and Sanitation"] * 2


def test_plain_lines_under_an_owned_record_take_its_owner(extract):
    text = ("Smugglers keep sending boats across the gulf.\n\n"
            "UNHCR's log of earlier capsizings near the coast:\n\n"
            "4 April, off Zeila: 13 dead, 6 missing\n"
            "19 May, off Berbera: 22 dead, 2 missing\n")
    assert set(claimants(extract, text)) == {"UNHCR"}


def test_a_document_qualified_by_what_it_breaks_down_is_its_owners(extract):
    text = ("FUNSAR's count by district, updated at noon on Friday, showed 14 dead in Lesi.")
    assert claimants(extract, text) == ["FUNSAR"]


def test_an_acronym_with_lower_case_letters_is_the_bodys(extract):
    text = ("At least 14 people died in the floods, the Department of Civil Protection Affairs (DoCPA) said "
            "on Monday.")
    assert claimants(extract, text) == ["DoCPA"]


def test_a_one_word_acronym_in_brackets_after_an_agency(extract):
    text = "The Provincial Fire and Rescue Agency (Damkar) said its crews had recovered 9 bodies."
    assert claimants(extract, text) == ["Damkar"]


def test_the_head_noun_given_an_acronym_names_every_mention(extract):
    text = ("Militiamen killed 12 villagers in Ituri, the UN stabilisation mission said on Friday. "
            "The mission, known as MONUSCO, said in a statement that 30 homes had been burned and "
            "4,000 people had fled.")
    assert set(claimants(extract, text)) == {"MONUSCO"}


def test_an_acronym_after_or_is_the_bodys(extract):
    text = ("Violence killed at least 310 people in the region last year, according to the Global Displacement "
            "Monitoring Centre, or GDMC.")
    assert claimants(extract, text) == ["GDMC"]


def test_an_owner_before_a_bodys_name_does_not_hide_its_acronym(extract):
    text = "Flooding has killed 18 people, the region's Flood Response Centre (FRC) said."
    assert claimants(extract, text) == ["FRC"]


def test_a_spokesman_named_further_on_is_named_for_all_figures(extract):
    text = ("Gunmen killed 14 people in the village, a police spokesman said on Sunday. Among the dead were "
            "six women, he said.\n\nThe army said it had arrested 3 suspects.\n\n"
            "Police spokesman Amos Otieno later told reporters that 20 people had been abducted.")
    assert claimants(extract, text) == ["Amos Otieno", "Amos Otieno", "The army", "Amos Otieno"]


def test_a_role_named_in_an_apposition_later(extract):
    text = ("A nurse at the district clinic told AFP that 16 people had been injured in the blast.\n\n"
            "\"We have no more beds,\" said the nurse, Grace Mwale, who has worked there for a decade.")
    assert claimants(extract, text) == ["Grace Mwale"]


def test_a_titled_source_named_as_the_official_later(extract):
    text = ("The district prefect gave a toll of 40 dead.\n\n"
            "The official, Paul Ndong, said in the same interview that 9 people were missing.")
    assert claimants(extract, text) == ["Paul Ndong", "Paul Ndong"]


def test_an_anonymous_official_stays_unnamed(extract):
    text = ("A police official, who spoke on condition of anonymity, said 12 people had died. "
            "The hospital's director, Jane Obi, said 4 people were injured.")
    assert claimants(extract, text) == ["a police official", "Jane Obi"]


def test_someone_met_later_as_a_new_person_is_not_the_earlier_source(extract):
    text = ("At the hospital, a morgue official said staff had received 300 bodies.\n\n"
            "Some 900 people are missing, according to a rescue coordinator, Tom Berg, who leads a team.")
    assert claimants(extract, text) == ["a morgue official", "Tom Berg"]


def test_a_place_and_a_secretary_or_clerk_before_a_name_are_dropped(extract):
    text = ("Galle District Secretary Nimal Perera said 8 people had died. "
            "Mutare town clerk Joseph Chirwa said 15 houses collapsed and 30 people were displaced.")
    assert claimants(extract, text) == ["Nimal Perera", "Joseph Chirwa"]


def test_a_relative_clause_with_its_own_because_clause_leaves_the_subject(extract):
    text = ("A border guard in Kayes region, who asked for anonymity because she was not allowed to speak "
            "to the media, told Reuters that 17 soldiers had been killed.")
    assert claimants(extract, text) == ["a border guard"]


def test_a_participle_aside_after_a_document_leaves_its_owner(extract):
    text = ("Storms have hit the coast, the National Emergency Commission said. "
            "The commission's report, released early on Friday, listed 41 people injured.")
    assert claimants(extract, text) == ["the National Emergency Commission"]


def test_a_scope_word_before_a_bodys_name_stays(extract):
    text = "Landslides killed 11 people, the provincial Fire Brigade Command said."
    assert claimants(extract, text) == ["the provincial Fire Brigade Command"]


def test_an_unowned_bulletin_is_the_last_sources(extract):
    text = ("Flooding killed 30 people, NEMA said on Monday. In the same Monday bulletin, NEMA listed 22 people "
            "injured. The bulletin said 5 of the dead were children.")
    assert claimants(extract, text) == ["NEMA", "NEMA", "NEMA"]


def test_a_named_storm_before_a_headline_colon_is_a_topic(extract):
    text = ("Typhoon Marlo: death toll in northern Luzon rises to 21\n\n"
            "At least 21 people have died, the disaster council said on Monday.")
    assert claimants(extract, text) == [None, "the disaster council"]


def test_it_after_a_body_that_denied_something_is_that_body(extract):
    text = ("The army said 12 soldiers had been killed. The Patriotic Front denied attacking the base. "
            "In a message on WhatsApp, it said 25 of its members had been arrested.")
    assert claimants(extract, text) == ["The army", "The Patriotic Front"]


def test_with_a_source_reporting_figures(extract):
    text = ("Fighting went on along the frontier for a third day, with Armenia reporting 14 soldiers dead "
            "and 2,000 residents evacuated.")
    assert claimants(extract, text) == ["Armenia", "Armenia"]


def test_assessments_by_a_body_suggest(extract):
    text = ("Initial surveys by the Fiji Red Cross Society suggest as many as 900 people have lost their homes. "
            "Satellite images suggest 40 people were killed.")
    assert claimants(extract, text) == ["the Fiji Red Cross Society", None]


def test_who_said_after_a_named_speaker_and_a_description(extract):
    text = ("Villagers gave a higher toll. \"We counted 40 bodies,\" said Amara Diallo, a 52-year-old farmer "
            "in Koure, who said nine of her relatives were among the dead.")
    assert claimants(extract, text) == ["Amara Diallo", "Amara Diallo"]


def test_capitalised_words_before_an_acronym_are_a_body_that_it_refers_to(extract):
    text = ("The navy's press wing, Maritime Public Affairs (MPA), said 6 sailors had been wounded. "
            "It said 11 pirates had been captured.")
    assert claimants(extract, text) == ["MPA", "MPA"]


def test_a_passive_agent_inside_what_a_speaker_told_is_the_speakers_claim(extract):
    text = ("Defence Minister Rui Tavares rejected the toll, telling Radio Nova that only 6 deaths had been "
            "confirmed by pathologists.")
    assert claimants(extract, text) == ["Rui Tavares"]


def test_an_emergency_service_named_by_its_number(extract):
    text = "Ambulance 1990 said it had taken 35 injured people to hospital. In March 2024 said nothing."
    assert claimants(extract, text) == ["Ambulance 1990"]
