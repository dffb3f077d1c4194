"""Reading the subject of a claim verb in a sentence: leading place phrases, relative clauses,
"known as", nouns that look like verbs and headline labels. Each sentence is written for the test."""

import datetime as dt

PUB = dt.date(2024, 5, 14)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_plural_generic_sources_are_sources(extract):
    assert claimants(extract, "At the district hospital, doctors said some 120 patients had died.") == ["doctors"]
    assert claimants(extract, "Gunmen killed fourteen villagers on Monday, witnesses said.") == ["witnesses"]


def test_leading_place_phrase_is_not_the_name_before_an_appositive(extract):
    text = "In Kassala, a nurses' union said shelling had left some 120 civilians dead."
    assert claimants(extract, text) == ["a nurses' union"]


def test_subject_after_a_relative_pronoun_speaks_only_for_what_follows(extract):
    text = ("Troops killed 12 gunmen in a raid on the camp, an operation that local health "
            "authorities said left 210 people dead.")
    by_value = {f.value: f.claimant for f in extract(text, PUB)}
    assert by_value == {12: None, 210: "local health authorities"}


def test_known_as_gives_the_name(extract):
    text = "Volunteers from a unit known as the Blue Angels said they had evacuated 31 civilians."
    assert claimants(extract, text) == ["the Blue Angels"]


def test_people_at_an_institution_drop_the_place_of_the_institution(extract):
    text = "Researchers at Leiden University in the Netherlands estimated that 40,000 civilians had died."
    assert claimants(extract, text) == ["Researchers at Leiden University"]


def test_agency_in_a_place_keeps_the_place(extract):
    text = "An air strike killed no fewer than 73 people, the civil defence agency in Gaza said."
    assert claimants(extract, text) == ["the civil defence agency in Gaza"]


def test_table_label_beginning_with_not_is_not_a_source(extract):
    text = ("The statistics bureau published the following breakdown by district on Sunday:\n\n"
            "District Killed Injured\n"
            "North 5,230 11,900\n"
            "South 3,120 9,300\n"
            "Not recorded 900 1,254\n\n"
            "Aid agencies say food is running out.")
    assert set(claimants(extract, text)) == {"The statistics bureau"}


def test_passive_subject_is_not_a_source(extract):
    assert claimants(extract, "Injuries have been recorded for 1,295 people.") == [None]


def test_estimate_admitted_acknowledged_and_counts_attribute(extract):
    assert claimants(extract, "About 150,000 people have been made homeless, officials estimate.") == ["officials"]
    assert claimants(extract, "Officials admitted that fewer than 300 people had been evacuated.") == ["Officials"]
    assert claimants(extract, "A police spokesman acknowledged that 12 officers had died.") == ["a police spokesman"]
    assert claimants(extract, "In the south, the authority counts 263 dead.") == ["the authority"]


def test_an_official_said_is_a_verb_after_an_adjective_like_word(extract):
    text = 'An army official said that "dozens" had been killed or injured in the crush.'
    assert claimants(extract, text) == ["an army official"]


def test_states_after_names_is_a_noun_not_a_claim_verb(extract):
    text = ("The fighting has uprooted approximately 335,000 people across Kachin, Chin and Rakhine "
            "states since October, the UN said on Friday.")
    assert claimants(extract, text) == ["UN"]
    assert claimants(extract, "The United States said it had evacuated more than 30 citizens.") == ["The United States"]


def test_prepositional_appositive_before_said_gives_way_to_the_subject(extract):
    text = "Moldova's government, just across the border, said on Monday that it hosts 110,000 refugees."
    assert claimants(extract, text) == ["Moldova's government"]


def test_acronym_before_figures_names_the_source_of_a_table(extract):
    text = ("Floods have hit the north.\n\n"
            "NDRA provincial figures since June 14 (deaths):\n"
            "Sindh — 347\n"
            "Punjab — 188\n")
    assert claimants(extract, text) == ["NDRA", "NDRA"]


def test_headline_label_that_is_a_topic_or_a_place_is_not_a_source(extract):
    text = ("Valley flood: more than 5,300 dead in Marsa\n"
            "By A. Reporter — BENGHAZI, May 14, 2024\n\n"
            "Water tore through Marsa on Sunday.")
    assert claimants(extract, text) == [None]
    text = ("Marsa: a week after the flood, thousands still missing\n\n"
            "A week after the flood, families in Marsa are still searching.")
    assert claimants(extract, text)[0] is None


def test_headline_label_that_is_a_body_is_a_source(extract):
    text = "UNICEF: 1,200 children killed in Marsa floods\n\nThe floods hit Marsa on Sunday."
    assert claimants(extract, text)[0] == "UNICEF"


def test_owner_of_a_toll_gives_way_to_the_one_who_said_it(extract):
    text = "Across the border, Turkey's toll has climbed to 8,574, officials in Ankara said."
    assert claimants(extract, text) == ["officials in Ankara"]


def test_owner_of_figures_is_the_source_when_no_one_is_quoted(extract):
    text = "Oxfam's latest figures show 312 people have died of cholera."
    assert claimants(extract, text) == ["Oxfam"]


def test_combined_figures_are_the_reporters_own_sum(extract):
    text = "Combined with figures from the government, fatalities across the country stand at 2,530."
    assert claimants(extract, text) == [None]


def test_citing_after_a_claim_leaves_the_figure_with_the_first_source(extract):
    text = ("The UN relief office had earlier given a figure of 11,300 dead, citing the local "
            "Red Crescent.")
    assert claimants(extract, text) == ["The UN relief office"]


def test_sentence_final_claim_covers_a_clause_before_a_semicolon(extract):
    text = ("Six bodies have been pulled from the water; the remaining 17 passengers were missing, "
            "the district commissioner said.")
    assert claimants(extract, text) == ["the district commissioner"] * 2


def test_claim_opening_the_second_clause_does_not_reach_back_across_a_semicolon(extract):
    text = ("Rescuers were searching for dozens of people swept away; the district administration "
            "said 19 people were missing there.")
    assert claimants(extract, text) == [None, "the district administration"]


def test_gave_a_toll_attributes(extract):
    text = "The health ministry has given a national death toll exceeding 3,000."
    assert claimants(extract, text) == ["The health ministry"]


def test_believe_attributes(extract):
    text = "Officials believe the real number of deported children may be as high as 150,000."
    assert claimants(extract, text) == ["Officials"]


def test_subject_after_a_subordinating_conjunction(extract):
    text = ("The agency later withdrew the figure after the Red Cross said only 12 volunteers "
            "had been killed.")
    assert claimants(extract, text) == ["the Red Cross"]


def test_and_said_takes_the_subject_of_the_sentence(extract):
    text = ("The foreign ministry rejected the figures as biased and said at least 4,500 civilians "
            "had been killed by shelling.")
    assert claimants(extract, text) == ["The foreign ministry"]


def test_it_after_a_body_published_a_report_is_that_body(extract):
    text = ("The unrest came as the UN Integrated Office in Port City (UNIOP) published its quarterly "
            "report. It recorded 846 people killed between January and March.")
    assert claimants(extract, text) == ["UNIOP"]


def test_owner_of_a_title_is_not_a_person(extract):
    text = "The European Union's foreign policy chief said more than 1,000 EU citizens had been evacuated."
    assert claimants(extract, text) == ["The European Union's foreign policy chief"]


def test_inverted_said_x_vouches_for_the_quote_not_a_clause_after_it(extract):
    text = ('"We have nothing left," said Amina Rahman, 36, at a registration centre where about '
            '600 new arrivals have been recorded since January.')
    assert claimants(extract, text) == [None]
    text = '"Our teams have found 30 bodies," said Amina Rahman, a volunteer.'
    assert claimants(extract, text) == ["Amina Rahman"]


def test_who_in_capitals_is_the_health_body_not_a_relative_pronoun(extract):
    text = "WHO said 3,000 people were injured in the earthquake."
    assert claimants(extract, text) == ["WHO"]


def test_admitted_to_hospital_is_not_an_attribution(extract):
    text = "Hospitals admitted 300 wounded people overnight, the health ministry said."
    assert claimants(extract, text) == ["the health ministry"]


def test_according_to_figures_released_by_a_body(extract):
    text = "The toll stands at 120 dead, according to figures released by the interior ministry."
    assert claimants(extract, text) == ["the interior ministry"]
    text = "According to official figures published by the ministry on Sunday, 80 people died."
    assert claimants(extract, text) == ["the ministry"]


def test_table_intro_with_figures_supplied_by_a_body_named_before(extract):
    text = ("Well over 560,000 people have fled abroad, the UN refugee agency said on Tuesday.\n\n"
            "Figures supplied by the agency, by country of arrival:\n\n"
            "Egypt | 255,000\n"
            "Chad | 149,000\n")
    assert set(claimants(extract, text)) == {"the UN refugee agency"}


def test_table_intro_with_a_bare_noun_in_brackets_refers_to_the_body_named_before(extract):
    text = ("About 2.1m people remain displaced, according to the regional disaster-management bureau.\n\n"
            "Displaced people by zone (bureau estimates, as of 9 December):\n\n"
            "Northern zone .............. 301,000\n"
            "Eastern zone ............... 187,500\n")
    assert set(claimants(extract, text)) == {"the regional disaster-management bureau"}


def test_which_the_ministry_said_names_the_ministry(extract):
    text = "The strike on the market, which the ministry said killed 30 people, drew condemnation."
    assert claimants(extract, text) == ["the ministry"]


def test_subject_after_as_may_be_a_plain_plural(extract):
    text = "Shelling continued as rescuers said 30 people were trapped under the rubble."
    assert claimants(extract, text) == ["rescuers"]


def test_citing_aside_leaves_the_subject_as_the_source(extract):
    text = "The UN, citing local authorities, said 300 people were displaced."
    assert claimants(extract, text) == ["The UN"]


def test_bare_police_is_written_as_it_appears(extract):
    text = "At least 20 people were killed when a bus overturned, police said."
    assert claimants(extract, text) == ["police"]


def test_a_count_by_a_body_found_that(extract):
    text = "A count by the Associated Press found that at least 1,200 people had died."
    assert claimants(extract, text) == ["the Associated Press"]


def test_fears_attributes_and_headline_title_resolves_to_the_person_named_below(extract):
    text = ("Town mayor fears toll could reach 2,000\n\n"
            "The town's mayor, Karim Haddad, said on Friday that 500 people had died.")
    assert claimants(extract, text) == ["Karim Haddad", "Karim Haddad"]
    assert claimants(extract, "Twelve people are feared dead after the landslide.") == [None]
