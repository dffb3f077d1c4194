"""Rules read from the 1062–1085 batch (session 30), in texts written for these tests: interview
transcripts, a reprinted statement, tables with a source column and an introducing line, a
comparison with the same period of another year, and the other cases listed test by test."""

import datetime as dt

PUB = dt.date(2025, 9, 22)


def _by_value(figures):
    return {f.value: f for f in figures}


INTERVIEW = (
    "Governor on the night's strikes\n"
    "Morning Line | Radio transcript | Monday 22 September 2025\n\n"
    "Russian forces have stepped up attacks around Huliaipole in Ukraine's Zaporizhzhia region. Presenter Anna "
    "Bilyk spoke to Petro Marchuk, head of the regional military administration.\n\n"
    "BILYK: Governor, what happened in Orikhiv last night?\n\n"
    "MARCHUK: They hit the town with rockets and drones. We have four dead and 12 wounded.\n\n"
    "BILYK: And the occupied districts?\n\n"
    "MARCHUK: According to our information, the occupiers have detained more than 500 civilians since January. "
    "We can confirm 17 deaths in the shelling of the villages.\n\n"
    "BILYK: Do you have figures from the border?\n\n"
    "MARCHUK: Our colleagues at the State Border Guard Service told us that 230 people had fled across the border on Sunday.\n"
)


def test_a_first_person_source_in_a_transcript_is_the_speaker(extract):
    figures = _by_value(extract(INTERVIEW, PUB))
    assert figures[500].claimant == "Petro Marchuk"  # not "our information"
    assert figures[17].claimant == "Petro Marchuk"  # not "We can"
    assert figures[230].claimant == "the State Border Guard Service"  # not "Our colleagues at …"


def test_an_answer_takes_the_place_its_question_asked_about(extract):
    figures = _by_value(extract(INTERVIEW, PUB))
    assert figures[4].place == "Orikhiv" and figures[12].place == "Orikhiv"


def test_a_body_owning_its_own_figure_and_its_summary(extract):
    text = ("Russia claims heavy Ukrainian losses\n\n"
            "Ukraine's General Staff dismissed the Russian figure as fantasy.\n\n"
            "The General Staff's own morning summary puts Russian losses over the past day at 1,080 troops.\n\n"
            "Armenia's own defence ministry puts the toll at two soldiers dead.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[1080].claimant == "Ukraine's General Staff"
    assert figures[2].claimant == "Armenia's defence ministry"


def test_the_governor_is_the_head_of_a_regional_military_administration(extract):
    text = ("SLOVIANSK, July 21 - The toll has risen to 13, the head of the Donetsk regional military "
            "administration, Roman Hordiienko, said on Monday.\n\n"
            "The number of injured has risen to 52, the governor added.\n")
    assert {f.claimant for f in extract(text, PUB)} == {"Roman Hordiienko"}


def test_a_reprinted_statement_is_its_issuers(extract):
    text = ("Army says it killed 300 fighters - state news agency\n\n"
            "National News Agency (NNA) | Port City | Saturday, 22 February 2025\n\n"
            "The following is the text of a statement issued on Saturday by the General Command of the "
            "Armed Forces (GCAF) and carried in full by NNA.\n\n"
            "\"In the name of God.\n\n"
            "Our forces killed more than 300 of the militia's elements and captured 57 of them.\n")
    figures = extract(text, dt.date(2025, 2, 22))
    assert [f.claimant for f in figures if f.start > text.index("Our forces")] == ["GCAF", "GCAF"]


def test_a_spaced_table_with_a_source_column(extract):
    text = ("KEY FIGURES - North Darfur, 10 May to 20 August 2025\n\n"
            "Indicator                                      Number        Source\n"
            "Civilians killed (verified)                     1,284        OHCHR\n"
            "People displaced from the town                412,000        IOM\n"
            "Refugees arriving in eastern Chad              38,700        UNHCR\n")
    figures = _by_value(extract(text, PUB))
    assert (figures[1284].claimant, figures[412000].claimant, figures[38700].claimant) == ("OHCHR", "IOM", "UNHCR")
    assert figures[1284].place == "North Darfur"


def test_a_long_name_between_a_count_and_its_measure(extract):
    text = ("A security source said 31 soldiers and members of the Volunteers for the Defence of the "
            "Homeland (VDP) had been killed at the post.\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(31, "killed")]


def test_a_family_and_a_population_are_no_counts(extract):
    text = ("A trader who reached Djibo with his three wives and 11 children said he counted 17 bodies.\n\n"
            "They join 300,000 displaced people in the town, whose population before the conflict was about 60,000.\n")
    assert sorted(f.value for f in extract(text, PUB)) == [17, 300000]


def test_neither_sides_battlefield_figures_hedge_only_the_soldiers(extract):
    text = ("The governor said 11 civilians had been killed since May 1.\n\n"
            "Russia's defence ministry said Ukrainian forces had lost up to 155 servicemen over the past day.\n\n"
            "Ukraine's General Staff said Russian forces had lost 1,210 troops. Neither side's battlefield "
            "figures could be independently verified.\n")
    hedged = {f.value: f.hedged for f in extract(text, PUB)}
    assert hedged == {11: False, 155: True, 1210: True}


def test_the_nearer_of_two_since_dates(extract):
    text = ("The governor said 1,340 residents had been moved since May 1, bringing the total evacuated from "
            "the border districts since August 2024 to about 152,000.\n")
    since = {f.value: f.since for f in extract(text, PUB)}
    assert since == {1340: dt.date(2025, 5, 1), 152000: dt.date(2024, 8, 1)}


def test_a_denial_of_the_prisoner_claim(extract):
    text = ("Russia's defence ministry said 12 Ukrainian soldiers had been taken prisoner near the village.\n\n"
            "Ukraine's General Staff rejected the prisoner claim, saying no unit had lost men to capture.\n")
    assert [f.disputed_by for f in extract(text, PUB)] == ["Ukraine's General Staff"]


def test_the_same_period_of_another_year(extract):
    text = ("According to the interior ministry, 38,600 people have arrived by sea since 1 January, "
            "compared with 31,200 in the same period of 2024.\n\n"
            "ACLED recorded 1,460 people killed between January and March this year, up from 980 in the "
            "same period last year.\n")
    dates = {f.value: (f.as_of, f.since) for f in extract(text, PUB)}
    assert dates[31200] == (dt.date(2024, 9, 22), dt.date(2024, 1, 1))
    assert dates[980] == (dt.date(2024, 3, 31), dt.date(2024, 1, 1))


def test_nationwide_in_a_story_of_one_province_is_the_country(extract):
    text = ("Typhoon hits Albay\n\nThree people died in Albay province on Monday.\n\n"
            "The disaster council now reports 11 dead and 15 missing nationwide.\n")
    places = {f.value: f.place for f in extract(text, PUB)}
    assert places == {3: "Albay province", 11: "Philippines", 15: "Philippines"}


def test_a_language_is_no_place(extract):
    text = ("Village mourns\n\nFive people were killed in Kumbo on Monday.\n\n"
            "The conflict in Cameroon's English-speaking regions has killed more than 6,000 people since 2016.\n")
    assert _by_value(extract(text, PUB))[6000].place == "Cameroon"


def test_honorifics_and_a_nun_are_no_part_of_a_name(extract):
    text = ("Pa Emmanuel Wirba, the village chief, said eight people had been abducted. At the hospital, "
            "Sister Theresia Lukong said 8 wounded people had been admitted.\n")
    assert {f.claimant for f in extract(text, PUB)} == {"Emmanuel Wirba", "Theresia Lukong"}


def test_a_correction_with_a_clause_before_its_verb(extract):
    text = ("The toll rose to 38, rescue workers said.\n\n"
            "Correction: An earlier version of this story, published on Tuesday, said 14 children were among the dead.\n")
    assert [f.value for f in extract(text, PUB)] == [38]


def test_one_parent_describing_is_a_source(extract):
    text = "Four of the children were freed after their families paid what one parent described as everything.\n"
    assert [f.value for f in extract(text, PUB)] == [4]


def test_a_count_believed_trapped_is_hedged(extract):
    text = ("Rescuers have recovered four bodies and are searching for at least eight people believed trapped "
            "under the mud, a municipal disaster officer said.\n")
    assert {f.value: f.hedged for f in extract(text, PUB)} == {4: False, 8: True}


def test_a_period_before_a_body_with_its_acronym(extract):
    text = ("Between 10 and 20 August alone, the International Organization for Migration (IOM) recorded about "
            "52,000 people fleeing El Fasher.\n")
    assert [(f.as_of, f.since) for f in extract(text, PUB)] == [(dt.date(2025, 8, 20), dt.date(2025, 8, 10))]


def test_a_corrections_right_figure_counts_what_the_withdrawn_one_did(extract):
    text = ("Fourteen people were injured in the blast, police said.\n\n"
            "Correction, July 21: An earlier version of this article said 46 people had been injured in the strike. "
            "The figure given by the regional administration was 52.\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value, f.claimant) for f in figures if f.value != 14] == \
        [(52, "injured", "the regional administration")]
