"""Main place, round 13b: a state the headline and lead name is the scope over a town named later;
a river's name and a place "upstream in" are no place of the figures; a correspondent's town is no
place of a figure."""

import pytest

from app.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def finder(gazetteer_cache):
    return Extractor().places


def _by_value(figures, value):
    return next(f for f in figures if f.value == value)


_FLOOD = ("Kogi floods: 14 dead, 9,000 displaced in four LGAs\n"
          "LOKOJA, Aug 3, 2024 - The Kogi State Emergency Management Agency has said 14 people have "
          "died and 9,000 others have been displaced after the Niger River burst its banks following heavy "
          "rain and releases from the Shiroro and Kainji dams upstream in Niger State.\n\n"
          "The agency's director told our correspondent in Lokoja on Friday that 17 people were "
          "injured when houses collapsed.\n\n"
          "Residents of Ibaji and Idah said whole farms were lost, and boats were seen in Idah and Ibaji. "
          "About 60,000 people have been affected across the state, the agency said.\n")


def test_headline_state_named_by_its_agency_is_the_main_place(extract):
    figures = extract(_FLOOD)
    dead = _by_value(figures, 14)
    assert dead.place is not None and dead.place.startswith("Kogi") and dead.country == "NG"


def test_across_the_state_is_not_the_state_upstream(extract):
    figures = extract(_FLOOD)
    affected = _by_value(figures, 60000)
    assert affected.place is not None and affected.place.startswith("Kogi")


def test_a_correspondents_town_is_no_figure_place(extract):
    figures = extract(_FLOOD)
    assert _by_value(figures, 17).place != "Lokoja"


def test_a_name_before_river_is_no_place_mention(finder):
    text = ("Floods hit Niger\n"
            "At least 12 people drowned after the Niamey River and the Kaduna River rose, officials said.\n")
    article = finder.scan(text)
    assert all(m.surface not in ("Niamey", "Kaduna") for m in article.mentions)


def test_a_refugees_nationality_is_not_the_country_of_the_camp():
    from app.extract.place_sentence_country import sentence_country
    codes = {"Uganda": "UG", "Rwanda": "RW"}
    text = ("Thousands have fled across the border into Uganda this month. Aid workers said 2,100 Congolese "
            "asylum-seekers had reached the Nyakabande transit centre by Monday.")
    at = text.index("Nyakabande")
    code = sentence_country(text, at, at + len("Nyakabande"), lambda w: "CD" if w == "Congolese" else "",
                            codes.__contains__, lambda w: codes.get(w, ""))
    assert code == "UG"
