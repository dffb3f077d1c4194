"""Rules read from the 1110–1133 batch (session 31), in texts written for these tests: a
parliamentary answer, a digest whose items name their sources, a returnee table with two label
columns, a translated coast-guard statement, a state-media press release, and the other cases
listed test by test."""

import datetime as dt

PUB = dt.date(2025, 9, 22)


def _by_value(figures):
    return {f.value: f for f in figures}


ANSWER = (
    "GOVERNMENT OF INDIA\n"
    "MINISTRY OF HOME AFFAIRS\n"
    "RAJYA SABHA\n"
    "UNSTARRED QUESTION NO. 918\n\n"
    "VIOLENCE IN THE STATE\n\n"
    "Will the Minister of HOME AFFAIRS be pleased to state the number of persons killed since May 2023?\n\n"
    "ANSWER\n"
    "MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS\n"
    "(SHRI RAGHAV MENON)\n\n"
    "(a) As per the information furnished by the Government of Manipur, 212 persons lost their lives.\n\n"
    "(b) As on 1 September 2025, 47,300 displaced persons were residing in 240 relief camps.\n\n"
    "District-wise persons killed, as furnished by the Government of Manipur:\n\n"
    "District          Killed\n"
    "Imphal East           38\n"
    "Bishnupur             44\n"
)


def test_a_parliamentary_answers_figures_are_the_ministers_unless_they_name_a_source(extract):
    figures = _by_value(extract(ANSWER, PUB))
    assert figures[47300].claimant == "Raghav Menon"
    assert figures[212].claimant == "the Government of Manipur"  # not "the information furnished by …"
    assert figures[38].claimant == "the Government of Manipur"  # the table's intro: "as furnished by"


DIGEST = (
    "Pacific Brief: Sulu abduction, Marawi shelters\n"
    "The Monday digest | Monday 22 September 2025 | Issue 240\n\n"
    "1) PHILIPPINES - Sulu: fishermen abducted off Siasi\n"
    "Source: Joint Task Force Orion statement, 20 September\n"
    "Gunmen abducted five fishermen from a pump boat off Siasi island on Wednesday night. Two of them were "
    "freed on Saturday.\n\n"
    "2) INDONESIA - Papua: clashes in Intan Jaya\n"
    "Sources: Papua Regional Police information centre; a TPNPB statement; Diocese of Timika\n"
    "Troops killed four fighters in a firefight near Sugapa on Thursday.\n"
)


def test_a_digest_items_source_line_gives_its_figures_a_source(extract):
    figures = _by_value(extract(DIGEST, PUB))
    assert figures[5].claimant == "Joint Task Force Orion"
    assert figures[4].claimant == "Papua Regional Police"  # the first source listed


def test_a_sources_line_stays_a_line_of_its_own():
    from app.ingest import clean_text

    item = ("3) INDONESIA - Central Papua: clashes in Intan Jaya\n"
            "Sources: TNI information centre; TPNPB statement; Diocese of Timika\n"
            "Indonesia's military said troops killed six fighters of the West Papua National Liberation Army in a "
            "firefight near Sugapa on Thursday and lost two soldiers.\n")
    cleaned, _removed = clean_text("Digest\n\n" + item)
    assert "Intan Jaya\nSources: TNI" in cleaned and "Timika\nIndonesia's" in cleaned


RETURNEES = (
    "Returns from Pakistan\n\n"
    "Returnees keep arriving at the border crossings.\n\n"
    "KEY FIGURES\n"
    "Arrivals of Afghans recorded by HRN monitors, 1-9 November 2025:\n\n"
    "Crossing point   Province    Returnees   Forcibly deported\n"
    "Torkham          Nangarhar     120,400        7,215\n"
    "Spin Boldak      Kandahar       19,905        1,240\n"
)


def test_a_spaced_tables_first_label_column_is_the_rows_place_and_its_recorder_the_source(extract):
    figures = _by_value(extract(RETURNEES, PUB))
    assert figures[7215].place == "Torkham" and figures[1240].place == "Spin Boldak"
    assert figures[7215].claimant == "HRN"  # "Arrivals of Afghans recorded by HRN monitors"


def test_a_statement_headline_and_a_press_releases_issuer_line_give_the_source(extract):
    text = ("Italian Coast Guard statement on the shipwreck off Lampedusa (translated from Italian)\n\n"
            "Press office, Rome, 22 September 2025\n\n"
            "Units recovered the bodies of six people and rescued 41 survivors. At least nine people are missing.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[6].claimant == "Italian Coast Guard" and figures[9].claimant == "Italian Coast Guard"
    text = ("Information team says 31 fighters killed in Myitkyina\n"
            "[Unofficial translation from the Burmese original, prepared by our monitoring service.]\n\n"
            "PRESS RELEASE\n"
            "True News Information Team\n"
            "Nay Pyi Taw\n\n"
            "- Security forces found the bodies of 12 terrorists near the outposts.\n")
    assert _by_value(extract(text, PUB))[12].claimant == "True News Information Team"


def test_things_and_names_that_are_no_places(extract):
    text = ("Cayuco reaches El Hierro\n\n"
            "The Guardia Civil has arrested two men suspected of steering the boat, a spokesperson said. "
            "Divers from the Guardia Civil's underwater unit have recovered two more bodies from beneath the pier "
            "in La Restinga.\n\n"
            "The 14 bodies at Legal Medicine are the only ones examined so far, officials in Popayán said.\n")
    places = {f.place for f in extract(text, PUB)}
    assert not places & {"Guardia", "Legal Medicine"}


def test_a_speakers_capital_label_is_no_place(extract):
    text = ("Radio interview: the Arauca ombudsman\n\n"
            "HOST: Good morning. With us is Jorge Mora, the regional ombudsman.\n\n"
            "JORGE MORA: Good morning.\n\n"
            "HOST: How bad is it?\n\n"
            "MORA: We have recorded 86 homicides in the department since 1 January.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[86].place is None or figures[86].place.upper() != "MORA"


def test_counts_of_things_lives_saved_landings_and_dates_are_no_figures(extract):
    text = ("Cyclone and sea update\n\n"
            "Key figures | Number\n"
            "People affected | 61,000\n"
            "Households affected | 12,300\n"
            "Deaths | 6\n\n"
            "Over the past two days, 540 people have disembarked on Lampedusa in 17 separate landings. Its units "
            "have saved more than 24,000 lives at sea this year. In Herat, the earthquakes of 7 and 11 October "
            "killed more than 1,400 people, according to the 112 Herat emergency service.\n")
    values = {f.value for f in extract(text, PUB)}
    assert {61000, 6, 1400} <= values
    assert not values & {12300, 17, 24000, 7, 112}


def test_the_verb_of_the_next_number_is_not_this_ones(extract):
    text = "Units recovered the bodies of seven people and rescued 38 survivors.\n"
    assert [(f.value, f.measure) for f in extract(text, PUB)] == [(7, "bodies")]
    text = "Rescuers pulled out 15 bodies and rescued 26 people alive.\n"
    assert [(f.value, f.measure) for f in extract(text, PUB)] == [(15, "bodies")]
