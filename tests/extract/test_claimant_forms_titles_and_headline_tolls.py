"""Claimants as the gold writes them: a legislator's title and party are not part of the name; "the
latest figures of X as of DATE" is X's; a headline in which a body updates its toll names the body."""

import datetime as dt

PUB = dt.date(2025, 7, 9)


def test_a_legislators_title_and_party_are_no_part_of_the_name():
    from app.extract import extract_figures

    text = ("Floods in Assam\n\nGUWAHATI, July 9 - Opposition AIUDF MLA Rafiqul Islam alleged on Tuesday that "
            "at least 22 people had drowned in Dhubri district. PTI MNA Ali Khan said 14 people were missing "
            "in Swat.")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[22] == "Rafiqul Islam"
    assert found[14] == "Ali Khan"


def test_the_figures_of_a_body_as_of_a_date_are_the_bodys():
    from app.extract import extract_figures

    text = ("Refugees in Chad\n\nThe Farchana camp now shelters 64,300 Sudanese refugees, according to the "
            "latest figures of the camp administration as of 2 July.")
    found = extract_figures(text, PUB)
    assert found[0].claimant == "the camp administration"
    assert found[0].as_of == dt.date(2025, 7, 2)


def test_a_headline_in_which_a_body_updates_its_toll_names_the_body():
    from app.extract import extract_figures

    text = ("Interior Ministry raises Kenitra bus crash toll to 19, says driver fled\n\nRABAT, July 9 - The "
            "toll from Monday's crash rose on Tuesday.")
    found = extract_figures(text, PUB)
    assert found[0].value == 19 and found[0].claimant == "Interior Ministry"


def test_an_event_raising_a_toll_in_a_headline_names_no_source():
    from app.extract import extract_figures

    text = "Floods raise toll to 30 in Kenya\n\nNAIROBI, July 9 - More rain is forecast."
    found = extract_figures(text, PUB)
    assert found[0].value == 30 and found[0].claimant is None
