"""Rules from session 32, in texts written for these tests."""

import datetime as dt

PUB = dt.date(2025, 2, 3)


def _by_value(figures):
    return {f.value: f for f in figures}


DIGEST = (
    "Pacific Crisis Brief\n\n"
    "1) INDONESIA - Papua: clashes near Sugapa\n"
    "The army said troops killed six fighters near Sugapa on Thursday, and that two of its own soldiers "
    "were wounded.\n\n"
    "2) PAPUA NEW GUINEA - Hela: ambush on the Tari road\n"
    "Police in Hela province said nine men were killed in an ambush. The Royal Papua New Guinea "
    "Constabulary said four suspects had been detained. Papua New Guinea's police commissioner visited Tari.\n"
)


def test_papua_new_guinea_is_not_guinea_when_the_article_says_only_the_army(extract):
    figures = _by_value(extract(DIGEST, PUB))
    assert figures[2].who.value == "soldiers"
    assert figures[2].side != "guinea"  # "Papua New Guinea" is not Guinea


def test_south_sudan_does_not_count_as_sudan_for_the_armys_state(extract):
    text = ("Clashes in Upper Nile\n\nSouth Sudan's government said the army had retaken Nasir. South Sudan "
            "officials said South Sudan would open talks. Sudan closed a crossing. Officials said 14 soldiers "
            "were killed in the fighting.")
    figures = _by_value(extract(text, PUB))
    assert figures[14].side != "sudan"


def test_a_body_described_in_lower_case_takes_its_short_name_in_brackets(extract):
    text = ("GORONTALO, Indonesia - The toll rose to 27 on Thursday, as rescuers pulled four more bodies from "
            "the mud near Tulabolo, the national search and rescue agency (Basarnas) said.\n\n"
            "Basarnas said three miners were still missing.")
    figures = _by_value(extract(text, PUB))
    assert figures[27].claimant == "Basarnas"
    assert figures[4].claimant == "Basarnas"
    assert figures[3].claimant == "Basarnas"
    # a day or month in brackets names no body
    other = _by_value(extract("At least 12 people were killed, the regional health office (Monday) said.", PUB))
    assert other[12].claimant != "Monday"
