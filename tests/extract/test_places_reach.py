"""How far a figure's place reaches: headline against lead, clauses, two countries, war-long tolls,
national sources and territory names; each test is a short wire report of its own
(tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_headline_country_outranks_the_country_the_body_names_more(extract):
    text = ("Ceasefire holds in Gaza as prisoner swap goes ahead\n"
            "By Staff, Wire — JERUSALEM, Thursday, March 14, 2024\n\n"
            "Israel and Hamas kept to the truce on Thursday. Israel said it would free more prisoners, "
            "and Israel's cabinet met in the evening.\n\nHamas freed 12 hostages on Thursday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Gaza", "PS")


def test_headline_name_does_not_run_into_the_byline(extract):
    text = ("Aid convoy hit in Gaza\nBy Anna Berg, Wire — JERUSALEM, Thursday, March 14, 2024\n\n"
            "An air strike killed 6 aid workers in Deir al-Balah on Thursday, the charity said.")
    figures = extract(text, PUB)
    assert all("\n" not in (f.place or "") for f in figures)


def test_headline_figure_in_a_territory_takes_the_lead_place(rules_extract):
    # the rules' reading; the ranker retrained in 1.27.0 keeps the headline's own "Gaza" for the
    # headline's figure (a known miss, docs/EXTRACTION.md)
    text = ("Six aid workers killed in strike in Gaza\n"
            "By Anna Berg, Wire — JERUSALEM, Thursday, March 14, 2024\n\n"
            "An Israeli air strike on a charity convoy in Deir al-Balah killed six aid workers on "
            "Wednesday night, the charity said in a statement on Thursday morning.")
    figures = rules_extract(text, PUB)
    assert _places(figures) == [("Deir al-Balah", "PS"), ("Deir al-Balah", "PS")]


def test_strip_is_no_part_of_the_territory_name(extract):
    text = "More than 1.7 million people in the Gaza Strip have been displaced, the UN said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Gaza", "PS")


def test_territory_names_weigh_for_their_country_against_a_namesake(extract):
    text = ("Strikes killed 31 people in Rafah overnight, the health ministry in the Gaza Strip said. "
            "Rafah lies on the border with Egypt; Egypt has warned against an assault. Egyptian "
            "officials met on Monday. Gaza's civil defence said the Gaza toll was rising.")
    figures = extract(text, PUB)
    assert _places(figures)[0] == ("Rafah", "PS")


def test_figure_before_two_joined_countries_covers_both(extract):
    text = ("Across Kenya and Somalia, the death toll from the floods passed 400 by Friday, "
            "officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == (None, None)


def test_two_countries_of_an_earlier_number_do_not_cover_a_later_one(extract):
    text = ("The UN said it expected up to 90,000 people to flee into Chad and South Sudan, and that "
            "about 8,000 had already crossed into Chad.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Chad", "TD")


def test_a_country_that_revises_its_toll_owns_it(extract):
    text = ("Strikes killed 40 people in Gaza on Sunday, medics said. Israel revised the death toll "
            "from the October 7 attack to about 1,200 this month.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Israel", "IL")


def test_country_opening_an_organisation_name_is_its_source(extract):
    text = ("Two people were killed on a road north of Gaza City on Friday, the Palestine Red "
            "Crescent said.")
    (f,) = extract(text, PUB)
    assert f.place != "Palestine"


def test_place_in_the_figures_own_clause_beats_a_smaller_one_in_the_next(extract):
    text = ("The monitor has recorded more than 3,000 people killed in Sudan since April, but says "
            "the true figure is higher because large parts of Darfur are cut off.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Sudan", "SD")


def test_place_of_an_earlier_numbers_clause_is_not_the_next_figures(extract):
    text = ("SOUTH, Sudan — The network said at least 150 civilians had been killed, 40 of them in "
            "Omdurman, and that more than 600 civilians had been wounded in Sudan this week.")
    figures = extract(text, PUB)
    assert _places(figures)[1:] == [("Omdurman", "SD"), ("Sudan", "SD")]


def test_war_long_toll_is_the_countrys(extract):
    text = ("Shelling hit Khartoum for a fifth day. The WHO said at least 400 people had been killed "
            "across Sudan's cities on Friday. Artillery pounded Khartoum again, and the WHO said "
            "3,100 people had been injured since fighting erupted.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Sudan", "SD")


def test_superlative_since_the_war_does_not_make_a_toll_war_long(extract):
    text = ("A missile hit an apartment block in Dnipro on Saturday. In all, more than 120 people "
            "were killed or injured, the deadliest attack on a home since the war began.")
    (f,) = extract(text, PUB)
    assert f.place == "Dnipro"


def test_figure_of_a_national_office_without_a_place_is_the_countrys(extract):
    text = ("PORT-AU-PRINCE, Haiti — A mob killed nine men in Pétion-Ville on Monday, witnesses said.\n\n"
            "The UN office in Haiti published its report on Tuesday. It recorded 846 homicides "
            "between January and March.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Haiti", "HT")


def test_event_figure_of_a_ministry_keeps_the_event_place(extract):
    text = ("Two Israeli air strikes hit the crowded Jabalia refugee camp in northern Gaza on "
            "Tuesday, witnesses and medics said.\n\n"
            "A doctor said 50 people were killed in the first strike. The interior ministry in Gaza "
            "later said more than 400 people had been killed or wounded.")
    first, second = extract(text, PUB)
    assert second.place == first.place != "Gaza"


def test_places_of_part_of_the_group_do_not_place_the_whole_figure(rules_extract):
    text = ("KARACHI, Pakistan — Floods have swept Pakistan since June.\n\n"
            "In the past 24 hours alone, 75 people died, most of them in the southern province of "
            "Sindh and in Khyber Pakhtunkhwa in the north-west, officials said.")
    figures = rules_extract(text, PUB)  # the rules layer: the ranker retrained in 1.33.0 weighs Sindh higher here
    assert _places(figures)[-1] == ("Pakistan", "PK")


def test_a_list_after_most_of_them_stays_with_the_part(extract):
    text = ("The UN refugee agency said about 421,000 Afghan refugees were living in flood-hit "
            "districts of Pakistan, most of them in Balochistan and Khyber Pakhtunkhwa.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Pakistan", "PK")


def test_parts_of_the_country_are_the_country(extract):
    text = ("JINDIRES, Syria — Rescuers dug through rubble in northwest Syria on Wednesday.\n\n"
            "In government-held parts of the country, the health ministry put the toll at 1,414 dead.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Syria", "SY")


def test_a_count_of_provinces_is_the_country(extract):
    text = ("DERNA, Libya — The storm also struck other towns in the east. In Bayda, officials said "
            "50 people had died. The UN said about 884,000 people in five provinces had been affected.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Libya", "LY")


def test_city_that_names_a_university_is_the_source_not_the_place(extract):
    text = ("Researchers at Ghent University in Belgium have estimated that up to 600,000 civilians "
            "may have died in Tigray.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Tigray", "ET")


def test_place_of_a_when_clause_is_not_the_refugees_destination(extract):
    text = ("More than 740,000 Rohingya fled to Bangladesh after August 25, 2017, when the army "
            "launched operations in Rakhine state.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Bangladesh", "BD")
