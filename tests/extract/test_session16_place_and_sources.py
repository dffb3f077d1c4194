"""Rules of session 16 (extractor 1.19.0), each worded unlike the article it was read from: the
first count of an elliptical list of places' shares; sources as wire copy sets them off (a body said
back by its kind, "Police in X, Country, said", a month or a participle's clause before the subject,
"a figure Y rejected" after a mid-sentence "said", an unnamed body named later)."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def test_the_first_count_of_an_elliptical_list_keeps_its_own_place_not_the_next_items():
    text = ("Landslides have killed 31 people across Bagmati province since Sunday, police said. "
            "Hetauda counted eleven dead, Bharatpur nine and Butwal six, a provincial official said.\n")
    places = {f.value: f.place for f in _figures(text)}
    assert places[11] == "Hetauda"
    assert places[9] == "Bharatpur"
    assert places[6] == "Butwal"


def test_a_clause_with_a_count_before_an_unnamed_official_is_what_was_said_not_a_name():
    text = ("Rains lash western Nepal\n\n"
            "Landslides killed eleven villagers in Dailekh overnight, a district official said.\n\n"
            "Kalikot counted four dead and Jajarkot two, a provincial police spokesman said.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[11].claimant == "a district official"
    assert found[4].claimant == "a provincial police spokesman"
    assert found[2].claimant == "a provincial police spokesman"


def test_a_named_person_before_an_unnamed_description_is_still_the_source():
    text = ("Rains lash western Nepal\n\n"
            "Landslides killed eleven villagers in Dailekh overnight, Hari Bahadur Thapa, "
            "a district official, said.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "Hari Bahadur Thapa"


def test_a_body_said_back_by_its_kind_takes_the_full_name_a_title_gave_it():
    text = ("Shelling kills four in Kherson\n\n"
            "Four people were killed in Bilozerka, said Oleksandr Prokudin, head of the Kherson regional "
            "military administration.\n\n"
            "Since July 1, 1,870 people have been evacuated from riverside villages, the regional "
            "administration said.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[1870].claimant == "the Kherson regional military administration"


def test_a_kind_said_back_in_a_sentence_naming_another_region_keeps_its_own_words():
    text = ("Live: strikes across Ukraine\n\n"
            "A strike on a school killed three people in Sumy, said Ivan Kovalenko, head of the Sumy "
            "regional military administration.\n\n"
            "More than 900 people have been evacuated from villages in Kharkiv region, the regional "
            "administration said.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[900].claimant == "the regional administration"


def test_an_opening_statement_aside_before_an_accusation_and_a_claim_is_no_source():
    text = ("Camp strike\n\n"
            "In a statement, the Sudan Liberation Movement accused the militia of a massacre and said "
            "43 civilians had been killed.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "the Sudan Liberation Movement"


def test_a_tally_whose_source_speaks_mid_sentence_before_a_rejected_figure_aside():
    text = ("Heat deaths in Sindh\n\n"
            "Clinics across Karachi have recorded 44 heat deaths since Friday, the Karachi Medical "
            "Union (KMU) said on Monday, a figure the provincial government rejected as exaggerated.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "KMU"
    assert dead.disputed_by == "the provincial government"


def test_a_country_set_off_after_the_subjects_town_is_not_the_source():
    text = ("Protests turn deadly\n\n"
            "Police in Mombasa, Kenya, said nine protesters were killed on Tuesday.\n")
    (dead,) = _figures(text)
    assert dead.claimant.lower().startswith("police")


def test_its_members_speak_for_the_group():
    text = ("Siege of Kalay\n\n"
            "The Kalay Rescue Team, a volunteer outfit, says at least 40 civilians have been killed. "
            "Its volunteers say they have buried 12 bodies in the last week.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[12].claimant == "The Kalay Rescue Team"


def test_a_month_before_the_subject_is_no_part_of_it():
    text = ("Rival claims over Lashio\n\n"
            "Both sides claim victories. In March the army's true news team said its troops had killed "
            "more than 200 rebels near the town.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "the army's true news team"


def test_a_body_set_off_by_who_formed_it_is_the_source():
    text = ("Crackdown in Gulu\n\n"
            "The Gulu Medical Response Unit (GMRU), set up by nurses at three clinics, said on Friday "
            "that 58 people had been treated for gunshot wounds.\n")
    (hurt,) = _figures(text)
    assert hurt.claimant == "GMRU"


def test_an_unnamed_committee_is_the_body_named_later_with_its_kinds_word():
    text = ("Tolls differ after Eldoret protests\n\n"
            "At least 14 people were killed, according to a committee of nurses at the city's hospitals.\n\n"
            "The Eldoret Nurses' Crisis Committee (ENCC) said on Thursday that 90 people had been wounded.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[14].claimant == "ENCC"


def test_a_national_rights_group_is_the_body_its_report_names_in_the_next_paragraph():
    text = ("Disappearances rise\n\n"
            "TUNIS, Feb 3 - A Tunisian rights group said on Monday that 312 people were forcibly "
            "disappeared last year.\n\n"
            "In its yearly report, the Tunis Centre for Liberties and Justice (TCLJ), which works from "
            "Paris, said 140 of them later reappeared in court.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[312].claimant == "TCLJ"


def test_a_participles_clause_before_a_titled_speaker_is_no_name():
    text = ("Verdict in Bunia\n\n"
            "Reading the verdict to a full courtroom, presiding judge Marie Kabila Nsenga said the militia "
            "had killed 87 villagers.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "Marie Kabila Nsenga"


def test_reports_a_body_is_checking_are_no_claim_of_its_own():
    text = ("Counting the dead in Kidal\n\n"
            "The Kidal Victims Register has documented 96 civilian deaths. It is still verifying reports "
            "of a further 20 to 30 deaths, coordinator Fatouma Ag Ahmed told reporters.\n")
    found = [f for f in _figures(text) if f.value is None]
    assert found and found[0].claimant == "Fatouma Ag Ahmed"


def test_labelled_lines_after_a_sourced_introduction_keep_its_source_and_their_label():
    text = ("Storm toll rises\n\n"
            "According to the disaster agency's bulletin, the dead and missing by province were as follows:\n\n"
            "Cebu: 11 dead, 4 of them in Toledo City after a hillside gave way onto a row of houses; 6 missing\n\n"
            "Bohol: 5 dead; 2 missing\n")
    found = [(f.value, f.measure.value, f.claimant, f.place) for f in _figures(text)]
    assert (6, "missing", "the disaster agency", "Cebu") in found
    assert (2, "missing", "the disaster agency", "Bohol") in found


def test_fact_lines_that_open_on_their_count_take_the_source_of_the_line_introducing_them():
    text = ("Floods in Jonglei\n\n"
            "The Sudd Relief Forum (SRF) said in its fortnightly report on Tuesday that the floods had worsened.\n\nThe report lists these figures:\n\n"
            "41,000 people displaced in Ayod County, including 17,500 children.\n\n"
            "6 people drowned in Fangak County when their canoe overturned.\n")
    found = {f.value: f.claimant for f in _figures(text)}
    assert found[41000] == "SRF"
    assert found[6] == "SRF"


def test_our_teams_inside_a_quote_are_the_speakers_words():
    text = ('Floods in Jonglei\n\n"Our field staff in Ayod counted some 3,100 people who had fled their '
            'villages," said Mary Nyakuoth, who heads the relief group\'s office.\n')
    (fled,) = _figures(text)
    assert fled.claimant == "Mary Nyakuoth"


def test_the_agency_said_at_the_end_of_a_sentence_that_opens_on_its_full_name():
    text = ("Desert route deaths\n\n"
            "Libya's coast guard calls the agency's figures inflated.\n\n"
            "The United Nations Children's Fund (UNICEF) recorded the deaths of at least 61 children on the "
            "route this year, the agency said on Friday. Over the same months last year it counted 40 such deaths.\n")
    found = {f.value: f.claimant for f in _figures(text)}
    assert found[61] == "UNICEF"
    assert found[40] == "UNICEF"


def test_volunteers_of_a_body_speak_for_it_and_a_count_in_a_clause_is_no_source():
    text = ("Mine collapse\n\n"
            "Members of the Ghana Red Cross told reporters they had recovered 14 bodies overnight.\n\n"
            "The toll was up from eight announced on Sunday.\n")
    found = {f.value: f.claimant for f in _figures(text)}
    assert found[14] == "the Ghana Red Cross"
    assert found[8] is None


def test_an_army_defined_with_its_acronym_in_lower_case_goes_by_the_acronym():
    text = ("Attack on a base\n\n"
            "In a statement, the Burkinabe armed forces (FABF) said 12 soldiers were killed.\n\n"
            "Burkina Faso's army said later that 30 attackers had been killed.\n")
    found = {f.value: f.claimant for f in _figures(text)}
    assert found[30] == "FABF"


def test_a_group_that_said_so_in_a_message_relayed_by_a_monitor_is_the_source():
    text = ("Attack on a base\n\n"
            "Islamic State West Africa Province (ISWAP) said in a post on its news channel that its "
            "fighters had killed 22 soldiers, according to the monitoring group Site.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "ISWAP"


def test_a_wire_agency_dateline_with_a_publication_line_is_no_issuer_of_background_figures():
    text = ("Niger says soldiers killed\n\n"
            "Niamey (AFP) - Published on 02/09/2025 - 10:14\n\n"
            "Niger's army said Monday that nine soldiers were killed in an ambush.\n\n"
            "The violence has killed thousands of civilians across the Sahel since 2012.\n")
    found = {f.low: f.claimant for f in _figures(text)}
    assert found[2000] is None


def test_a_round_ups_section_headings_place_the_figures_under_them():
    text = ("The Morning Dispatch: two fronts\n\n"
            "Good morning. Today: fighting near Pokrovsk and an attack in northern Burkina Faso.\n\n"
            "1. UKRAINE: POKROVSK\n\n"
            "- The numbers: Russia's Defence Ministry said it had killed 400 Ukrainian soldiers in a day.\n\n"
            "2. BURKINA FASO: DJIBO\n\n"
            "- What happened: Gunmen attacked an army post before dawn.\n"
            "- The numbers: The army said it had lost 12 soldiers and killed about 60 attackers.\n")
    places = {f.value: f.place for f in _figures(text)}
    assert places[12] == "Djibo"
    assert places[60] == "Djibo"


def test_a_single_subhead_naming_a_place_does_not_outrank_the_storys_place():
    text = ("Floods in Assam\n\n"
            "Floods have killed 14 people in Dhubri district, officials said.\n\n"
            "Relief in Guwahati\n\n"
            "Officials said 3,000 people had been evacuated from low-lying villages.\n")
    places = {f.value: f.place for f in _figures(text)}
    assert places[3000] != "Guwahati"


def test_list_items_take_the_as_of_date_of_the_line_that_introduces_them():
    text = ("Floods in Jonglei\n\n"
            "The Sudd Relief Forum said on Friday its report gives these figures, as of 10 October:\n\n"
            "41,000 people displaced in Ayod County.\n\n"
            "6 people drowned in Fangak County.\n")
    found = {f.value: f.as_of for f in _extract_on(text, dt.date(2025, 10, 13))}
    assert found[41000] == dt.date(2025, 10, 10)
    assert found[6] == dt.date(2025, 10, 10)


def _extract_on(text, published):
    from app.extract import extract_figures

    return extract_figures(text, published)


def test_a_hospital_described_as_the_towns_is_no_town_of_its_own():
    text = ("Fighting in Somaliland\n\n"
            "Doctors at Burao General Hospital, the town's main referral facility, registered 48 deaths "
            "in a week.\n")
    (dead,) = _figures(text)
    assert dead.place == "Burao"


def test_a_body_said_back_keeps_the_name_its_first_mention_was_given():
    text = ("Disappearances rise\n\n"
            "TUNIS, Feb 3 - A Tunisian rights group said on Monday that 312 people were forcibly "
            "disappeared last year.\n\n"
            "In its yearly report, the Tunis Centre for Liberties and Justice (TCLJ), which works from "
            "Paris, said 140 of them later reappeared in court.\n\n"
            "The group also recorded 21 deaths in custody.\n\n"
            "The report comes before a review at the UN Human Rights Council in Geneva.\n")
    found = {f.value: f.claimant for f in _figures(text)}
    assert found[21] == "TCLJ"


def test_among_a_count_named_again_opens_its_parts_with_the_wholes_source():
    text = ("Abductions in Zamfara\n\n"
            "A monitoring group said 640 people were abducted in the state last year. Among the 640 were "
            "85 children and 112 women.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[85].measure.value == "captured" and found[85].parts_of is not None
    assert found[112].claimant == "a monitoring group"


def test_a_headlines_rival_count_after_says_takes_the_first_counts_measure():
    text = ("Cholera deaths: clinics say 44, governor says 12\n\n"
            "Clinics in the province have recorded 44 cholera deaths this month, the medical union said.\n")
    found = [(f.value, f.measure.value) for f in _figures(text)]
    assert (12, "killed") in found
