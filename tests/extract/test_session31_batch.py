"""Rules read from the 1086–1109 batch (session 31), in texts written for these tests: a press
briefing whose answer is a bare number, fact-check and bulletin tables, a translated army
communiqué, a web page's key-figures box, and the other cases listed test by test."""

import datetime as dt

PUB = dt.date(2025, 9, 22)


def _by_value(figures):
    return {f.value: f for f in figures}


BRIEFING = (
    "Transcript: flood briefing in Sirte\n"
    "Sirte | Monday 22 September 2025 | Press conference (edited)\n\n"
    "MODERATOR: Good afternoon. With us is Huda Ferjani of the Libyan Red Crescent (LRC).\n\n"
    "HUDA FERJANI (LRC): Thank you. Our volunteers are working along the whole coast.\n\n"
    "REPORTER (Libya Today): How many bodies have your teams recovered from the sea since Friday?\n\n"
    "FERJANI: Between 120 and 150, most of them near the port. The sea is still bringing them in.\n\n"
    "REPORTER (Al-Wasat): And the hotline? How many people are missing?\n\n"
    "FERJANI: The number of people reported missing to our hotline, 1515, stands at more than 3,000. "
    "We have verified that 41 volunteers were injured.\n"
)


def test_a_bare_number_answering_how_many_counts_what_the_question_asked(extract):
    figures = extract(BRIEFING, PUB)
    bodies = next(f for f in figures if f.low == 120)
    assert (bodies.high, bodies.measure) == (150, "bodies")


def test_a_hotlines_short_code_is_no_count_and_the_figure_after_it_is(extract):
    figures = _by_value(extract(BRIEFING, PUB))
    assert 1515 not in figures
    assert figures[3000].measure == "missing"


def test_a_transcript_label_with_a_body_in_brackets_makes_no_alias_of_the_speaker(extract):
    figures = _by_value(extract(BRIEFING, PUB))
    assert figures[41].claimant == "Huda Ferjani"  # the speaker, not "LRC" the label's brackets gave her


FACT_CHECK_TABLE = (
    "Fact check: How many died in the Zawiya clashes?\n\n"
    "ZAWIYA, 22 September 2025 - Three different death tolls are circulating after last week's fighting.\n\n"
    "Source | Claimed dead | Date | Our rating\n"
    "Zawiya Medical Centre | at least 19 | Tuesday 16 September | Supported\n"
    "GSF Telegram channel | over 150 | Sunday 14 September | False\n"
    "Interior ministry | 6 | 15 September | Outdated\n"
)


def test_a_pipe_tables_date_column_dates_each_row(extract):
    figures = _by_value(extract(FACT_CHECK_TABLE, PUB))
    assert figures[19].as_of == dt.date(2025, 9, 16)  # not the weekday alone
    assert figures[150].as_of == dt.date(2025, 9, 14)
    assert figures[6].as_of == dt.date(2025, 9, 15)


def test_over_a_hundred_in_a_cell_is_a_count_not_an_age_band(extract):
    figures = _by_value(extract(FACT_CHECK_TABLE, PUB))
    assert figures[150].qualifier == "more_than" and figures[150].measure == "killed"


def test_a_source_label_in_capitals_keeps_its_case(extract):
    figures = _by_value(extract(FACT_CHECK_TABLE, PUB))
    assert figures[150].claimant == "GSF Telegram channel"  # not "the gSF Telegram channel"


def test_a_count_of_death_tolls_is_no_figure(extract):
    assert 3 not in _by_value(extract(FACT_CHECK_TABLE, PUB))


BULLETIN = (
    "Camps bulletin No. 12\n"
    "Reporting period: 1-7 September 2025\n\n"
    "KEY FIGURES (Camp Coordination partners, 1 June 2025 - 7 September 2025)\n\n"
    "Indicator People\n"
    "Displaced from Shamal Darfur  54,200\n"
    "Civilians killed  86\n\n"
    "Camp Management Sector partners recorded the following storm impact, 1-7 September 2025:\n\n"
    "Camp          Killed   Injured   Relocated\n"
    "Camp 3             2         5         210\n"
    "Camp 17            1         4         130\n"
    "Camp 22 Ext        0         2          75\n"
    "Total              3        11         415\n"
)


def test_two_capitalised_words_over_one_column_are_its_header_and_the_line_above_dates_the_rows(extract):
    figures = _by_value(extract(BULLETIN, PUB))
    assert figures[54200].measure == "displaced" and figures[86].measure == "killed"
    assert figures[86].as_of == dt.date(2025, 9, 7) and figures[86].since == dt.date(2025, 6, 1)


def test_a_numbered_camp_labels_its_row_so_the_columns_stay_in_place(extract):
    figures = extract(BULLETIN, PUB)
    camp17 = [f for f in figures if "Camp 17" in f.sentence]
    assert [(f.value, f.measure) for f in camp17] == [(1, "killed"), (4, "injured"), (130, "evacuated")]
    total = [f for f in figures if "Total" in f.sentence]
    assert [(f.value, f.measure) for f in total] == [(3, "killed"), (11, "injured"), (415, "evacuated")]


def test_named_partners_are_the_named_body(extract):
    figures = _by_value(extract(BULLETIN, PUB))
    assert figures[210].claimant == "Camp Management Sector"


COMMUNIQUE = (
    "Army says 80 militants killed in Loroum\n"
    "OUAHIGOUYA, 22 September 2025 - The following is our translation from French of a communiqué from the "
    "General Staff of the Armed Forces, read on state television on Sunday.\n\n"
    "The General Staff of the Armed Forces informs the public that during operations in Loroum province, "
    "80 terrorists were neutralised.\n\n"
    "Regrettably, 5 soldiers and 3 Volunteers for the Defence of the Homeland (VDP) fell with arms in hand. "
    "12 others were wounded.\n\n"
    "The population is invited to report any suspicious movement on the toll-free numbers 1010 and 199.\n"
)


def test_a_translated_communique_is_its_issuers(extract):
    figures = _by_value(extract(COMMUNIQUE, PUB))
    assert figures[5].claimant == "the General Staff of the Armed Forces"


def test_falling_with_arms_in_hand_is_death_and_volunteers_of_the_homeland_are_fighters(extract):
    figures = _by_value(extract(COMMUNIQUE, PUB))
    assert figures[5].measure == "killed" and figures[3].measure == "killed"
    assert figures[3].who == "soldiers"


def test_toll_free_numbers_are_no_counts(extract):
    figures = _by_value(extract(COMMUNIQUE, PUB))
    assert 1010 not in figures and 199 not in figures


KEY_FIGURES_BOX = (
    "Juba River floods: Flash Update\n\n"
    "Heavy rains since 20 August have pushed the Juba River over its banks.\n\n"
    "Key figures (as of 19 September)\n\n"
    "84,600 people affected\n\n"
    "31,900 people displaced\n\n"
    "9 deaths\n"
)


def test_a_key_figures_heading_dates_the_one_line_paragraphs_below_it(extract):
    figures = _by_value(extract(KEY_FIGURES_BOX, PUB))
    assert figures[84600].as_of == dt.date(2025, 9, 19)
    assert figures[9].as_of == dt.date(2025, 9, 19)


def test_the_revised_toll_not_the_one_it_rose_from_is_what_it_included(extract):
    text = ("Jenin raid toll rises to 14\n\n"
            "The number of Palestinians killed in a three-day Israeli raid on Jenin has risen to 14, up from "
            "ten reported on Sunday, the health ministry said on Monday.\n\n"
            "The ministry said the revised toll included four people whose bodies were recovered from a "
            "collapsed house. Three of the dead were children, it said.\n")
    figures = extract(text, PUB)
    by_value = _by_value(figures)
    assert figures[by_value[4].parts_of - 1].value == 14  # not the ten it rose from
    assert by_value[14].side == "palestine"  # "the number of Palestinians killed … has risen to 14"


def test_among_the_dead_it_identified_breaks_down_the_toll(extract):
    text = ("The health ministry said the number of people killed in the territory had passed 30,000. Among "
            "the dead it had identified were 12,300 children and 8,100 women, it said.\n")
    figures = extract(text, PUB)
    by_value = _by_value(figures)
    assert figures[by_value[12300].parts_of - 1].value == 30000


def test_a_rival_estimate_restates_the_measure_and_names_its_owner(extract):
    text = ("The camps authority said more than 1.8 million displaced people were living in Marib governorate, a "
            "figure aid agencies have long described as inflated; the UN's own estimate is about 900,000.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[900000].measure == "displaced" and figures[900000].claimant == "UN"
    assert figures[1800000].disputed_by == "aid agencies"


def test_parts_of_a_count_of_graves_are_graves(extract):
    text = ("A UN report documents 140 mass graves in areas once held by Islamic State, 61 of them in Nineveh "
            "and 17 in Salahuddin. They hold an estimated 4,000-9,000 bodies, the report says.\n")
    figures = extract(text, PUB)
    assert [f.measure for f in figures] == ["bodies"]
    # … while a part of people stays: "killed 40 people in 3 villages, 12 of them children"
    figures = _by_value(extract("Gunmen killed 40 people in 3 villages, 12 of them children.\n", PUB))
    assert figures[12].measure == "killed"


def test_a_compiled_tables_source_is_the_compiler_not_the_reports_it_drew_on(extract):
    text = ("Floods in Hiraan\n\n"
            "Rains have pushed the river over its banks.\n\n"
            "Table: Flood impact by district, as compiled by OCHA from partner reports, as of 7 September 2025\n\n"
            "District | People affected | Deaths\n"
            "Beledweyne | 120,000 | 8\n"
            "Jalalaqsi | 41,000 | 3\n")
    figures = _by_value(extract(text, PUB))
    assert figures[120000].claimant == "OCHA" and figures[3].claimant == "OCHA"


def test_a_bodys_midday_report_is_its_own(extract):
    text = ("Typhoon live\n\n"
            "11:15 The NDRRMC's midday report: six people confirmed dead nationwide, 14 injured and eight missing.\n")
    figures = _by_value(extract(text, PUB))
    assert {figures[v].claimant for v in (6, 14, 8)} == {"NDRRMC"}


def test_since_then_starts_at_the_day_the_sentence_before_names(extract):
    text = ("The prosecutor's office recorded 131 homicides in August, the most since fighting between the two "
            "factions erupted on 9 September 2024. It says it has recorded more than 1,500 homicides and 1,700 "
            "people reported missing in the state since then.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[1500].since == dt.date(2024, 9, 9) and figures[1700].since == dt.date(2024, 9, 9)


def test_a_prisons_capacity_and_population_are_no_counts(extract):
    text = ("Police said 35 inmates escaped during the riot, of whom 20 had been recaptured by Thursday. The "
            "facility was built for 700 prisoners and held 1,450.\n")
    figures = _by_value(extract(text, PUB))
    assert 1450 not in figures and 700 not in figures and figures[20].measure == "captured"


def test_the_shepherds_who_went_up_and_are_still_missing(extract):
    text = "Four shepherds from Loi Sam went up to the border ridge on Wednesday and are still missing.\n"
    assert [(f.value, f.measure) for f in extract(text, PUB)] == [(4, "missing")]


def test_non_counts_of_a_page(extract):
    text = ("Conflict weekly | Issue 214 | Friday 19 September 2025\n\n"
            "The post carries six photographs of bodies in a square. The army said it had struck about 30 "
            "targets and killed dozens of fighters, a clash between the two armed groups two days earlier.\n")
    values = {f.value for f in extract(text, PUB)}
    assert not values & {214, 6, 30, 2}


def test_flying_out_the_sick_is_an_evacuation(extract):
    text = "OSEI: Since the road was cut, we managed to fly out 27 critically ill children with their mothers.\n"
    assert [(f.value, f.measure) for f in extract(text, PUB)] == [(27, "evacuated")]
