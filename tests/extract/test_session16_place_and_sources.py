"""Rules of session 16 (extractor 1.19.0), each worded unlike the article it was read from: the
first count of an elliptical list of places' shares."""

import datetime as dt

PUB = dt.date(2025, 8, 14)


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def test_the_first_count_of_an_elliptical_list_keeps_its_own_place_not_the_next_items():
    text = ("Landslides have killed 31 people across Bagmati province since Sunday, police said. "
            "Hetauda counted eleven dead, Bharatpur nine and Butwal six, a provincial official said.\n")
    places = {f.value: f.place for f in _figures(text)}
    assert places[11] == "Hetauda"
    assert places[9] == "Bharatpur"
    assert places[6] == "Butwal"


def test_a_clause_with_a_count_before_an_unnamed_official_is_what_was_said_not_a_name():
    text = ("Rains lash western Nepal\n\n"
            "Landslides killed eleven villagers in Dailekh overnight, a district official said.\n\n"
            "Kalikot counted four dead and Jajarkot two, a provincial police spokesman said.\n")
    found = {f.value: f for f in _figures(text)}
    assert found[11].claimant == "a district official"
    assert found[4].claimant == "a provincial police spokesman"
    assert found[2].claimant == "a provincial police spokesman"


def test_a_named_person_before_an_unnamed_description_is_still_the_source():
    text = ("Rains lash western Nepal\n\n"
            "Landslides killed eleven villagers in Dailekh overnight, Hari Bahadur Thapa, "
            "a district official, said.\n")
    (dead,) = _figures(text)
    assert dead.claimant == "Hari Bahadur Thapa"
