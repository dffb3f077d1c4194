"""Rules read from the 966–989 batch (session 28), in texts written for these tests: a table's
introducing line that names who reported its rows and the period they cover, a total row over rows
in different provinces, a Markdown table whose total row is in bold, a dateline that places a camp by
its district, and names the text teaches that do not vote for the article's country."""

import datetime as dt

from app.ingest import clean_text

PUB = dt.date(2024, 6, 3)

TABLE = ("UKRAINE: Flash Update No. 4 - Shelling in the east\n\n"
         "Strikes continued across Ukraine this week.\n\n"
         "Civilian casualties reported by regional authorities, 20 – 26 May 2024:\n\n"
         "| Oblast | Killed | Injured |\n"
         "|---|---|---|\n"
         "| Kharkiv | 12 | 61 |\n"
         "| Donetsk | 9 | 33 |\n"
         "| Sumy | 1 | 5 |\n"
         "| **Total** | **22** | **99** |\n\n"
         "Figures do not include areas under Russian military control.\n")


def test_a_markdown_total_row_in_bold_is_read_like_any_row():
    cleaned, _removed = clean_text(TABLE)
    assert "Total | 22 | 99" in cleaned
    assert "**" not in cleaned


def test_a_table_intro_names_the_source_and_the_period_of_its_rows(extract):
    figures = extract(clean_text(TABLE)[0], PUB)
    rows = [f for f in figures if f.value in (12, 61, 9, 33, 1, 5, 22, 99)]
    assert len(rows) == 8
    assert {f.claimant for f in rows} == {"regional authorities"}
    assert {(f.since, f.as_of) for f in rows} == {(dt.date(2024, 5, 20), dt.date(2024, 5, 26))}


def test_a_total_over_rows_in_different_provinces_is_the_countrys(extract):
    figures = extract(clean_text(TABLE)[0], PUB)
    by_value = {f.value: f for f in figures}
    assert by_value[12].place == "Kharkiv"
    assert (by_value[22].place, by_value[22].country) == ("Ukraine", "UA")
    assert by_value[99].place == "Ukraine"


def test_a_total_over_towns_of_one_province_is_not_made_the_countrys(extract):
    text = ("Floods in Gujarat\n\nHeavy rain hit Gujarat, India, this week.\n\n"
            "Deaths reported by district officials, 1 – 7 July 2024:\n\n"
            "| Town | Deaths |\n|---|---|\n| Surat | 4 |\n| Navsari | 3 |\n| Total | 7 |\n")
    figures = extract(clean_text(text)[0], dt.date(2024, 7, 8))
    total = [f for f in figures if f.value == 7]
    assert total and total[0].place != "India"


CAMP_FIRE = ("After the blaze in Kutupalong, families sleep in the open\n\n"
             "FEATURE | Field Notes\n"
             "3 March 2025\n\n"
             "KUTUPALONG, Cox's Bazar - The fire that swept through two blocks of Kutupalong on Sunday left "
             "about 4,000 Rohingya refugees without shelter, camp officials said.\n\n"
             "Many of the families crossed from Myanmar in 2017, fleeing an army crackdown in Myanmar's "
             "Rakhine State, and say they have rebuilt their homes three times since.\n\n"
             "Camp 8W and Camp 9 of Kutupalong were worst hit. In Camp 9, 12 people were injured, a doctor "
             "said. Amina Khatun, who runs a learning centre in Camp 8W, said her pupils had lost everything.\n")


def test_a_camp_story_datelined_in_its_district_is_placed_in_the_host_country(extract):
    figures = extract(CAMP_FIRE, dt.date(2025, 3, 3))
    assert [(f.value, f.country) for f in figures] == [(4000, "BD"), (12, "BD")]
    assert figures[0].place == "Kutupalong"


def test_a_small_namesake_abroad_after_the_dateline_city_gives_no_country(extract):
    text = ("MORANT BAY, St Thomas - Three people died in floods in St Thomas parish on Sunday, the "
            "police in Jamaica said.\n")
    figures = extract(text, dt.date(2024, 11, 12))
    assert [(f.value, f.country) for f in figures] == [(3, "JM")]


def test_a_correction_of_an_earlier_entry_or_newsletter_withdraws_its_figure(extract):
    text = ("Floods hit the valley on Monday, and 12 people were killed, police said.\n\n"
            "CORRECTION: An earlier entry said 30 tourists were missing near the lake.\n\n"
            "An earlier version of this newsletter said 138 prisoners were released on Saturday.\n\n"
            "An earlier version of this story misstated the number of injured police officers as 18.\n")
    assert [f.value for f in extract(text, PUB)] == [12]


def test_one_before_a_body_or_a_pronoun_is_no_count(extract):
    figures = extract("At least 30 civilians, among them 10 aid workers from one international NGO, were "
                      "killed in the attacks. We are aware of reports of civilian casualties in the east, "
                      "including that one.", PUB)
    assert [f.value for f in figures] == [30, 10]
    assert [f.value for f in extract("Karachi | bodies received at one morgue | 138", PUB)] == [138]


def test_a_city_where_agencies_brief_the_press_is_not_the_figures_place(extract):
    text = ("Landslides hit Rohingya camps: UN agencies brief in Geneva\n\n"
            "Transcript of the press briefing, 27 June 2025.\n\n"
            "SPOKESPERSON: Landslides across the camps in Cox's Bazar district in Bangladesh have killed at "
            "least 11 refugees this week.\n")
    figures = extract(text, dt.date(2025, 6, 27))
    assert [(f.value, f.country) for f in figures] == [(11, "BD")]
    assert figures[0].place != "Geneva"


def test_the_attackers_nationality_does_not_name_the_country_across_which_they_strike(extract):
    text = ("Strikes pound southern Lebanon\n\nBEIRUT - Jets struck villages in southern Lebanon on Tuesday.\n\n"
            "The Lebanese Ministry of Public Health says Israeli strikes across the country over the past day "
            "killed 46 people and wounded 179.\n")
    figures = extract(text, dt.date(2024, 10, 2))
    assert [(f.value, f.place, f.country) for f in figures] == [(46, "Lebanon", "LB"), (179, "Lebanon", "LB")]


def test_a_tables_last_column_headed_source_gives_each_rows_source(extract):
    text = ("The week in crises\n\nOur tally of the week:\n\n"
            "| Where | What | Figure | Source |\n|---|---|---|---|\n"
            "| Haiti | people displaced by gang violence | nearly 1.3 million | IOM |\n"
            "| Artibonite | people abducted in June | at least 47 | OHCHR |\n")
    figures = extract(clean_text(text)[0], dt.date(2025, 7, 25))
    assert [(f.value, f.claimant) for f in figures] == [(1_300_000, "IOM"), (47, "OHCHR")]


def test_a_source_that_is_saying_something_is_its_claimant(extract):
    figures = extract("QUESTION: Thank you. The Syrian Observatory for Human Rights (SOHR) is saying today that "
                      "over 350 people have been killed in Suwayda. Do you have a figure?", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(350, "SOHR")]
    figures = extract('The mayor rejected that count. "What the governor is saying is false. There were two '
                      'dead," Rosa Mendez said.', PUB)
    assert [(f.value, f.claimant) for f in figures] == [(2, "Rosa Mendez")]


def test_a_release_naming_its_body_at_the_end_of_the_lead_speaks_for_it_in_the_first_person(extract):
    text = ("Cholera spreads in displacement sites\n\n"
            "Pemba – Cholera is spreading fast through displacement sites in Cabo Delgado, the Kuphedza "
            "Health Alliance (KHA) warned today.\n\n"
            "Since 1 March, our teams have treated 2,318 patients. Thirty-one of them have died, including "
            "nine children.\n\n"
            "At least five of our community health volunteers have been abducted in Muidumbe.\n")
    figures = extract(text, dt.date(2025, 3, 20))
    assert [(f.value, f.claimant) for f in figures] == [(31, "KHA"), (9, "KHA"), (5, "KHA")]


def test_a_situation_report_is_a_document_and_its_issuer_the_source(extract):
    figures = extract("The NDMA said 300 people had died. Its daily situation report puts the number of injured "
                      "at 929.", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(300, "The NDMA"), (929, "The NDMA")]
    figures = extract("In its latest situation report, the National Disaster Risk Reduction and Management Council "
                      "(NDRRMC) placed the nationwide death toll at 19, with 23 injured.", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(19, "NDRRMC"), (23, "NDRRMC")]


def test_a_report_issued_on_a_dated_day_is_its_issuers(extract):
    figures = extract("A situation report issued by the Ministry of Health on January 21 said the country had "
                      "recorded 1,988 cases and 41 deaths in 14 regions.", dt.date(2024, 1, 23))
    assert [(f.value, f.claimant, f.as_of) for f in figures] == [(41, "the Ministry of Health", dt.date(2024, 1, 21))]


def test_a_table_heading_or_intro_paragraph_with_a_hyphenated_span_of_days_dates_the_rows(extract):
    text = ("THE WEEK IN SECURITY\n\nFIGURES FOR THE WEEK, 3-9 March 2025 (compiled by the security desk)\n\n"
            "State | LGA | Killed | Abducted\nBenue | Guma | 17 | 0\nPlateau | Bokkos | 9 | 4\n")
    figures = extract(text, dt.date(2025, 3, 10))
    assert {(f.since, f.as_of) for f in figures} == {(dt.date(2025, 3, 3), dt.date(2025, 3, 9))}
    text = ("Casualties by governorate\n\nThe Ministry of Health provided the following breakdown of casualties "
            "for 9–18 November. Figures for North Gaza are provisional.\n\n"
            "Governorate | Killed | Injured\nNorth Gaza | 118 | 260\nRafah | 3 | 11\n")
    figures = extract(text, dt.date(2024, 11, 19))
    assert {(f.since, f.as_of) for f in figures} == {(dt.date(2024, 11, 9), dt.date(2024, 11, 18))}


def test_a_headlines_rubric_is_no_speaker(extract):
    text = ("MIDDLE EAST BRIEFING: Mass grave near Mosul yields 139 bodies\n\n"
            "Forensic teams have exhumed the remains of 139 people near Mosul, the foundation said.\n")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(139, None), (139, "the foundation")]


def test_a_live_blogs_time_zone_is_no_part_of_the_source(extract):
    figures = extract("Live updates\n\n10:40 PKT Doctors at the district hospital in Chaman say four civilians "
                      "were killed.", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(4, "Doctors at the district hospital in Chaman")]


def test_the_government_named_earlier_by_a_two_word_country(extract):
    figures = extract("JNIM claimed more than 100 soldiers died; Burkina Faso's government calls the claim "
                      "propaganda. The government's last count put the number of people displaced inside the "
                      "country at more than 2 million.", PUB)
    assert figures[-1].claimant == "Burkina Faso's government"


def test_a_tables_source_in_the_sentence_before_its_note(extract):
    text = ("Casualties by governorate\n\nThe Ministry of Health provided the following breakdown of casualties "
            "for 9–18 November. Figures for North Gaza are provisional.\n\n"
            "Governorate | Killed | Injured\nNorth Gaza | 118 | 260\nRafah | 3 | 11\n")
    figures = extract(text, dt.date(2024, 11, 19))
    assert {f.claimant for f in figures} == {"The Ministry of Health"}


def test_a_column_of_sites_hosting_the_displaced_counts_sites(extract):
    text = ("DISPLACEMENT BY COMMUNE, 8-15 March 2025 (source: IOM)\n\n"
            "Commune | Department | Newly displaced | Sites hosting IDPs\n"
            "Kenscoff | Ouest | 5,210 | 6\nPétion-Ville | Ouest | 2,870 | 4\n")
    figures = extract(text, dt.date(2025, 3, 17))
    assert [(f.value, f.measure.value, f.claimant) for f in figures] == [(5210, "displaced", "IOM"),
                                                                         (2870, "displaced", "IOM")]


def test_arrivals_in_a_story_of_displacement_sites_are_displaced(extract):
    text = ("Cholera spreads in displacement sites\n\nPEMBA, Mozambique - Cholera is spreading through "
            "displacement sites in Cabo Delgado, where internally displaced families keep arriving.\n\n"
            "At the Nanjua site alone, roughly 6,000 new arrivals were registered in a fortnight after the "
            "attacks, officials said.\n")
    figures = extract(text, dt.date(2025, 3, 20))
    assert [(f.value, f.measure.value) for f in figures] == [(6000, "displaced")]
    text = text.replace("officials said.", "officials said. Others crossed the border into Tanzania.")
    assert [f.measure.value for f in extract(text, dt.date(2025, 3, 20))][0] == "refugees"


def test_posts_shared_widely_are_the_claimant_not_where_they_were_shared(extract):
    figures = extract("Posts shared widely on Telegram and X since Friday claim that more than 1,000 people "
                      "drowned in the flood.", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(1000, "Posts")]
    figures = extract("Posts on social media shared widely since Sunday claim that 300 people were killed.", PUB)
    assert [(f.value, f.claimant) for f in figures] == [(300, "Posts on social media")]


def test_a_word_cell_ending_in_a_span_of_days_keeps_the_table_whole(extract):
    text = ("The week in crises\n\n| Where | What | Figure | Source |\n|---|---|---|---|\n"
            "| Haiti | people displaced by gang violence | nearly 1.3 million | IOM |\n"
            "| Port-au-Prince | cholera deaths in displacement sites, 1–20 July | 19 | MSPP |\n"
            "| Artibonite | people abducted in June | at least 47 | OHCHR |\n")
    figures = extract(clean_text(text)[0], dt.date(2025, 7, 25))
    assert [(f.value, f.claimant, f.place) for f in figures] == [
        (1_300_000, "IOM", "Haiti"), (19, "MSPP", "Port-au-Prince"), (47, "OHCHR", "Artibonite")]
