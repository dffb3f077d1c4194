"""A figure over a list of towns or districts is for the state the article names around them (or
the district they are said to belong to), not the whole country."""

import datetime as dt

PUB = dt.date(2024, 7, 20)


def test_a_list_of_districts_is_the_one_state_the_article_names(extract):
    text = ("Floods in Assam leave 30 dead\n\n"
            "GUWAHATI, July 20 - Floods in the northeastern state of Assam have killed 30 people this "
            "month, officials said.\n\n"
            "Twelve people drowned in Dhubri and Goalpara districts on Friday, the state disaster "
            "management authority said.")
    figures = extract(text, PUB)
    twelve = next(f for f in figures if f.value == 12)
    assert twelve.place == "Assam" and twelve.country == "IN"


def test_a_list_a_district_owns_is_that_district(extract):
    text = ("Landslides kill 9 in Bangladesh hills\n\n"
            "Nine people died in landslides in southeastern Bangladesh on Tuesday. Four of the dead "
            "were in Bandarban's Ruma and Thanchi upazilas, police said.")
    four = next(f for f in extract(text, PUB) if f.value == 4)
    assert four.place == "Bandarban"


def test_with_two_states_named_the_list_stays_the_countrys(extract):
    text = ("Heatwave grips north India\n\n"
            "The heat has killed 40 people in Bihar and Uttar Pradesh this week, officials said. "
            "Fifteen died in Gaya and Aurangabad districts on Monday, they said.")
    fifteen = next(f for f in extract(text, PUB) if f.value == 15)
    assert fifteen.place == "India"  # Gaya and Aurangabad could be in either state: no guess
