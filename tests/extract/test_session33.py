"""Rules from session 33, in texts written for these tests."""

import datetime as dt

PUB = dt.date(2025, 9, 18)


def _by_value(figures):
    return {f.value: f for f in figures}


def test_figures_verified_by_a_body_are_that_bodys(extract):
    # a reduced relative: "Figures verified by OCHA … show" is OCHA's count, not a source called "Figures"
    for opening in ("Figures verified by OCHA and its partners show",
                    "The rains have not stopped. The latest figures verified by OCHA show"):
        text = f"Floods in Upper Nile\n\n{opening} that 12,400 people have been displaced since August."
        assert _by_value(extract(text, PUB))[12400].claimant == "OCHA"


def test_a_holiday_before_the_subject_is_no_part_of_its_name(extract):
    text = ("Truce broken\n\nOn Easter Saturday Russia said its forces had killed 50 Ukrainian soldiers near "
            "Pokrovsk. On Christmas Day, police spokesman John Christmas said 12 people were killed in Lagos.")
    figures = _by_value(extract(text, PUB))
    assert figures[50].claimant == "Russia"
    assert figures[12].claimant == "John Christmas"  # a surname that is a holiday's is still a name


def test_the_task_force_is_the_task_force_named_with_its_acronym(extract):
    text = ("Missing\n\nThe Joint Task Force on Missing Persons (JTFMP) opened an office in Marawi on Monday. "
            "The task force said 43 people were still missing.")
    assert _by_value(extract(text, PUB))[43].claimant == "JTFMP"


def test_the_task_force_stays_as_written_when_another_force_is_named(extract):
    text = ("Missing\n\nThe Joint Task Force on Missing Persons (JTFMP) opened an office in Marawi on Monday. "
            "Air Force planes flew over the lake. The task force said 43 people were still missing.")
    assert _by_value(extract(text, PUB))[43].claimant == "The task force"


def test_nasir_and_ulang_are_south_sudanese_towns(extract):
    text = ("Clashes in Upper Nile\n\nFighting in Ulang has killed at least 22 people since Monday, local officials "
            "said. In Nasir, 3,100 people have been displaced, aid workers said.")
    figures = _by_value(extract(text, PUB))
    assert (figures[22].place, figures[22].country) == ("Ulang", "SS")
    assert (figures[3100].place, figures[3100].country) == ("Nasir", "SS")


FACT_BOX = (
    "Attack on a checkpoint\n\nMilitants attacked a police checkpoint in Bannu on Tuesday night.\n\n"
    "The attack in figures\n\n"
    "Dead: at least 14, including nine police officers (Bannu police)\n\n"
    "Wounded: 31, of whom 11 are in critical condition (Bannu police)\n\n"
    "Attackers killed at the checkpoint: six (ISPR)\n\n"
    "Militants killed in the Jani Khel raid: 12 (ISPR; denied by the TTP)\n\n"
    "Dead: 143 (Interior Ministry, Tuesday morning)\n\n"
    "Recognised as refugees: about 1,320 (Conare)\n\n"
    "Transferred across the border to Turkey: 17 wounded\n\n"
    "Injured in Swat: 43 (Kabul)\n\n"
    "Livestock perished in the storm: 1,160\n"
)


def test_a_fact_lines_long_label_is_its_measure_where_no_word_by_the_number_is(extract):
    figures = _by_value(extract(FACT_BOX, PUB))
    assert figures[6].measure.value == "killed" and figures[12].measure.value == "killed"
    assert figures[17].measure.value == "injured"  # "17 wounded" outranks the label's border crossing
    assert 1160 not in figures  # the label counts livestock


def test_a_fact_line_names_its_source_in_brackets_at_its_end(extract):
    figures = _by_value(extract(FACT_BOX, PUB))
    assert figures[14].claimant == figures[31].claimant == "Bannu police"
    assert figures[6].claimant == figures[12].claimant == "ISPR"
    assert figures[143].claimant == "Interior Ministry"
    assert figures[1320].claimant == "Conare"
    assert figures[43].claimant != "Kabul"  # a place in brackets is no source


def test_inhabitants_who_left_are_displaced_not_a_population(extract):
    text = ("Clashes\n\nAt least 14 people have died since Saturday, and more than 9,000 inhabitants have abandoned "
            "their villages, the governor said. The attacks forced some 12,000 inhabitants of the Bouca "
            "sub-prefecture to flee their homes. The town of 30,000 inhabitants was shelled.")
    figures = _by_value(extract(text, PUB))
    assert figures[9000].measure.value == "displaced"
    assert figures[12000].measure.value == "displaced"
    assert 30000 not in figures


def test_people_still_in_camps_are_displaced_and_the_stabbed_injured(extract):
    text = ("Floods\n\nIn Chikwawa more than 9,000 people are still in camps, and two people have died of cholera. "
            "Police said three men were stabbed in a fight near the bus station. Of the dead, 27 were shot or "
            "stabbed.")
    figures = _by_value(extract(text, PUB))
    assert figures[9000].measure.value == "displaced"
    assert figures[3].measure.value == "injured"
    assert figures[27].measure.value != "injured"  # of the dead: killed, whatever the weapon


def test_a_toll_raised_and_reached_keeps_its_measure(extract):
    text = ("Quake\n\nThe ministry put the toll at 310 on Sunday evening, raised it to 890 on Monday and reached "
            "1,140 by Wednesday afternoon. The office put the number of people killed in Cauca in the first "
            "quarter of 2025 at 112.")
    figures = _by_value(extract(text, PUB))
    assert [figures[v].measure.value for v in (310, 890, 1140, 112)] == ["killed"] * 4


def test_rejecting_the_un_count_disputes_the_uns_figures_not_the_deniers_own(extract):
    text = ("Two tolls\n\nThe disaster ministry says 1,140 people were killed. OCHA, the UN's humanitarian office, "
            "says it has confirmed 620 deaths.\n\n"
            "The ministry put the toll at 310 on Sunday and raised it to 890 on Monday. Its spokesman, Hafiz "
            "Sharifi, rejected the UN count on Wednesday as an undercount.")
    figures = _by_value(extract(text, PUB))
    assert figures[620].disputed_by == "Hafiz Sharifi"
    assert figures[1140].disputed_by is None and figures[890].disputed_by is None


def test_a_transcripts_role_label_with_the_name_in_capitals_in_brackets_is_that_person(extract):
    text = ("Radio Norte: flood coverage (transcript)\n\n"
            "ANCHOR (LUCIA RAMOS): Good afternoon. What do your teams see this morning?\n\n"
            "GUEST (WILMER ZAPATA): We have counted 34 families in shelters. Eleven people have died in the "
            "district since Sunday.\n\n"
            "ANCHOR (LUCIA RAMOS): And the missing?\n\n"
            "GUEST (WILMER ZAPATA): Two fishermen are still missing on the river.")
    figures = _by_value(extract(text, PUB))
    assert figures[11].claimant == figures[2].claimant == "Wilmer Zapata"


HANSARD = (
    "National Assembly - Official Report (Hansard), excerpt\n"
    "Tuesday, 11th February, 2025. The House met at two o'clock p.m.\n\n"
    "MINISTERIAL STATEMENT: FLOODS IN THE SOUTHERN REGION\n\n"
    "THE MINISTER RESPONSIBLE FOR DISASTER MANAGEMENT AFFAIRS (Hon. Patrick Mwale Banda): Madam Speaker, "
    "21 people have died and 44,600 have been displaced by the floods.\n\n"
    "MADAM SPEAKER: Thank you. Honourable Member for Chikwawa North.\n\n"
    "Hon. Kondwani Mussa (Chikwawa North): Thank you, Madam Speaker. In Chikwawa more than 9,000 people are "
    "still in camps.\n\n"
    "MADAM SPEAKER: Honourable Minister.\n\n"
    "THE MINISTER RESPONSIBLE FOR DISASTER MANAGEMENT AFFAIRS (Hon. Patrick Mwale Banda): Madam Speaker, "
    "the teams have also found five bodies downstream.\n"
)


def test_a_parliaments_record_gives_each_figure_to_the_member_speaking(extract):
    figures = _by_value(extract(HANSARD, PUB))
    assert figures[21].claimant == figures[44600].claimant == figures[5].claimant == "Patrick Mwale Banda"
    assert figures[9000].claimant == "Kondwani Mussa"  # the member, not the seat in brackets


def test_an_interviews_answers_are_the_interviewees(extract):
    text = ("'We rebuilt 900 shelters in nine days': the agency's chief on the camp fire\n\n"
            "A fire swept through the camp on Sunday. Tomasz Wierzbicki, who heads the agency's sub-office, "
            "spoke to us by phone.\n\n"
            "Q: How many people died?\n"
            "A: Three people died, two of them children. Forty-seven people were treated for burns.\n\n"
            "Q: And the boats?\n"
            "A: On one boat, 63 people died of hunger and thirst.")
    figures = _by_value(extract(text, PUB))
    assert figures[3].claimant == figures[47].claimant == figures[63].claimant == "Tomasz Wierzbicki"


def test_mastheads_of_a_project_update_a_dashboard_and_a_dioceses_message(extract):
    update = ("DRC: teams treat 97 wounded in Djugu\n"
              "PROJECT UPDATE | Médecins Sans Frontières (MSF) | Bunia, Ituri, 21 March 2025\n\n"
              "Between 1 and 19 March, our teams in Djugu treated 97 people with violence-related injuries.")
    dashboard = ("BURUNDI: Congolese refugee influx - Monthly dashboard, September 2025\n"
                 "UNHCR Burundi | Inter-Agency Refugee Response | Issued: 3 October 2025\n\n"
                 "Fourteen new arrivals drowned when their boat capsized on Lake Tanganyika.")
    message = ("Diocese of Butembo-Beni mourns the faithful killed in Manguredjipa\n"
               "DIOCESE OF BUTEMBO-BENI | Message from the Bishop's Office | Butembo, 16 June 2025\n\n"
               "It is with deep sorrow that we announce that at least 38 of our brothers and sisters were killed. "
               "The parish health centre received 26 wounded people.")
    assert _by_value(extract(update, PUB))[97].claimant == "MSF"
    assert _by_value(extract(dashboard, PUB))[14].claimant == "UNHCR"
    figures = _by_value(extract(message, PUB))
    assert figures[38].claimant == figures[26].claimant == "Diocese of Butembo-Beni"


def test_a_churchs_saint_a_bishop_and_a_camel_case_brand_are_no_places(extract):
    text = ("Diocese mourns the faithful\n\nAt least 38 people were killed when armed men attacked the parish of "
            "Saint Joseph in Manguredjipa, in Lubero territory, North Kivu. \"Thirty-eight of our people were "
            "murdered,\" said Bishop Emmanuel Mbusa. A doctor told FactLens that 64 wounded people had been "
            "admitted.")
    figures = extract(text, PUB)
    assert (figures[0].place, figures[0].country) == ("Manguredjipa", "CD")
    assert all(f.place not in ("FactLens", "Bishop", "Saint Joseph") and f.country == "CD" for f in figures)


def test_a_jamaican_parish_of_a_saint_is_still_a_place(extract):
    text = ("Hurricane\n\nIn Jamaica, eight people died in the parish of St Elizabeth, the disaster office said.")
    assert _by_value(extract(text, PUB))[8].place == "St Elizabeth"


def test_a_period_opens_a_numbered_paragraph_or_is_followed_by_an_attribution(extract):
    text = ("Report\n\n3.1 Between 1 January and 30 April 2025, the RDHS documented the killing of 47 civilians in "
            "Argelia.\n\nBetween January and June, the institute said, its teams exhumed 612 bodies from 41 graves.")
    figures = _by_value(extract(text, dt.date(2025, 8, 5)))
    assert (figures[47].since, figures[47].as_of) == (dt.date(2025, 1, 1), dt.date(2025, 4, 30))
    assert (figures[612].since, figures[612].as_of) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))


def test_a_sentence_opening_on_a_months_group_is_its_part(extract):
    text = ("Arrivals\n\nMore than 14,000 Venezuelans crossed into Brazil through Pacaraima in June, according to "
            "Operation Welcome. Of June's arrivals, 5,300 were children, the army said.")
    figures = extract(text, dt.date(2025, 7, 9))
    assert figures[1].parts_of == figures[0].id


def test_escaped_prisoners_a_figure_put_right_and_counts_of_counts_are_no_figures(extract):
    text = ("Report\n\nTwelve of the 19 inmates who escaped are back in custody. Our latest report gives 11 dead "
            "across the region, not nine, because two more bodies were found. If the missing are found dead, the "
            "two figures will converge. Security forces carried out 86 intelligence-based operations.")
    values = [f.value for f in extract(text, PUB)]
    assert 12 in values and 11 in values
    assert 19 not in values and 9 not in values and 86 not in values
    assert values.count(2) == 1  # the two bodies, not the two figures


def test_a_label_with_a_bodys_name_holding_a_things_word_still_counts_people(extract):
    text = ("By the numbers\n\nKilled: 16\n\nSuspects arrested, according to the Joint Operations Command: 4\n\n"
            "• Livestock perished: 1,160\n")
    values = [f.value for f in extract(text, PUB)]
    assert 4 in values and 1160 not in values


def test_a_denial_naming_the_figures_source_takes_over_from_a_denial_of_what_happened(extract):
    text = ("Air strikes\n\nJUBA, April 9 - The number of people killed in air strikes on villages in Ulang county "
            "has risen to 47, up from 21 reported on Monday, the county's commissioner said, as the army denied "
            "that civilians had been targeted.\n\n"
            "Army spokesman Major General Lual Deng Ayuel rejected the commissioner's figures as propaganda.")
    figures = _by_value(extract(text, PUB))
    assert figures[47].disputed_by == figures[21].disputed_by == "Lual Deng Ayuel"


def test_mastheads_of_a_press_statement_a_telegram_channel_a_coast_guard_a_weekly_brief_and_an_appeal(extract):
    cases = {
        "Ministry of Public Health and Population": (
            "Health ministry: 31 martyrs in aggression on Hodeidah port\n"
            "Ministry of Public Health and Population, Sanaa | Press statement No. 112 | Thursday 12 June 2025\n\n"
            "Four children were among the martyrs of the aggression on the port."),
        "Zaporizhzhia Regional Military Administration": (
            "Zaporizhzhia region: two killed in Russian attacks over the past day\n"
            "Zaporizhzhia Regional Military Administration | Official Telegram channel | 11 March 2025\n\n"
            "In Vasylivka, two men aged 54 and 61 were killed by an artillery strike."),
        "Coast Guard Command": (
            "Rubber boat sinks off Ayvacık: 9 dead\n\n"
            "T.R. Ministry of Interior – Coast Guard Command | Press Release No. 2025/214 | Ankara, 4 November 2025\n\n"
            "The bodies of 9 irregular migrants were recovered from the sea."),
        "PCMG": (
            "Weekly Security Brief: Southern Border Provinces, 6-12 July 2025\n"
            "Patani Conflict Monitoring Group (PCMG) | For humanitarian and diplomatic partners | Issue 27\n\n"
            "Seven people were killed and 19 injured in 14 incidents."),
        "Caritas Baucau": (
            "Urgent appeal: flash floods in Viqueque and Baucau\n"
            "Caritas Baucau | Diocese of Baucau, Timor-Leste | Baucau, 7 March 2025\n\n"
            "Dear friends,\n\nIn our parishes 410 families have lost their homes and four people have died."),
    }
    for body, text in cases.items():
        figures = extract(text, PUB)
        assert figures and figures[-1].claimant == body, (body, [f.claimant for f in figures])


def test_a_ministrys_figures_a_bodys_researchers_and_a_charity_named_with_a_number(extract):
    text = ("Report\n\nItalian interior ministry figures show about 36,000 sea arrivals in Italy since January. "
            "During March, HRO field researchers documented the killing of 27 Palestinians. The deaths bring to at "
            "least 24 the number of people who died trying to cross this year, according to the charity Utopia 56. "
            "By early afternoon the council said the death toll had risen to 11.")
    figures = _by_value(extract(text, PUB))
    assert figures[36000].claimant == "Italian interior ministry"
    assert figures[27].claimant == "HRO"
    assert figures[24].claimant == "Utopia 56"
    assert figures[11].claimant == "the council"


def test_numbers_in_names_rescued_people_and_a_corrected_post_are_no_figures(extract):
    text = ("Report\n\nThree people died off Wimereux on Tuesday. Another 66 were rescued and taken to Boulogne. "
            "The deaths bring to at least 24 the number who died this year, according to a count by the charity "
            "Utopia 56. Troops from its Region 4 Forward Command arrested 2 suspects. A fire swept through Camp 15, "
            "killing a child. Losses were reported by 9,870 farmers. A mobile squad of 40 officers arrived.\n\n"
            "Correction. An earlier version of our first post said five people had been killed in Sumy.")
    values = [f.value for f in extract(text, PUB)]
    assert 3 in values and 24 in values and 2 in values
    assert not {66, 56, 4, 15, 9870, 40, 5} & set(values)


def test_returns_handovers_and_the_buried(extract):
    text = ("Report\n\nSince 1 June, more than 512,000 Afghans have returned from Iran, the IOM said. Since 2022, 4,500 "
            "Ukrainians have returned from Russian captivity. Russia handed back 84 Ukrainians. Some 4,200 people "
            "whose houses were totally destroyed are staying with relatives. There may be up to a dozen more under "
            "the soil, the coordinator said.")
    figures = _by_value(extract(text, PUB))
    assert figures[512000].measure.value == "refugees"
    assert (figures[512000].place, figures[512000].country) == ("Afghanistan", "AF")  # home, not the country left
    assert figures[4500].measure.value == figures[84].measure.value == "captured"
    assert figures[4200].measure.value == "displaced"
    assert figures[12].measure.value == "missing"
    taken = _by_value(extract("Report\n\nThe network said it had documented 97 people taken from their homes by "
                              "tribal fighters.", PUB))
    assert taken[97].measure.value == "captured"  # taken away, not driven out


def test_thailands_southern_provinces_are_places_in_an_article_that_names_no_country(extract):
    # GeoNames has only their towns, which an article naming no country did not trust: the
    # numbered items of a brief lost their province and its country
    text = ("Weekly Security Brief: Southern Border Provinces\n\nKEY INCIDENTS\n1. In Narathiwat a roadside bomb "
            "struck a ranger patrol, killing 2 rangers.\n2. Yala, Raman district (9 July): Gunmen killed 3 villagers.")
    figures = _by_value(extract(text, dt.date(2025, 7, 13)))
    assert (figures[2].place, figures[2].country) == ("Narathiwat", "TH")
    assert (figures[3].place, figures[3].country) == ("Raman district", "TH")


def test_a_weekly_briefs_title_gives_its_reporting_period(extract):
    text = ("Weekly Security Brief: Southern Border Provinces, 6-12 July 2025\nPCMG | Issue 27\n\n"
            "During the reporting period, PCMG recorded 14 violent incidents, which left 7 people dead and 19 injured. "
            "The previous week, 4 people were killed and 11 injured.")
    figures = _by_value(extract(text, dt.date(2025, 7, 13)))
    assert (figures[7].since, figures[7].as_of) == (dt.date(2025, 7, 6), dt.date(2025, 7, 12))
    assert (figures[4].since, figures[4].as_of) == (dt.date(2025, 6, 29), dt.date(2025, 7, 5))  # the week before


def test_a_paragraph_opening_on_a_span_frames_the_count_after_it(extract):
    text = ("Monthly report\n\nSUMMARY\nDuring March 2025, HRO documented the killing of 27 Palestinians in the West "
            "Bank. Israeli forces detained at least 640 Palestinians during more than 400 raids. At least 19 of "
            "them remain in detention without charge.")
    figures = _by_value(extract(text, dt.date(2025, 4, 3)))
    assert (figures[640].since, figures[640].as_of) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert figures[19].as_of == dt.date(2025, 4, 3)  # a state at the time of writing


def test_victims_of_forces_are_not_the_forces_and_the_claim_rejected_is_the_last_one(extract):
    text = ("Report\n\nDuring March, HRO documented the killing of 27 Palestinians by Israeli forces.\n\n"
            "Border guards found the bodies of two men in the forest on Tuesday, a spokeswoman said. Activists say at "
            "least 89 people have died on both sides of the border since 2021. Belarus's border committee said 14 "
            "people pushed back by Polish guards had been injured; Warsaw rejected the claim.")
    figures = _by_value(extract(text, PUB))
    assert figures[27].who.value == "people"
    assert figures[14].disputed_by == "Warsaw"
    assert figures[2].disputed_by is None and figures[89].disputed_by is None


def test_a_toll_that_could_rise_as_high_as_n_and_a_number_that_cannot_be_verified_are_hedged(extract):
    text = ("Report\n\nThe Government has warned that the toll could rise as high as 20. The commissioner said more "
            "than 8,000 people are still held by Russia, but that number cannot be independently verified. The toll rose to "
            "40 and could rise further.")
    figures = _by_value(extract(text, PUB))
    assert figures[20].hedged and figures[8000].hedged
    assert not figures[40].hedged  # a remark on the toll, not on the 40


def test_boats_that_sink_off_a_town_leave_their_dead_and_missing_at_sea(extract):
    text = ("HEADLINES: At least 29 migrants dead after two boats sink off Sfax.\n\n"
            "Once again: 29 migrants confirmed dead and around 20 missing off Sfax.")
    figures = extract(text, dt.date(2025, 8, 1))
    assert [(f.place, f.country) for f in figures] == [(None, "TN")] * 3


def test_a_measure_before_and_belongs_to_the_figure_before_it(extract):
    text = "Report\n\nIn the same period, 64 migrants lost their lives in the Aegean and 19 have been recorded as missing."
    figures = _by_value(extract(text, PUB))
    assert (figures[64].measure.value, figures[19].measure.value) == ("killed", "missing")


def test_a_numbered_items_label_places_its_figures_in_the_finest_place_it_names(extract):
    text = ("Weekly Security Brief: Southern Border Provinces\n\nDuring the week, 7 people died in Narathiwat and "
            "Yala.\n\nKEY INCIDENTS\n1. Narathiwat, Bacho district (7 July): A roadside bomb struck a ranger patrol, "
            "killing 2 rangers and wounding 6.\n2. Yala, Raman district (9 July): Gunmen killed 3 villagers.")
    figures = _by_value(extract(text, dt.date(2025, 7, 13)))
    assert figures[2].place == figures[6].place == "Bacho district"
    assert figures[7].place == "Narathiwat"


def test_madam_speaker_is_the_chair_not_a_person_the_minister_can_be(extract):
    text = ("Hansard\n\nTHE MINISTER (Hon. Patrick Banda): Madam Speaker, 21 people have died in the floods.\n\n"
            "MADAM SPEAKER: Honourable Member.\n\nHon. Grace Chinthenga (Nsanje Central): On a point of order, Madam "
            "Speaker. The Minister says 21 people have died.\n\nMADAM SPEAKER: Thank you.")
    assert [f.claimant for f in extract(text, PUB)] == ["Patrick Banda", "Patrick Banda"]


def test_sources_placed_only_by_there_are_the_sources(extract):
    text = "Report\n\nThe town was shelled overnight. Doctors there said at least nine people were killed."
    assert _by_value(extract(text, PUB))[9].claimant == "doctors"
