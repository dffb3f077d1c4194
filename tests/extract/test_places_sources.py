"""Places that come from a figure's source, its event or its prisoners: bodies named after a place,
national agencies, the lead's event place against a country used as an adjective, and where
prisoners are held (tests/gold/GUIDELINES.md, "Place, country, dates")."""

import datetime as dt

PUB = dt.date(2024, 3, 14)


def _places(figures):
    return [(f.place, f.country) for f in figures]


def test_body_named_after_a_territory_places_its_figure_there(extract):
    text = ("Israel counts its dead after attack\n"
            "By Staff, Wire — TEL AVIV, Thursday, March 14, 2024\n\n"
            "Israel's death toll from the attack rose to 900, the Israeli military said on Tuesday. "
            "Troops fought on in the south of Israel.\n\n"
            "The Gaza health ministry said 770 Palestinians had been killed in air strikes since Saturday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Gaza", "PS")


def test_place_before_health_ministry_is_the_source_not_the_figures_place(extract):
    text = ("More than 100 people were killed near a convoy on the western edge of Gaza City on "
            "Thursday, in what the Gaza health ministry called a massacre.")
    (f,) = extract(text, PUB)
    assert f.place == "Gaza City"


def test_national_agency_of_a_country_gives_a_national_figure(extract):
    text = ("Two earthquakes struck southern Turkey on Monday.\n\n"
            "The first quake hit near Gaziantep before dawn. Turkey's disaster agency, AFAD, said at "
            "least 2,316 people had been killed across 10 provinces.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Turkey", "TR")


def test_defence_ministry_of_a_party_does_not_place_its_count_at_home(extract):
    text = ("KYIV, Ukraine — Fighting raged along the front in eastern Ukraine on Monday.\n\n"
            "Russia's defence ministry said 410 Ukrainian soldiers had been killed over the weekend.")
    figures = extract(text, PUB)
    assert _places(figures)[-1][1] == "UA"


def test_country_as_adjective_of_the_attacker_is_not_the_event_place(extract):
    text = ("Myanmar air strike on village kills dozens\n"
            "By Staff, Wire — BANGKOK, Wednesday, March 13, 2024\n\n"
            "A Myanmar military air strike on a ceremony in the village of Pazigyi in the Sagaing "
            "region on Tuesday killed at least 133 people, according to the opposition.\n\n"
            "Residents said they had collected 91 bodies by Wednesday.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Pazigyi", "MM")


def test_toll_since_the_coup_is_the_countrys(extract):
    text = ("An air strike killed 30 people in the village of Pazigyi in Myanmar's Sagaing region "
            "on Tuesday, residents said.\n\nA monitoring group says the military has killed 3,240 "
            "civilians since the coup in 2021.")
    figures = extract(text, PUB)
    assert _places(figures)[-1] == ("Myanmar", "MM")


def test_prisoners_held_in_a_countrys_prisons_are_placed_there(extract):
    text = ("Hostages were freed in Gaza on Friday. Under the deal, 150 Palestinian women and minors "
            "held in Israeli prisons are to be released.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Israel", "IL")


def test_its_prisons_are_the_prisons_of_the_place_named_before(extract):
    text = ("Hostages were freed in Gaza on Friday. Prisoner groups say Israel holds more than "
            "7,000 Palestinians in its prisons.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Israel", "IL")


def test_prison_of_a_later_number_does_not_place_an_earlier_one(extract):
    text = ("Hostages were freed in Gaza on Friday. Hamas is to release 50 hostages in exchange for "
            "150 prisoners held in Israeli prisons.")
    first, second = extract(text, PUB)
    assert (first.country, second.country) == ("PS", "IL")
