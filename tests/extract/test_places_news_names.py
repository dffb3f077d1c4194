"""Names news uses that the gazetteer lacked or resolved abroad: country names in the spellings
wire copy uses, regions and towns of current crises (resources/gazetteer/extras.tsv), a
first-level division over small foreign towns, and a capital's namesake in a country the
article names."""

import datetime as dt

import pytest

PUB = dt.date(2025, 6, 2)


def _place(extract, text):
    figures = extract(text, PUB)
    assert figures, text
    return figures[-1].place, figures[-1].country


@pytest.mark.parametrize("name, expected", [
    ("Congo", ("Congo", "CD")),  # wire style: the Democratic Republic, not a Brazilian town
    ("Republic of Congo", ("Republic of Congo", "CG")),
    ("the Netherlands", ("Netherlands", "NL")),
    ("Côte d'Ivoire", ("Côte d'Ivoire", "CI")),
    ("Cape Verde", ("Cape Verde", "CV")),
    ("East Timor", ("East Timor", "TL")),
])
def test_country_names_as_news_writes_them(extract, name, expected):
    text = f"Floods kill dozens\n\nAt least 35 people died in {name} after days of rain, the civil protection agency said."
    assert _place(extract, text) == expected


@pytest.mark.parametrize("name, country", [
    ("Puntland", "SO"), ("Lower Shabelle", "SO"), ("Sistan-Baluchestan", "IR"), ("North Waziristan", "PK"),
    ("the Bekaa Valley", "LB"), ("Mindanao", "PH"), ("Eastern Ghouta", "SY"), ("Hodeidah", "YE"),
    ("Cité Soleil", "HT"), ("Kashmir", "IN"),
])
def test_crisis_regions_and_towns_resolve_without_a_country_named(extract, name, country):
    text = f"Raid leaves 14 dead\n\nGunmen killed 14 people in {name} overnight, a local official told reporters."
    assert _place(extract, text)[1] == country


@pytest.mark.parametrize("name, country", [("Masisi", "CD"), ("Walikale", "CD"), ("Renk", "SS"), ("Zamzam", "SD")])
def test_small_crisis_towns_resolve_in_their_country(extract, name, country):
    # towns below the size that stands alone: found once the article names their country
    story = {"CD": "Congo", "SS": "South Sudan", "SD": "Sudan"}[country]
    text = (f"Fighting in {story} displaces thousands\n\n"
            f"More than 30 people were killed in {name} this week as fighting spread, an aid worker said.")
    assert _place(extract, text) == (name, country)


@pytest.mark.parametrize("name, country", [("Kasai", "CD"), ("Borno", "NG"), ("Cauca", "CO"), ("Gedo", "SO")])
def test_a_first_level_division_beats_small_towns_abroad(extract, name, country):
    # no country named: the province, not a Japanese, Italian or Ethiopian town of the same name
    text = f"Attack kills 22\n\nAt least 22 people were killed in {name} on Saturday, officials said."
    assert _place(extract, text)[1] == country


def test_a_division_abroad_is_no_place_in_a_story_that_names_another_country(extract):
    # "Nyanga" is a Gabonese province and small towns elsewhere; in a story about Cape Town's townships
    # it is none of them, and the article's unresolved neighbourhoods stay in South Africa
    text = ("Cape Town gang violence\n\nAt least 14 people were shot dead in Nyanga and Gugulethu over the "
            "weekend, South African police said on Monday. Residents of Nyanga marched to the police station.")
    figure = extract(text, dt.date(2025, 8, 11))[0]
    assert figure.country == "ZA"


def test_a_large_namesake_abroad_still_wins_over_a_division_without_context(extract):
    # "Punjab" is both an Indian and a Pakistani division: no side is taken without a country
    text = "Storm kills 9\n\nNine people were killed in Punjab on Saturday, officials said."
    assert _place(extract, text)[1] in (None, "IN", "PK")


def test_a_capitals_namesake_in_a_country_the_article_names(extract):
    # "Tripoli" in a story about Lebanon is the Lebanese port, not Libya's capital
    text = ("Clashes in northern Lebanon\n\nClashes between rival groups in Tripoli killed 6 people "
            "and wounded 20, Lebanon's state news agency reported.")
    assert _place(extract, text) == ("Tripoli", "LB")


def test_a_capital_still_tells_its_country_when_no_namesake_is_in_a_named_one(extract):
    text = "Militia clashes\n\nFighting in Tripoli killed 11 people on Sunday, the health ministry said."
    assert _place(extract, text) == ("Tripoli", "LY")


@pytest.mark.parametrize("dateline", ["KANO –", "QUETTA:"])
def test_a_dateline_with_a_dash_or_colon_does_not_set_the_place(extract, dateline):
    text = (f"Blast kills 11 at market\n\n{dateline} At least 11 people were killed when a bomb went off "
            "at a cattle market in Bauchi State on Friday, police said.")
    place, _country = _place(extract, text)
    assert place not in ("KANO", "Kano", "QUETTA", "Quetta")


def test_a_local_unit_named_like_a_country_is_no_country(extract):
    # a tehsil of Pakistan's Swat district shares its name with the Gulf state
    text = ("Floods kill 12 in Swat, several missing in Bahrain\n\n"
            "MINGORA, Pakistan: Flash floods killed 12 people in Swat district of Khyber Pakhtunkhwa on "
            "Monday, rescue officials said.\n\n"
            "Five people were still missing in Bahrain tehsil, where the river burst its banks.")
    assert {f.country for f in extract(text, PUB)} == {"PK"}


@pytest.mark.parametrize("sentence", [
    "Russian state media said 14 people were killed when the drone hit the depot.",
    "Uzbek state television said 8 people died when the dam gave way.",
    "Tajik state news agency Khovar said 6 border guards were killed in the clash.",
])
def test_state_media_of_a_nationality_is_no_place(extract, sentence):
    assert _place(extract, "Report\n\n" + sentence)[0] is None


@pytest.mark.parametrize("word", ["Tajik", "Kyrgyz", "Uzbek", "Kazakh"])
def test_central_asian_nationality_words_are_no_places(extract, word):
    text = (f"Border clash\n\n{word} border guards said 5 people were killed in Isfara district on Monday, "
            "officials said.")
    assert _place(extract, text)[0] != word
