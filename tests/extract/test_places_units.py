"""Sub-national units and the event's own place: a unit the article names ("X state"), figures
across it, table rows labelled by a unit, and places that are not where the event was (a
hospital town, where officials spoke); each test is a short wire report of its own
(tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_a_state_wide_figure_takes_the_state_not_its_capital(extract):
    text = ("KOHIMA, India — Landslides in the hill state of Nagaland have killed at least 36 people "
            "since Sunday, officials said. More than 9,000 people are sheltering in relief camps across "
            "the state, the state government said. In Kohima, two people were injured.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Nagaland", "IN"), ("Nagaland", "IN"), ("Kohima", "IN")]


def test_a_name_before_state_is_a_place_and_no_person(extract):
    text = ("JUBA, South Sudan — Floods have displaced 41,000 people in Lakes Basin state since "
            "August, the state government said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Lakes Basin state", "SS")


def test_table_rows_labelled_by_county_take_the_county(extract):
    text = ("Floods displace thousands in South Sudan's Warrap state\n"
            "KUAJOK, South Sudan — Floods have displaced more than 30,000 people across Warrap state "
            "since September, the state government said on Tuesday.\n\n"
            "Displaced people by county:\n"
            "Tonj North county .... 11,200\n"
            "Twic county .... 9,800\n")
    figures = extract(text, PUB)
    # the headline's "thousands" is a figure too (rules round 8: "displace")
    assert _places(figures) == [("Warrap state", "SS"), ("Warrap state", "SS"), ("Tonj North county", "SS"),
                                ("Twic county", "SS")]


def test_the_hospital_town_is_not_the_place_of_the_wounded(extract):
    text = ("A drone struck a market in the village of Tel Sukkar on Monday, killing eight people. "
            "At least 25 wounded people were taken to hospitals in Hama, a doctor said.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Tel Sukkar", "SY"), ("Tel Sukkar", "SY")]


def test_the_city_where_an_official_spoke_is_not_the_place(extract):
    text = ("Speaking in Nairobi, a UN spokeswoman said 52 people had been killed in the town of "
            "Kadugli this week.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kadugli", "SD")


def test_across_the_country_after_a_nationality_is_that_country(extract):
    text = ("The Syrian health ministry said 1,150 people had died across the country since the "
            "earthquake. Separately, 11 migrants drowned when their boat capsized off the coast of Cyprus.")
    figures = extract(text, PUB)
    assert _places(figures) == [("Syria", "SY"), (None, "CY")]


def test_table_labels_are_places_even_when_the_gazetteer_lacks_them(extract):
    text = ("Clashes in the Indian state of Nagaland have displaced 20,000 people since May, the "
            "state government said.\n\n"
            "People in relief camps, by district:\n"
            "Kohima East | 4,100\n"
            "Zunheboto Hills | 2,300\n"
            "Total | 6,400\n")
    figures = extract(text, PUB)
    assert _places(figures) == [("Nagaland", "IN"), ("Kohima East", "IN"), ("Zunheboto Hills", "IN"),
                                ("Nagaland", "IN")]


def test_a_clause_opened_by_as_has_its_own_place(extract):
    text = ("Shelling of villages in northern Syria killed 17 people on Sunday, rescuers said, as "
            "ministers met in Ankara for talks.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("northern Syria", "SY")


def test_a_name_where_people_were_killed_is_a_place_the_gazetteer_lacks(extract):
    text = ("Air strikes on border villages in southern Lebanon killed nine people on Tuesday, the health "
            "ministry said. Four were killed in Qantarat and five in Kfar Kila, it said.")
    figures = extract(text, PUB)
    assert _places(figures)[-2:] == [("Qantarat", "LB"), ("Kfar Kila", "LB")]


def test_a_figure_from_the_provincial_department_is_the_province(extract):
    text = ("Cholera spreads in Punjab's flood camps\n"
            "MULTAN, Pakistan — Floodwater still covers much of southern Punjab. The provincial health "
            "department said 61 people had died of cholera since August. In Multan, doctors treated "
            "children on the floor of a school.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Punjab", "PK")


def test_a_name_the_event_was_near_is_a_place_in_the_articles_country(extract):
    text = ("Monsoon floods have hit much of Pakistan this week.\n\n"
            "Near Kot Sabzal, floodwater swept a van into a canal on Tuesday, killing 14 people, police said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kot Sabzal", "PK")
