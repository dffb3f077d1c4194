"""A source written with a describing phrase or an honorific before its name is the name: "the
watchdog group Paz en Casa", "the Nairobi-based risk consultancy X", "Qari X"; and an -ing verb
opening a sentence is not a town of that name ("Reading out the verdict")."""

import datetime as dt

PUB = dt.date(2025, 5, 20)


def first(extract, text):
    return extract(text, PUB)[0]


def test_a_describing_phrase_before_a_body_whose_name_has_a_particle(extract):
    text = "At least 31 journalists have been killed since 2019, according to the watchdog group Paz en Casa."
    assert first(extract, text).claimant == "Paz en Casa"


def test_two_describing_words_after_a_compound(extract):
    text = "More than 900 people were abducted last year, according to Nairobi-based risk consultancy Tana Advisory."
    assert first(extract, text).claimant == "Tana Advisory"


def test_a_religious_honorific_is_no_part_of_the_name(extract):
    text = "The spokesman for the militia, Qari Abdul Wahid, said 15 fighters had been killed."
    assert first(extract, text).claimant == "Abdul Wahid"


def test_an_ing_verb_opening_a_sentence_is_not_a_town(extract):
    text = ("Speaking to reporters in the courtroom, the prosecutor said 17 villagers had been "
            "killed in Kouango.")
    assert first(extract, text).place == "Kouango"
    text = "Reading out the verdict, the judge said 40 people had been abducted from the camp."
    assert first(extract, text).country != "GB"


def test_a_news_agency_is_not_a_place(extract):
    text = "SANAA, June 2 (Saba) - The health ministry said 14 people were killed in the strike."
    assert first(extract, text).place != "Saba"
    text = ("Officials said in a statement carried by the state news agency Petra that 9 soldiers "
            "were wounded near Ruwaished.")
    assert first(extract, text).place == "Ruwaished"


def test_data_verified_by_a_body_is_the_bodys(extract):
    text = "At least 52 people were killed last month, according to incidents documented by the Sahel Rights Monitor."
    assert first(extract, text).claimant == "the Sahel Rights Monitor"


def test_a_relative_clause_after_an_aside_leaves_the_source_named_first(extract):
    text = ("Fishermen from Kilwa, a town on the coast, who reached the port on Monday said 18 "
            "crew members were missing.")
    assert first(extract, text).claimant.lower().startswith("fishermen")


def test_a_body_that_rejects_a_figure_and_gives_its_own_is_the_source_of_its_own(extract):
    text = ("The agency said 2,000 people had been displaced. The state government rejected that "
            "figure on Friday and put the number at 41,000.")
    assert [f.claimant for f in extract(text, PUB)] == ["The agency", "The state government"]
