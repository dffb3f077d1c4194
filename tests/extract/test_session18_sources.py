"""Rules of session 18 (extractor 1.21.0) for sources, each worded unlike the article it was read
from: a figure whose source is written as a document ("Tuesday's bulletin put …", "a police
statement said", "the verdict says", "an ordinal statement had mentioned …") takes the body that
issued it; a court that "ruled" is a source; "al-Shabab" spelt with one "a" is the side al-shabaab."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def _by_value(text):
    return {f.value: f for f in _figures(text)}


def test_a_document_named_by_its_day_takes_the_body_that_issued_it():
    text = ("According to a statement from the national disaster agency, released on Tuesday evening, 31 people "
            "were killed in the floods. Tuesday's statement put the number of missing at 14.\n")
    figures = _by_value(text)
    assert figures[31].claimant == figures[14].claimant
    assert "disaster agency" in figures[14].claimant


def test_an_earlier_ordinal_statement_is_a_document_not_a_source_named_a():
    text = ("The army said in a communiqué on Friday that 9 soldiers were killed in the ambush. A first statement "
            "issued on Wednesday night had mentioned 5 soldiers killed.\n")
    figures = _by_value(text)
    assert figures[5].claimant == figures[9].claimant
    assert figures[5].as_of == dt.date(2025, 8, 13)


def test_a_police_statement_is_the_polices():
    text = ("Two people were shot dead at a checkpoint on Sunday, a police statement said.\n")
    (figure,) = _figures(text)
    assert figure.claimant == "police"


def test_a_court_that_ruled_is_the_source_and_its_verdict_is_the_courts():
    text = ("The Inter-American Court of Human Rights (IACHR Court) ruled on Monday that the state was responsible "
            "for the disappearance of 26 farmers in 1992. The remains of four of them were found in 2011, "
            "the verdict says.\n")
    figures = _by_value(text)
    assert figures[26].claimant is not None and "Court" in figures[26].claimant
    assert figures[4].claimant == figures[26].claimant


def test_a_document_without_an_issuer_in_reach_is_left_as_written():
    text = ("Six people were killed in the clashes, the report said.\n")
    (figure,) = _figures(text)
    assert figure.claimant == "the report"


def test_al_shabab_spelt_with_one_a_is_a_side():
    text = ("The army said it killed 23 al-Shabab fighters near Bardhere on Thursday.\n")
    (figure,) = _figures(text)
    assert figure.side == "al-shabaab"


def test_by_the_account_or_count_of_a_body_is_its_claim():
    text = ("By the account of the village's elders, 14 people were killed. Since March the fighting has forced "
            "some 9,000 people from their homes, by the count of the UN's migration agency, IOM.\n")
    figures = {f.value: f for f in _figures(text)}
    assert figures[14].claimant == "the village's elders"
    assert figures[9000].claimant == "IOM"


def test_a_body_described_by_when_it_was_set_up_still_says_its_figure():
    text = ("The National Commission on the Disappeared (NCD), set up in 2019, says it has recorded 2,300 "
            "missing persons.\n")
    (figure,) = _figures(text)
    assert figure.claimant == "NCD"


def test_each_source_of_a_two_clause_headline_keeps_its_own_count():
    text = "Heatwave: unions say seven workers died, authorities confirm three\n\nThe heat continued on Monday.\n"
    figures = {f.value: f for f in _figures(text)}
    assert figures[7].claimant == "unions"
    assert figures[3].claimant == "authorities"


def test_denying_that_any_civilians_were_killed_disputes_the_civilian_death_tolls_given_before():
    text = ("At least 14 civilians, including five children, were killed when a jet bombed the market, "
            "the village council said.\n\n"
            "Residents said 20 people were wounded.\n\n"
            "On state television on Wednesday, army spokesman Colonel Aung Myat said the air force had hit an "
            "insurgent base. He denied that any civilians had been killed.\n")
    figures = {f.value: f for f in _figures(text)}
    assert figures[14].disputed_by == "Aung Myat"
    assert figures[5].disputed_by == "Aung Myat"
    assert figures[20].disputed_by is None
