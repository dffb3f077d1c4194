"""Forms read from the second half of the 486–509 batch, each worded unlike its article: a count
"in N provinces" is no fraction; currencies, numbered puroks and "a girl of nine" are no figures;
people "not seen again" or who "could not be traced" are missing; a body's acronym with a number
("OCD-10") or before its document ("an ICRC statement"); a lower-case registry defined by its
acronym; a title phrase in apposition to a name; a river is no speaker."""

import datetime as dt

PUB = dt.date(2025, 9, 3)


def test_a_count_in_n_provinces_is_no_fraction_but_one_in_seven_is():
    from app.extract import extract_figures

    text = ("Floods in Niger\n\nOCHA puts the number affected at nearly 640,000 in 8 regions. One in seven "
            "children in the camps is malnourished.")
    assert [f.value for f in extract_figures(text, PUB)] == [640000]


def test_currencies_numbered_puroks_and_ages_after_a_person_are_no_figures():
    from app.extract import extract_figures

    text = ("Floods in Iligan\n\nFive people drowned in Purok 7, Barangay Tambo, on Sunday. The city will pay "
            "20,000 bolivianos to each family. A boy of eleven was among the injured.")
    assert [f.value for f in extract_figures(text, PUB)] == [5]


def test_people_not_seen_again_or_not_traced_are_missing():
    from app.extract import extract_figures

    text = ("Shipwreck off Libya\n\nSurvivors said six people slipped into the sea and were not seen again. "
            "Village heads said nine residents could not be traced.")
    found = {f.value: f.measure.value for f in extract_figures(text, PUB)}
    assert found == {6: "missing", 9: "missing"}


def test_acronyms_with_a_number_before_a_document_and_for_a_lower_case_registry():
    from app.extract import extract_figures

    text = ("Floods in Mindanao\n\nThe Office of Civil Defense in Caraga (OCD-13) said 11 people had died. The "
            "army freed 40 hostages, according to an ICRC statement. Jalisco has registered 15,200 people as "
            "missing, according to the state registry of missing persons (RNPD).")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[11] == "OCD-13"
    assert found[40] == "ICRC"
    assert found[15200] == "RNPD"


def test_a_title_phrase_in_apposition_names_its_person_when_used_again():
    from app.extract import extract_figures

    text = ("Attack in Borno\n\nThe Governor of Borno State, Babagana Zulum, visited Gwoza on Monday.\n\n"
            "The Governor of Borno State says 31 villagers were killed.")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[31] == "Babagana Zulum"


def test_a_river_is_no_speaker_a_pronoun_refers_to():
    from app.extract import extract_figures

    text = ("Floods in Iligan\n\nMayor Celso Regencia said the Mandulog River rose before dawn in Barangay "
            "Hinaplanon. Four children were among those who drowned, he said.")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[4] == "Celso Regencia"
