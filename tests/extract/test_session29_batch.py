"""Rules read from the 1014–1037 batch (session 29), in texts written for these tests: wire
correction notes that name the paragraph they mend, a wire slug with a correction tag, and the
other cases listed test by test."""

import datetime as dt

PUB = dt.date(2025, 4, 18)


def _values(figures):
    return sorted(f.value for f in figures)


def test_a_correction_note_keeps_the_corrected_figure_and_drops_the_withdrawn_one(extract):
    text = ("(Corrects number of injured in paragraph 2 to 1,540 from 1,450)\n\n"
            "PUL-E-KHUMRI, Afghanistan, April 18 - An earthquake killed 212 people in Baghlan province.\n\n"
            "At least 1,540 people were injured, a provincial spokesman said.\n")
    figures = extract(text, PUB)
    assert _values(figures) == [212, 1540, 1540]
    assert all(f.measure.value == "injured" for f in figures if f.value == 1540)


def test_a_correction_note_with_a_comma_before_the_old_figure(extract):
    text = ("(Corrects number of wounded in paragraph 1 to nine, from 11, after police revised their count)\n\n"
            "A bomb at a market wounded nine people on Friday, police said.\n")
    assert _values(extract(text, PUB)) == [9, 9]


def test_a_story_corrected_to_say_one_figure_not_another(extract):
    text = ("Drones hit an apartment block in Kharkiv overnight, wounding 41 people, officials said.\n\n"
            "(This story has been corrected to say 41 people were wounded, not 44, in paragraph one)\n")
    assert _values(extract(text, PUB)) == [41, 41]


def test_a_corrected_count_of_things_is_no_figure(extract):
    text = ("(Corrects number of buried houses in paragraph 4 to 11, not 12)\n\n"
            "Landslides killed six people in the district, officials said.\n")
    assert _values(extract(text, PUB)) == [6]


def test_a_corrected_wire_slug_is_no_figure(extract):
    figures = extract("CORRECTED-UPDATE 2-Bomb kills 3 rangers, wounds 9 in Thailand's south\n\n"
                      "A roadside bomb killed three rangers on Friday.\n", PUB)
    assert 2 not in [f.value for f in figures]
    assert {3, 9} <= {f.value for f in figures}


def test_people_a_country_hosts_who_fled_a_neighbouring_one_are_refugees_in_the_host(extract):
    text = ("COX'S BAZAR, Bangladesh - A fire swept through Camp 9 on Sunday.\n\n"
            "Bangladesh hosts about 1 million Rohingya who fled violence in neighbouring Myanmar.\n")
    big = next(f for f in extract(text, PUB) if f.value == 1_000_000)
    assert big.measure.value == "refugees"
    assert big.place == "Bangladesh"


def test_a_tally_verb_used_as_an_adjective_names_no_source(extract):
    from app.ingest import clean_text
    text = ("AMMAN - Jordan hosts hundreds of thousands of refugees.\n\n"
            "UNHCR's breakdown of registered Syrian refugees in Jordan's camps:\n\n"
            "| Camp | Refugees |\n|---|---|\n| Zaatari | 68,210 |\n| Azraq | 36,540 |\n")
    rows = [f for f in extract(clean_text(text)[0], PUB) if f.value in (68_210, 36_540)]
    assert [f.claimant for f in rows] == ["UNHCR", "UNHCR"]


def test_a_body_in_brackets_closing_a_table_intro_is_the_rows_source(extract):
    from app.ingest import clean_text
    text = ("NORTH KIVU: Flash Update No. 4\n\n"
            "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) | Issued: 21 February 2025\n\n"
            "Fighting spread across the province this week.\n\n"
            "Table 1. Newly displaced people and civilian casualties by territory, 3–20 February 2025 "
            "(Protection Cluster):\n\n"
            "| Territory | Newly displaced | Civilians killed |\n|---|---|---|\n"
            "| Masisi | 94,200 | 127 |\n| Rutshuru | 51,600 | 58 |\n")
    rows = [f for f in extract(clean_text(text)[0], PUB) if f.value in (94_200, 127, 51_600, 58)]
    assert len(rows) == 4
    assert {f.claimant for f in rows} == {"Protection Cluster"}
    assert {f.since for f in rows} == {dt.date(2025, 2, 3)}


def test_a_publication_credited_in_the_dateline_is_no_source(extract):
    text = ("MAPUTO, Feb 24, 2025 (Indian Ocean Report) — Cyclone Zamile killed at least 34 people, "
            "Mozambique's National Institute for Disaster Risk Management and Reduction (INGD) said on Monday.\n")
    assert [f.claimant for f in extract(text, PUB)] == ["INGD"]


def test_a_local_station_is_named_without_its_description(extract):
    text = "Seventeen people were missing near Namapa, according to local station Rádio Comunitária de Eráti.\n"
    assert [f.claimant for f in extract(text, PUB)] == ["Rádio Comunitária de Eráti"]


FACT_CHECK = (
    "Fact check: Viral video does not show \"more than 1,000 civilians\" killed in Omdurman market, as post claims\n\n"
    "FactLens Africa | Sudan desk\n\n"
    "VERDICT: MISLEADING. The video is real but was filmed in 2023 in Nyala.\n\n"
    "A video shared on Facebook on Monday by a page called Sudan Now Live shows smoke rising over burning stalls. "
    "The caption reads: \"RSF shelled the market in Omdurman today, more than 1,000 civilians killed.\"\n\n"
    "Sudan's Ministry of Health said on Sunday that the attack killed 43 people. "
    "A hospital director, Dr Amin Osman, said the figure of 1,000 was \"simply not true\".\n\n"
    "A reverse image search shows the clip was first posted after a bus crash that killed 18 people.\n\n"
    "The claim that more than 1,000 civilians were killed is not supported by any count. "
    "FactLens rates the post MISLEADING.\n")


def test_a_fact_checks_repeats_of_the_posts_figure_are_the_posts_authors(extract):
    figures = extract(FACT_CHECK, PUB)
    thousand = [f for f in figures if f.value == 1000]
    assert len(thousand) == 4
    assert {f.claimant for f in thousand} == {"Sudan Now Live"}
    assert next(f for f in figures if f.value == 43).claimant == "Sudan's Ministry of Health"


def test_a_rebuttal_disputes_the_posts_figure_wherever_it_is_repeated(extract):
    thousand = [f for f in extract(FACT_CHECK, PUB) if f.value == 1000]
    assert {f.disputed_by for f in thousand} == {"Amin Osman"}


def test_what_a_fact_check_looked_at_is_no_source(extract):
    eighteen = next(f for f in extract(FACT_CHECK, PUB) if f.value == 18)
    assert eighteen.claimant is None


def test_posts_shared_on_a_list_of_platforms_are_the_claimant(extract):
    text = ("Posts shared thousands of times on X, Facebook and TikTok since last weekend claim that an army "
            "operation in Intan Jaya has killed more than 100 civilians.\n")
    assert [f.claimant for f in extract(text, PUB)] == ["Posts"]


def test_people_aboard_a_boat_that_capsized_are_no_toll(extract):
    text = ("At least 61 migrants are feared to have drowned after an inflatable boat carrying about 86 people "
            "capsized off Tobruk.\n")
    assert _values(extract(text, PUB)) == [61]


def test_a_boat_carrying_refugees_that_lands_brings_a_count(extract):
    text = "A wooden boat carrying 152 Rohingya refugees came ashore in East Aceh on Tuesday, officials said.\n"
    assert _values(extract(text, PUB)) == [152]


def test_a_numbered_place_massed_troops_and_an_age_after_a_name_are_no_figures(extract):
    assert _values(extract("A fire in Azraq's Village 5 killed two Syrian children.\n", PUB)) == [2]
    assert extract("Kyiv says Russia has massed around 50,000 troops across the border.\n", PUB) == []
    assert _values(extract("One soldier was killed. The ministry named him as Private Gor Sargsyan, 19.\n", PUB)) == [1]


def test_compounds_and_followers_are_no_counts(extract):
    assert extract("Evacuees receive a one-off payment of 2,000 hryvnias.\n", PUB) == []
    assert extract("\"A four-figure toll would have been impossible to hide,\" a researcher said.\n", PUB) == []
    assert extract("The account, which has about 210,000 followers, attached a photo of graves.\n", PUB) == []


BORDER = ("Deaths in the border forest: at least 14 people have died on Poland's frontier with Belarus since January\n"
          "FIELD REPORT | Forest Aid Network (FAN) | Hajnowka, Podlaskie\n\n"
          "Winter has come early to the Bialowieza forest.\n\n"
          "We have recorded at least 14 deaths on the Polish side of the border since 1 January, "
          "four of them in the past month.\n\n"
          "The Polish Border Guard said it had detained 61 suspected smugglers in Podlaskie. Poland and Belarus "
          "blame each other. Belarus's border committee said it found two bodies near Kamenyuki.\n")


def test_the_country_a_headline_says_a_frontier_is_with_is_not_the_stories_country(extract):
    fourteen = [f for f in extract(BORDER, PUB) if f.value == 14]
    assert fourteen and {f.country for f in fourteen} == {"PL"}


def test_a_figure_on_the_polish_side_is_in_poland_not_in_the_mastheads_province(extract):
    body = [f for f in extract(BORDER, PUB) if f.value in (14, 4) and f.start > BORDER.index("We have")]
    assert {f.place for f in body} == {"Poland"}


def test_a_count_in_a_closed_period_starts_with_it_not_with_the_sentences_since(extract):
    figures = extract("More than 460 people have died since January 1, compared with 2,452 in 2023.\n", PUB)
    old = next(f for f in figures if f.value == 2452)
    assert (old.since, old.as_of) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert next(f for f in figures if f.value == 460).since == dt.date(2025, 1, 1)


def test_a_crisis_that_began_in_a_season_gives_no_start(extract):
    text = "At least 89 people have died at the border since the crisis began in the summer of 2021.\n"
    (figure,) = extract(text, PUB)
    assert (figure.since, figure.as_of) == (None, PUB)


def test_a_count_at_the_end_of_last_year_is_as_of_that_day(extract):
    text = "Azraq houses about 36,500 Syrian refugees, down from roughly 41,000 at the end of last year, UNHCR said.\n"
    old = next(f for f in extract(text, PUB) if f.value == 41_000)
    assert (old.since, old.as_of) == (None, dt.date(2024, 12, 31))


def test_where_a_source_is_based_is_not_where_its_figures_are(extract):
    text = ("SINJAR, Iraq - Forensic teams opened a mass grave in Sinjar on Monday.\n\n"
            "More than 5,000 Yazidis were killed in 2014, according to the Yazidi Survivors Office, "
            "a rights body based in Duhok.\n")
    killed = next(f for f in extract(text, PUB) if f.value == 5000)
    assert killed.place != "Duhok"


def test_describing_the_casualty_reports_as_staged_disputes_them(extract):
    text = ("Russian drones killed at least nine people and wounded 41 in Kharkiv, regional officials said. "
            "Russia's Defence Ministry described the casualty reports as \"staged\".\n")
    assert {f.disputed_by for f in extract(text, PUB)} == {"Russia's Defence Ministry"}


def test_people_who_fled_one_place_for_another_are_refugees_where_they_went(extract):
    text = ("YEREVAN, March 11 - An Armenian conscript was killed near the village of Khnatsakh in Syunik province, "
            "Armenia's Defence Ministry said.\n\n"
            "More than 100,000 ethnic Armenians fled Nagorno-Karabakh for Armenia in September 2023 after a one-day "
            "Azerbaijani offensive.\n")
    fled = next(f for f in extract(text, PUB) if f.value == 100_000)
    assert (fled.measure.value, fled.place) == ("refugees", "Armenia")


def test_a_bulletin_named_with_two_words_is_its_issuers(extract):
    from app.ingest import clean_text
    text = ("PORTO ALEGRE, Brazil - Floods have killed at least 23 people, the state civil defence agency said.\n\n"
            "More than 18,500 people have been forced from their homes, the agency said in its latest bulletin.\n\n"
            "The civil defence bulletin issued on Tuesday morning gave the following breakdown:\n\n"
            "| Municipality | Dead | Missing |\n|---|---|---|\n| Lajeado | 8 | 5 |\n| Estrela | 6 | 4 |\n")
    rows = [f for f in extract(clean_text(text)[0], PUB) if f.value in (8, 5, 6, 4)]
    assert len(rows) == 4
    assert {f.claimant for f in rows} == {"the state civil defence agency"}


def test_a_bodys_own_section_speaks_for_the_body(extract):
    text = "MONUSCO's civilian protection section said 12 people were killed in Djugu territory in June.\n"
    assert [f.claimant for f in extract(text, PUB)] == ["MONUSCO"]


def test_a_video_shared_widely_is_the_claimant_and_one_night_is_no_count(extract):
    text = 'CLAIM: A video shared widely on X, Facebook and WhatsApp claims that "1,500 villagers were massacred in one night".\n'
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(1500, "a video")]


def test_a_correction_of_an_earlier_version_of_a_fact_check_withdraws_its_figure(extract):
    text = ("Police say 260 people have been killed since May 2023.\n\n"
            "Correction: An earlier version of this fact check said the state government's tally listed 220 people killed.\n")
    assert _values(extract(text, PUB)) == [260]


def test_a_country_offices_masthead_is_the_agencys_release(extract):
    text = ("Northern West Bank: displacement from refugee camps passes 40,000\n"
            "OCHA occupied Palestinian territory | PRESS RELEASE | Issued: 20 June 2025\n\n"
            "EAST JERUSALEM - Five months on, none of the three camps has reopened to its residents.\n\n"
            "Since 21 January, 88 Palestinians, among them 17 children, have been killed in the Jenin and "
            "Tulkarm governorates.\n")
    killed = [f for f in extract(text, dt.date(2025, 6, 20)) if f.value in (88, 17)]
    assert [f.claimant for f in killed] == ["OCHA", "OCHA"]


def test_a_factbox_headings_body_is_the_source_of_its_bullets(extract):
    text = ("FACTBOX-Rival tolls after three days of fire between Israel and Hezbollah\n\n"
            "BEIRUT, April 5 - Lebanon's Health Ministry, the Israeli military and Hezbollah have each issued their "
            "own figures.\n\n"
            "LEBANON'S HEALTH MINISTRY\n"
            "* At least 46 people killed in Israeli strikes on south Lebanon.\n\n"
            "ISRAELI MILITARY\n"
            "* Two Israeli soldiers were killed by an anti-tank missile near Metula on Thursday.\n\n"
            "ISRAEL\n"
            "* A missile hit a block in Bat Yam and killed nine people.\n")
    by_value = {f.value: f.claimant for f in extract(text, PUB)}
    assert by_value[46] == "Lebanon's Health Ministry"
    assert by_value[2] in ("Israeli military", "the Israeli military")
    assert by_value[9] is None


CHANNEL = ("Eight migrants die off French coast as Channel arrivals pass 31,000 for the year\n\n"
           "BOULOGNE-SUR-MER, France, Oct 6, 2024 - At least eight people died overnight when an overcrowded "
           "inflatable boat got into difficulty off the northern French coast, French authorities said, adding to "
           "the deadliest year on record for small-boat crossings to Britain.\n\n"
           "Of the dead, six were adults and two were children, the Boulogne prosecutor said.\n\n"
           "At least 52 people have died trying to cross the Channel this year.\n")


def test_deaths_from_a_boat_in_difficulty_off_a_coast_are_at_sea_in_that_coasts_country(extract):
    figures = [f for f in extract(CHANNEL, dt.date(2024, 10, 6)) if f.value in (8, 6, 2) and f.start > 90]
    assert figures and {(f.place, f.country) for f in figures} == {(None, "FR")}


def test_a_routes_toll_for_the_year_is_at_sea_too(extract):
    year = next(f for f in extract(CHANNEL, dt.date(2024, 10, 6)) if f.value == 52)
    assert year.place is None


def test_a_civilian_protection_section_counts_people_not_civilians(extract):
    from app.ingest import clean_text
    text = ("BUNIA - Militia attacks continued in Djugu territory.\n\n"
            "MONUSCO's civilian protection section recorded the following incidents between 1 and 30 June:\n\n"
            "| Locality | Killed | Injured |\n|---|---|---|\n| Lala | 12 | 5 |\n| Bule | 3 | 7 |\n")
    rows = [f for f in extract(clean_text(text)[0], PUB) if f.value in (12, 5, 3, 7)]
    assert len(rows) == 4 and {f.who.value for f in rows} == {"people"}
    assert {f.claimant for f in rows} == {"MONUSCO"}


def test_a_wars_years_date_the_figures_of_its_in_which_clause(extract):
    text = ("More than three decades after the 1992-1993 war, in which thousands were killed and more than 200,000 "
            "ethnic Georgians fled Abkhazia, the government still registers some 236,000 people as displaced.\n")
    by_value = {f.value: f for f in extract(text, PUB)}
    assert (by_value[200_000].since, by_value[200_000].as_of) == (dt.date(1992, 1, 1), dt.date(1993, 12, 31))
    assert by_value[236_000].as_of == PUB
