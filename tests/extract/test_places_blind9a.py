"""Place choice from the errors of blind batches 175–190 (round 9), each a short report of its own in
other words and places than the gold article (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 5, 14)


def _places(figures):
    return [(f.value, f.place, f.country) for f in figures]


def test_wounded_flown_to_a_hospital_elsewhere_keep_the_event_town(extract):
    text = ("Rocket attack on Kenyan border town\n\n"
            "A rocket struck a school in the town of Mandera on Sunday, killing four people and "
            "wounding 19, police said.\n\n"
            "The most badly hurt were flown by air ambulance to the Kenyatta National Hospital in "
            "Nairobi, where doctors said two of them later died.")
    figures = extract(text, PUB)
    assert [f.place for f in figures] == ["Mandera"] * 3


def test_in_hospital_in_another_town_is_not_the_place_of_the_wounded():
    from app.extract.place_hospital import _AT_TOWN
    assert _AT_TOWN.search("eight of the injured remain in hospital in ")
    assert _AT_TOWN.search("the wounded were rushed in private cars to the district hospital in ")
    assert _AT_TOWN.search("12 were receiving treatment at the General Hospital, ")
    assert _AT_TOWN.search("At the regional hospital in ") is None  # the hospital that counts, in its town
    assert _AT_TOWN.search("the health centre in the town of ") is None


def test_a_capital_where_a_ministry_speaks_is_not_the_figures_place(extract):
    text = ("Border clashes between Peru and Ecuador\n\n"
            "Troops clashed along the border for a second day on Friday.\n\n"
            "In Quito, an Ecuadorian defence ministry spokesman said four soldiers had been killed and "
            "nine wounded in Zamora Chinchipe province.")
    figures = extract(text, PUB)
    assert all(f.place != "Quito" for f in figures)


def test_a_ministry_that_said_in_a_third_capital_does_not_place_the_figure(extract):
    text = ("Drone strike on a Malian market town kills dozens\n\n"
            "An air strike hit the weekly market in the Malian town of Mopti on Monday, killing at "
            "least 30 people, a local official said.\n\n"
            "Senegal's foreign ministry said in Dakar that five Senegalese traders were among the dead.")
    figures = extract(text, PUB)
    assert figures[-1].value == 5
    assert (figures[-1].place, figures[-1].country) == ("Mopti", "ML")
