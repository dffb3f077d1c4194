"""Places from the errors of blind batches 127–142, each a short report of its own in other words and
places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_cities_of_a_slashed_dateline_and_of_a_later_round_up_item_are_datelines():
    from app.extract import place_dateline

    text = ("Floods in eastern Uganda kill 24\n"
            "NAIROBI/KAMPALA, March 3 (Reuters) - Floods in Uganda's Mbale district killed 24 people.\n\n"
            "HOMS, Syria, March 3 - A roadside bomb exploded near Palmyra, killing six shepherds.\n"
            "The AGENCY, it said, counted nine more.")
    names = [text[a:b] for a, b in place_dateline.spans(text)]
    assert names == ["NAIROBI", "KAMPALA", "HOMS"]


def test_a_slashed_dateline_city_in_a_neighbouring_country_sets_no_place(extract):
    text = ("Raids in Kenya's Lamu county uproot 9,000, UN says\n"
            "NAIROBI/MOGADISHU, May 2 (Reuters) - Attacks by militants on villages in Kenya's coastal "
            "Lamu county have forced more than 9,000 people from their homes in a week, the UN said.")
    figures = extract(text, PUB)
    assert figures and all(f.place not in ("MOGADISHU", "Mogadishu", "NAIROBI") for f in figures)


def test_the_dateline_of_a_later_item_of_a_round_up_sets_no_place(extract):
    text = ("World news in brief\n\n"
            "LIMA, Peru, March 2 - A bus plunged into a ravine in the Andes on Sunday, killing "
            "17 passengers, police in Peru said.\n\n"
            "HOMS, Syria, March 3 - A roadside bomb exploded near the town of Palmyra on Monday, killing "
            "six shepherds, a war monitor said.")
    figures = extract(text, PUB)
    six = [f for f in figures if f.value == 6]
    assert six and six[0].place != "HOMS" and six[0].place != "Homs"


def test_a_word_of_nationality_named_as_a_target_is_no_local_place(gazetteer_cache):
    from app.extract import place_local
    from app.extract.gazetteer import Gazetteer

    text = ("Rebels say they hit Ethiopian fuel depot\n"
            "NAIROBI, March 3 (Reuters) - Fano fighters said they had struck a fuel depot, "
            "while 40 villagers were freed from Ethiopian custody in the town of Debre Tabor on Monday.")
    names = place_local.local_names(text, Gazetteer().lookup, set())
    assert "Ethiopian" not in names


def test_a_camp_and_a_river_town_the_gazetteer_now_knows(gazetteer_cache):
    from app.extract.gazetteer import Gazetteer

    g = Gazetteer()
    assert any(p.country == "CD" for p in g.lookup("Mugunga camp"))
    assert any(p.country == "MM" for p in g.lookup("Kyaukmyaung"))
    assert any(p.country == "ML" for p in g.lookup("Léré"))
