"""Rules of session 19 (extractor 1.22.0) about who gives a figure and when: a table whose caption
names its own source ("as reported by …") is that source's even inside another body's report; a
"FIELD DISPATCH | Body (ACR) |" heading makes the body the source of its unattributed figures; a
headline label that the story writes as a place is no source; a body first quoted by a short name
and given its acronym later is the acronym, and "the X-based monitor" refers back to it; "a rights
group said" takes the name the next paragraph gives after "In a N-page report,"; an opening
"According to X," covers the clause after a semicolon; "as of DATE" after an opening source dates
the figures that follow it; "in a statement on Tuesday" after the figure dates it. Each is worded
unlike the article it was read from."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def _by_value(text):
    return {f.value: f for f in _figures(text)}


def test_a_table_caption_that_names_its_source_beats_the_report_issuer():
    text = ("KENYA: Flash floods in the Rift Valley - Flash Update No. 2\n"
            "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Issued: 3 May 2025\n\n"
            "Heavy rain since 28 April has flooded villages in three counties. At least 14,000 people are affected.\n\n"
            "Table 1: Impact by county, as reported by the county disaster committees (as of 2 May)\n\n"
            "County      | Affected people | Deaths\n"
            "Baringo     | 8,310           | 6\n"
            "Elgeyo-Marakwet | 4,975       | 3\n")
    figures = _by_value(text)
    assert figures[14000].claimant == "OCHA"
    assert figures[8310].claimant == "the county disaster committees"
    assert figures[6].claimant == "the county disaster committees"
    assert figures[4975].claimant == "the county disaster committees"


def test_a_table_caption_naming_the_issuers_own_teams_leaves_the_rows_to_the_issuer():
    text = ("IRAQ: Camp population update\n"
            "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Issued: 3 May 2025\n\n"
            "The office's field teams counted the following displaced people by camp, as of 1 May:\n\n"
            "Camp      | Displaced people\n"
            "Khanke    | 12,407\n"
            "Sharya    | 9,880\n")
    figures = _by_value(text)
    assert figures[12407].claimant == "OCHA"
    assert figures[9880].claimant == "OCHA"


def test_a_field_dispatch_heading_makes_its_body_the_source_of_unattributed_figures():
    text = ("Mali: clinic overwhelmed after clashes near Tenenkou\n"
            "FIELD DISPATCH | Doctors of the Sahel Network (DSN) | Mopti, 2 June 2025\n\n"
            "Since the clashes began, the clinic in Tenenkou has received 46 wounded, including 13 children.\n\n"
            "Local leaders said at least 20 people had been abducted.\n")
    figures = _by_value(text)
    assert figures[46].claimant == "DSN"
    assert figures[13].claimant == "DSN"
    assert figures[20].claimant == "Local leaders"


def test_a_headline_label_the_story_writes_as_a_place_is_no_source():
    text = ("Upper Nile: militia fighters kill nine herders near Nasir\n\n"
            "Militia fighters killed nine herders near Nasir in South Sudan's Upper Nile state on Sunday, "
            "the county commissioner said.\n")
    headline = [f for f in _figures(text) if f.start < 60]
    assert headline and headline[0].claimant is None


def test_a_body_named_in_the_headline_by_a_short_name_takes_the_acronym_the_story_gives():
    text = ("Observatory says 58 dead in two days of fighting in Idlib countryside\n\n"
            "At least 58 people have been killed in two days of fighting in the Idlib countryside, the Levant "
            "Observatory for Civil Rights (LOCR) said on Tuesday.\n\n"
            "In its latest count, the London-based observatory, which relies on activists, said the dead "
            "included 21 civilians.\n")
    figures = _by_value(text)
    assert {f.claimant for f in _figures(text) if f.value == 58} == {"LOCR"}
    assert figures[21].claimant == "LOCR"


def test_the_army_is_not_an_armed_group_named_army_quoted_last():
    text = ("The outlawed Eastern Liberation Army (ELA) said its fighters had killed 40 soldiers and that only "
            "four of its own men had died, not 11 as the army said.\n")
    figures = _by_value(text)
    assert figures[11].claimant != "ELA"


def test_a_rights_group_in_the_lead_takes_the_name_the_next_paragraph_gives_it():
    text = ("Security forces shot dead at least 19 protesters in the town of Dori, a rights group said on "
            "Monday.\n\n"
            "In a 30-page report, the Observatory for Freedoms in the Liptako (OFL) said the shooting lasted "
            "an hour.\n\n"
            "Eight of the dead were students, the group said.\n")
    figures = _by_value(text)
    assert figures[19].claimant == "OFL"
    assert figures[8].claimant == "OFL"


def test_an_opening_according_to_covers_the_clause_after_a_semicolon_and_its_as_of_date():
    text = ("According to the Badakhshan Disaster Committee (BDC), as of 9 May, 27 people had died and 40 had "
            "been injured; 18 of the deaths were in Kuran district and nine in Yamgan district.\n")
    figures = _by_value(text)
    for value in (27, 40, 18, 9):
        assert figures[value].claimant == "BDC", value
        assert figures[value].as_of == dt.date(2025, 5, 9), value


def test_a_statement_dated_after_the_figure_dates_it():
    text = ("The rebel movement, which holds most of the northern hills, put its own dead at six fighters in a "
            "statement on Monday and called the army's figures invented.\n")
    figures = _by_value(text)
    assert figures[6].as_of == dt.date(2025, 8, 11)


def test_a_number_before_a_body_s_acronym_is_no_part_of_its_name():
    text = ("The monitor said the dead included 12 RSF fighters and four civilians. The RSF, which holds most "
            "of the region, put its own losses at five fighters in a statement on Monday.\n")
    claimants = {f.value: f.claimant for f in _figures(text)}
    assert claimants[5] == "The RSF"


def test_a_table_caption_closing_on_its_source_gives_the_rows_that_source():
    text = ("NEPAL: Monsoon floods - Situation Report No. 2\n"
            "Nepal Humanitarian Country Team (HCT) | Issued: 9 July 2025\n\n"
            "TABLE 1: IMPACT BY DISTRICT, 1 TO 8 JULY. SOURCE: NDRRMA\n"
            "District | Affected people | Deaths\n"
            "Sindhupalchok | 12,480 | 9\n"
            "Rasuwa | 3,215 | 4\n")
    figures = _by_value(text)
    assert figures[12480].claimant == "NDRRMA"
    assert figures[4].claimant == "NDRRMA"


def test_a_document_the_story_names_after_its_issuer_is_the_issuer_s():
    text = ("Ombudsman warns of displacement in Putumayo as 420 flee\n\n"
            "The Ombudsman's Office has issued an early warning for three municipalities of Putumayo.\n\n"
            "According to the alert, at least 420 people have fled their villages since June 2, including 150 "
            "children.\n\n"
            "At least 19 people were killed, according to a report released Tuesday by the Red de Derechos "
            "del Sur (RDS).\n")
    figures = _by_value(text)
    assert figures[420].claimant == "the Ombudsman's Office"
    assert figures[150].claimant == "the Ombudsman's Office"
    assert figures[19].claimant == "RDS"


def test_a_denial_that_civilians_were_killed_disputes_the_people_killed_before_it():
    text = ("A drone strike on a market near Falam killed at least 16 people, including five children, a local "
            "rescue group said on Monday.\n\n"
            "A military spokesman denied that civilians had been killed.\n")
    figures = _by_value(text)
    assert figures[16].disputed_by == "a military spokesman"
    assert figures[5].disputed_by == "a military spokesman"


def test_a_table_caption_with_its_source_in_brackets_gives_the_rows_that_source():
    text = ("Heatstroke deaths climb to 31 in the state\n\n"
            "Heatstroke deaths by district, April 1 to May 2 (source: SDMA)\n"
            "District | Deaths\n"
            "Nalgonda | 12\n"
            "Khammam | 7\n")
    figures = _by_value(text)
    assert figures[12].claimant == "SDMA"
    assert figures[7].claimant == "SDMA"


def test_a_heading_over_a_table_s_plain_intro_gives_its_people_column_a_measure():
    text = ("IOM Sudan | Displacement Tracking Matrix | Flash Alert | Issued: 3 March 2025\n\n"
            "DISPLACEMENT BY LOCALITY OF ORIGIN\n"
            "The following table presents the households and individuals tracked between 24 February and 2 March.\n\n"
            "Locality | State | Households | Individuals\n"
            "Bara | North Kordofan | 812 | 4,466\n"
            "Um Rawaba | North Kordofan | 305 | 1,677\n")
    figures = {f.value: f for f in _figures(text)}
    assert figures[4466].measure.value == "displaced"
    assert figures[1677].measure.value == "displaced"
    assert 812 not in figures and 305 not in figures  # households are no people counted


def test_a_body_takes_the_acronym_written_after_its_name_or_after_where_it_works():
    text = ("REPORT SUMMARY | Observatoire des Droits au Liptako (ODL) | Niamey, 2 June 2025\n\n"
            "The Observatoire des Droits au Liptako said at least 61 civilians were killed in May.\n\n"
            "The United Nations stabilization mission in the Central African Republic (MINUSCA) said on "
            "Monday that 14 civilians were killed. Another 9 were wounded, the United Nations stabilization "
            "mission said.\n")
    figures = _by_value(text)
    assert figures[61].claimant == "ODL"
    assert figures[14].claimant == "MINUSCA"
    assert figures[9].claimant == "MINUSCA"


def test_a_table_caption_naming_its_owner_s_documentation_gives_the_rows_that_owner():
    text = ("Rights group documents 90 killings in three provinces\n\n"
            "Table 1. Civilians killed by province, 1 January to 30 June 2025 (OSR documentation)\n"
            "Province | Civilians killed\n"
            "Soum | 52\n"
            "Loroum | 38\n")
    figures = _by_value(text)
    assert figures[52].claimant == "OSR"
    assert figures[38].claimant == "OSR"
