"""Claimant rules from the errors of blind batches 127–142, each tested on wording, names and places
of its own."""

import datetime as dt

PUB = dt.date(2025, 6, 9)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_an_anonymity_clause_is_not_the_speaker(extract):
    text = ("A police officer, speaking on condition of anonymity because she was not permitted to talk "
            "to journalists, told us that the number of dead could reach 40.")
    assert claimants(extract, text) == ["a police officer"]


def test_an_adverb_after_the_auxiliary_is_no_part_of_the_subject(extract):
    text = "The interior ministry has already updated its figures: 28 people are now confirmed dead."
    assert claimants(extract, text) == ["The interior ministry"]


def test_a_possessive_pronoun_inside_a_quote_is_not_a_source(extract):
    text = ('Governor Amina Begum visited the shelters on Monday. "My estimate is that close to 50,000 '
            'people have been affected," she said.')
    assert claimants(extract, text) == ["Amina Begum"]


def test_rank_abbreviations_and_local_titles_are_not_part_of_the_name(extract):
    text = ('A spokesman for the navy in the south, Lt Col Samuel Okoro, said the situation was calm. '
            '"We lost 14 sailors this week," he said.\n\n'
            '"We buried nine people in Kibuye on Monday," said Father Jean Habimana, a priest.\n\n'
            '"We have lost 23 people in our ward alone," ward chair Gopal Prasad Rai told a radio station.')
    assert claimants(extract, text) == ["Samuel Okoro", "Jean Habimana", "Gopal Prasad Rai"]


def test_a_document_speaks_for_the_whole_body_that_owns_it(extract):
    text = ("The Office of Emergency Management's morning bulletin listed seven deaths in Kandy. Another "
            "five people were missing after a bridge collapsed, the bulletin said.")
    assert claimants(extract, text)[-1] == "The Office of Emergency Management"


def test_the_second_of_two_places_after_in_is_not_a_person(extract):
    text = ("Karim Bashir, spokesman for the Rescue Centre, told reporters that crews had found 31 bodies "
            "in Bab Salim and Nour al-Din since Saturday.\n\n"
            "He said the centre had evacuated 540 residents from the area.")
    assert claimants(extract, text) == ["Karim Bashir", "Karim Bashir"]


def test_a_place_that_recorded_a_tally_gives_way_to_the_source_cited(extract):
    text = ("Jalisco recorded 2,100 homicides in the year to June, according to figures from the "
            "national security ministry.")
    assert claimants(extract, text) == ["the national security ministry"]


def test_a_separate_statement_is_a_noun_and_it_is_the_body_before(extract):
    text = ("The Kenyan Defence Forces (KDF) said they had struck militant camps in the area. In a separate "
            "statement, they said troops had killed about 40 fighters.")
    assert claimants(extract, text) == ["KDF"]


def test_the_ministry_is_the_capitalised_ministry_named_with_its_owner(extract):
    text = ("Turkey's Interior Ministry said 12 migrants had drowned off the coast. The ministry also said "
            "on Thursday that 300 people had been detained.")
    assert claimants(extract, text) == ["Turkey's Interior Ministry"] * 2


def test_the_agency_is_not_an_unnamed_spokesman_of_it(extract):
    text = ('Thousands have fled, the UN migration agency IOM said. "Most are children," an IOM spokesman '
            "told reporters. The agency said some 80,000 refugees had arrived in the camp.")
    assert claimants(extract, text)[-1] == "IOM"


def test_a_group_introduced_by_kind_takes_the_name_given_later(extract):
    text = ("Niger's army said it had killed 30 militants, while an Islamic State-linked group claimed it had "
            "killed more than 40 soldiers in the attack.\n\n"
            "The group, known as ISSP, said in a statement that its fighters had seized weapons.")
    assert claimants(extract, text) == ["Niger's army", "ISSP"]


def test_a_tally_compiled_from_other_figures_is_its_compilers(extract):
    text = ("At least 120 people have died, according to the national disaster agency. A Reuters tally "
            "compiled from district figures puts the toll at 131.")
    assert claimants(extract, text) == ["the national disaster agency", "Reuters"]


def test_an_office_ending_in_a_title_is_not_the_official_named_before(extract):
    text = ("Six people died when a hillside collapsed on Monday, according to Abdul Karim Chowdhury, an "
            "official at the Office of the Disaster Relief and Resettlement Commissioner. The official said "
            "about 900 people had been relocated from the slopes.")
    assert claimants(extract, text) == ["Abdul Karim Chowdhury"] * 2


def test_a_mixed_case_acronym_after_a_body_name_stands_for_it(extract):
    text = ("More than 5,000 people were killed in Mali in 2022, according to the Armed Conflict Location "
            "and Event Data project (Acled), which monitors political violence.")
    assert claimants(extract, text) == ["Acled"]


def test_figures_after_a_colon_take_the_speaker_who_ends_the_sentence(extract):
    text = ("The interior ministry has just updated its figures: 28 people are now confirmed dead and 40 "
            "injured, spokesman Ali Omar said at a briefing in the capital.")
    assert claimants(extract, text) == ["Ali Omar", "Ali Omar"]


def test_a_located_description_of_a_group_refers_to_the_body_named_before(extract):
    text = ("Amnesty International (AI) said in a report on Monday that 80 people had been killed. The "
            "London-based rights group said 12 of the dead were children.")
    assert claimants(extract, text) == ["AI", "AI"]


def test_a_lower_case_body_owns_its_latest_figure(extract):
    text = "Rain kept falling on Tuesday. The interior ministry's latest figure stands at 95 dead, up from 57 on Monday."
    assert claimants(extract, text) == ["the interior ministry"] * 2


def test_a_speaker_who_asked_to_be_identified_by_one_name_is_that_name(extract):
    text = ("A volunteer, who asked to be identified only as Min Thu for fear of reprisals, said rescuers "
            "pulled 22 bodies from the rubble on Tuesday.")
    assert claimants(extract, text) == ["Min Thu"]


def test_a_headline_body_takes_the_long_of_name_the_story_gives(extract):
    text = ("Death toll from Benghazi clashes rises to 31, interior ministry says\n"
            "BENGHAZI, May 27 (Xinhua) -- The death toll from two days of clashes in the city has risen to 31, "
            "the interior ministry of the Benghazi-based Government of National Stability said on Monday.\n")
    full = "the interior ministry of the Benghazi-based Government of National Stability"
    assert claimants(extract, text) == [full, full]


def test_a_gang_named_between_is_not_the_she_of_the_next_sentence(extract):
    text = ("Police spokeswoman Anne Dubois said officers had retaken the town. The Kraze Baryè gang claimed "
            "its fighters had killed 15 police officers, a claim Dubois dismissed. She said two officers had "
            "been lightly hurt.")
    assert claimants(extract, text) == ["The Kraze Baryè gang", "Anne Dubois"]
