"""Rules of session 21 (extractor 1.24.0), each worded unlike the article it was read from: a
currency ("US$ 850,000") and a river ("the River Niger") name no country; a live page's time stamp
opens no sentence's subject ("14:05 GMT The army says …"); "Sistan and Baluchestan" is one province;
an update's masthead names its issuer after a programme's name ("Relief Department, Kenya Red
Cross Society (KRCS)")."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _by_value(text):
    from app.extract import extract_figures

    return {f.value: f for f in extract_figures(text, PUB)}


def test_a_dollar_sign_after_us_names_no_country():
    text = ("At least 23 people were killed when floodwater swept through eastern Freetown on Tuesday, police said. "
            "The Red Cross is appealing for US$ 400,000 to help 9,000 people.\n")
    figures = _by_value(text)
    assert figures[23].country == "SL"
    text_plain = "At least 23 people were killed when floodwater swept through eastern Freetown on Tuesday, police said.\n"
    assert _by_value(text_plain)[23].country == "SL"


def test_the_river_niger_is_no_country():
    text = ("A canoe carrying traders capsized on the River Niger near Jebba on Monday. "
            "Rescuers recovered 17 bodies, an emergency official said.\n")
    assert _by_value(text)[17].country == "NG"


def test_a_live_entry_time_stamp_is_not_part_of_the_subject():
    text = ("Toll rises in the south\n\n"
            "14:05 GMT The Syrian Civil Defence says its teams have pulled 12 bodies from the rubble.\n\n"
            "13:40 GMT Lebanon's health ministry says strikes have killed 9 people in Nabatieh.\n")
    figures = _by_value(text)
    assert figures[12].claimant == "The Syrian Civil Defence"
    assert figures[9].claimant == "Lebanon's health ministry"


def test_a_time_stamp_with_am_pm_is_dropped_too():
    text = "9:30am The interior ministry says 6 police officers were wounded overnight.\n"
    assert _by_value(text)[6].claimant == "The interior ministry"


def test_a_province_named_with_and_is_one_place():
    text = ("Flash floods killed 5 people in the south of Sistan and Baluchestan province on Friday, "
            "the provincial crisis management office said.\n")
    figures = _by_value(text)
    assert figures[5].place == "Sistan and Baluchestan province" and figures[5].country == "IR"


def test_a_masthead_programme_then_body_with_acronym_is_the_issuer():
    text = ("Flood response in Garissa County\n\n"
            "OPERATION UPDATE | Relief Department, Kenya Red Cross Society (KRCS)\n\n"
            "Since the rains began, the floods have displaced an estimated 12,000 people in the county. "
            "Four people have died.\n")
    figures = _by_value(text)
    assert figures[12000].claimant == "KRCS"
    assert figures[4].claimant == "KRCS"


def test_a_town_on_whose_outskirts_the_event_was_is_the_place_over_its_commune():
    text = ("Gunmen kill 9 near Dialloubé\n\nGunmen killed 9 herders on the outskirts of Dialloubé, a rural "
            "commune of the Mopti cercle in central Mali, on Friday, a local official said. Residents of "
            "Dialloubé buried the dead the same evening.\n")
    assert _by_value(text)[9].place == "Dialloubé"


def test_an_edge_town_without_apposition_is_the_place_too():
    text = ("Togo says 7 killed in attack near border\n\nLOMÉ, May 3 – Seven soldiers were killed when "
            "assailants attacked a post on the outskirts of Gando, in the northern prefecture of Oti, the army "
            "said. It added that 14 suspects had been arrested in Gando and nearby villages.\n\nThe government "
            "said 40 people had died in attacks in the Savanes region this year. Dapaong, the capital of the "
            "Savanes region, has taken in the wounded. Schools across the Savanes region stayed shut, and "
            "aid groups said the Savanes region needs more help.\n")
    assert _by_value(text)[7].place == "Gando"


def test_the_city_of_the_lead_wins_over_a_territory_whose_medics_are_the_source():
    text = ("Strike on Khan Younis school shelter kills 12, Gaza medics say\n\n"
            "KHAN YOUNIS, Gaza Strip (GNS) - An air strike on a school in Khan Younis in southern Gaza killed "
            "at least 12 people on Monday, including five children, Gaza medics said.\n")
    figures = _by_value(text)
    assert figures[12].place == "Khan Younis" and figures[5].place == "Khan Younis"


def test_a_surname_with_a_capital_inside_is_whole():
    text = ("Storm damage in the west\n\n"
            "Health Minister Fiona MacLeod toured the shelters on Tuesday. According to the minister, more "
            "than 2,400 people were displaced.\n")
    assert _by_value(text)[2400].claimant == "Fiona MacLeod"


def test_a_caption_row_over_a_table_leaves_the_line_above_as_its_introduction():
    text = ("Floods in Chad\n\n"
            "The table below gives the worst-hit provinces as of 2 August, based on data from the provincial "
            "delegations of civil protection.\n\n"
            "Flood impact by province | | |\n"
            "Province | People affected | Deaths\n"
            "Mandoul | 21,340 | 7\n"
            "Logone Oriental | 16,905 | 3\n")
    figures = _by_value(text)
    for value in (21340, 7, 16905, 3):
        assert figures[value].claimant.startswith("the provincial delegations of civil protection")
        assert figures[value].as_of == dt.date(2025, 8, 2)


def test_a_broadcaster_named_like_a_town_is_no_place():
    text = ("Clash toll rises\n\n"
            "A police spokesperson told Katsina Voice on Tuesday that five more bodies were recovered from "
            "farmland near Dankama in the morning.\n")
    assert _by_value(text)[5].place == "Dankama"


def test_a_bare_acronym_before_its_owned_description_is_the_claimant():
    text = ("Attack in Nigeria\n\n"
            "ISWAP, al-Baghdadi's old West African branch, claimed the raid, saying its fighters had killed "
            "35 soldiers.\n")
    assert _by_value(text)[35].claimant == "ISWAP"


def test_a_hyphenated_rank_is_no_part_of_the_name():
    text = ("Attack in Burkina\n\n"
            "Security sources said 31 people died. Asked about the toll, an army spokesman, Major-General "
            "Oumarou Sawadogo, dismissed the figure of 31 dead as exaggerated.\n")
    figures = _by_value(text)
    assert figures[31].disputed_by == "Oumarou Sawadogo"


def test_a_boat_that_overturned_off_an_island_in_an_archipelago_puts_its_dead_at_sea():
    text = ("Migrant boat deaths\n\n"
            "At least nine people died after a wooden boat carrying migrants from West Africa overturned "
            "off the northern tip of Fuerteventura in the Canary Islands on Sunday, the rescue service said.\n")
    figures = _by_value(text)
    assert figures[9].place is None and figures[9].country == "ES"


def test_a_district_police_officer_is_named_by_his_title_and_surname():
    text = ("Blast in Bajaur\n\n"
            "At least six people were killed in a blast in a bazaar in Khar on Monday, officials said. "
            "District Police Officer Tariq Mehmood Afridi told reporters that nine others were wounded.\n\n"
            "Four of the wounded were later moved to Peshawar, DPO Afridi said. Two of them are critical, "
            "the DPO added.\n")
    figures = _by_value(text)
    assert figures[4].claimant == "Tariq Mehmood Afridi"
    assert figures[2].claimant == "Tariq Mehmood Afridi"


def test_a_masthead_of_cells_with_an_issue_date_names_the_issuer_in_full():
    text = ("Early Warning: risk for rural communities of Tumaco\n"
            "Ombudsman's Office of Colombia - Defensoria del Pueblo | Early Warning System (SAT) | Issued: "
            "3 June 2025\n\n"
            "1. Summary\n\n"
            "The Ombudsman's Office warns of an imminent risk of displacement in rural Tumaco. Since January, "
            "the Office has documented at least 52 homicides in the municipality.\n\n"
            "- Between 1 and 20 May, 1,310 people were displaced from the river villages.\n")
    figures = _by_value(text)
    assert figures[52].claimant == "Ombudsman's Office of Colombia"
    assert figures[1310].claimant == "Ombudsman's Office of Colombia"


def test_the_dead_brought_ashore_at_a_towns_port_stay_at_sea():
    text = ("Migrant boat capsizes off Fuerteventura\n\n"
            "At least six people died after a wooden boat carrying migrants overturned off the northern tip of "
            "Fuerteventura in the Canary Islands on Sunday, the rescue service said.\n\n"
            "The dead, four men and two women, were brought ashore at Corralejo's harbour. Fuerteventura has "
            "seen more arrivals this year.\n")
    figures = _by_value(text)
    assert figures[4].place is None


def test_a_brand_with_an_inner_capital_is_an_outlet_not_its_country():
    text = ("Fact-check: the toll of the Sidakan strike\n\n"
            "A drone strike near Sidakan killed people on Sunday. The mayor of Sidakan told TruthLens Iraq "
            "that five people had been killed, and Sidakan's clinic treated the wounded.\n")
    assert _by_value(text)[5].place != "Iraq"  # (the town is no gazetteer name: no place is better than Iraq)


def test_a_figure_over_the_areas_of_one_province_is_the_provinces():
    text = ("Killings in Deir ez-Zor countryside\n\n"
            "The observatory has documented the killing of 31 civilians, including 8 children, in the Hajin and "
            "Susah areas of Deir ez-Zor province between 6 and 13 January, as fighting spread. Our researchers "
            "in Hajin confirmed each death, and Susah was shelled.\n\nResidents of Hajin fled to Susah.\n")
    figures = _by_value(text)
    assert figures[31].place == "Deir ez-Zor province" and figures[8].place == "Deir ez-Zor province"


def test_a_national_agency_giving_an_event_toll_does_not_make_it_national():
    text = ("Quake in Madang province\n\n"
            "A strong earthquake struck Papua New Guinea's Madang province on Friday, bringing down houses "
            "in Bogia.\n\n"
            "The National Disaster Centre said on Sunday that it had confirmed at least 14 deaths, including "
            "six children, most of them in Bogia district.\n")
    figures = _by_value(text)
    assert figures[14].place != "Papua New Guinea"


def test_a_count_of_the_countrys_units_makes_the_figures_national():
    text = ("Rains kill dozens in Malawi\n\n"
            "Floods killed 8 people in the village of Makhanga, police said.\n\n"
            "Rains have hit 17 of Malawi's 28 districts since January, officials said. Their latest figures "
            "showed:\n\n- 61 people injured\n- 12 people missing\n")
    figures = _by_value(text)
    assert figures[61].place == "Malawi" and figures[12].place == "Malawi"


def test_a_storm_that_slammed_into_a_countrys_coast_puts_the_lead_toll_in_the_country():
    text = ("Hurricane Mabel: Savanna-la-Mar counts its dead as Negril digs out\n\n"
            "Government and opposition trade figures\n\n"
            "At least nine people are dead after Hurricane Mabel slammed into Jamaica's west coast on Monday "
            "night, the disaster office said on Wednesday.\n\n"
            "In Negril, the sea pushed inland. Soldiers evacuated about 200 residents from Negril by truck.\n")
    figures = _by_value(text)
    assert figures[9].place == "Jamaica" and figures[200].place == "Negril"


def test_a_department_named_with_an_adjective_contains_the_town_before_it():
    text = ("Mudslide in Bolivia\n\n"
            "SUCRE, Feb 11 (AAN) - The number of people killed by a mudslide that buried part of the town of "
            "Coroico, in the Andean department of La Paz, has risen to 9, civil defence said on Wednesday.\n\n"
            "Rescue teams in Coroico dug through the mud.\n")
    assert _by_value(text)[9].place == "Coroico"


def test_a_day_between_the_subject_and_its_verb_dates_the_statement():
    text = ("Attack in Benin\n\n"
            "COTONOU, Aug 14 (PAPS) – The Beninese army on Tuesday confirmed that 13 soldiers were killed "
            "in an attack on a post in the north.\n")
    assert _by_value(text)[13].as_of == dt.date(2025, 8, 12)


def test_a_bodys_own_spokesman_does_not_dispute_the_bodys_toll():
    text = ("Attacks in the Artibonite\n\n"
            "A local rights group, the Réseau des Droits (RDH), said at least 31 people were killed.\n\n"
            "The Haitian National Police (PNH) put the toll at 14 dead, and a PNH spokesman, Inspector Jean "
            "Baptiste Lafleur, called the RDH count \"exaggerated and unverified\".\n")
    assert _by_value(text)[14].disputed_by is None


def test_the_higher_figures_are_those_above_the_lowest_given():
    text = ("Floods in Takhar\n\n"
            "Residents said at least 31 people were killed. Officials put the toll at 12.\n\n"
            "Abdul Rahim Haqqani, a Taliban spokesman in Taloqan, rejected the higher figures as \"propaganda\".\n")
    figures = _by_value(text)
    assert figures[31].disputed_by == "Abdul Rahim Haqqani" and figures[12].disputed_by is None


def test_a_possessive_owner_before_the_figures_called_exaggerated():
    text = ("Clashes in Hasakah\n\n"
            "KHRO documented the arrest of at least 85 people by SDF forces.\n\n"
            "In a statement on Sunday, the SDF described KHRO's arrest figures as \"exaggerated\".\n")
    assert _by_value(text)[85].disputed_by == "SDF"
