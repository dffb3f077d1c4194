"""Finding places (blind batches 175–190): a place the gazetteer lacks takes the country its own
sentence names; a Spanish office named after a common noun is no place; a crossing named after two
towns yields to the dateline's town."""

from app.extract import place_countries


def _figure(figures, value):
    return next(f for f in figures if f.value == value)


def test_an_unknown_district_takes_the_nationality_of_its_sentence(extract):
    text = ("KIGOMA, Tanzania, May 3 - Fighting near the border forced thousands to flee on Friday, officials said.\n\n"
            "Burundian officials said 14 Burundian villagers had been killed in Rumonge Highlands district.")
    f = _figure(extract(text), 14)
    assert f.country == "BI"


def test_an_attackers_nationality_does_not_move_an_unknown_place(extract):
    text = ("JERUSALEM, June 2 - Clashes continued on Monday, officials said.\n\n"
            "Three people were killed when Egyptian troops opened fire near the Qurna junction, the ministry said.")
    f = _figure(extract(text), 3)
    assert f.country != "EG"


def test_a_person_named_like_a_nationality_names_no_country(extract):
    text = ("COLOMBO, July 1 - Floods hit the south on Sunday.\n\n"
            "District secretary Malini Perera said 8 people had died in Uduwara Heights.")
    f = _figure(extract(text), 8)
    assert f.country == "LK"


def test_a_spanish_office_named_after_the_people_is_no_place():
    assert place_countries.ROMANCE_ORG_END.search("Defensoría del Pueblo")
    assert place_countries.ROMANCE_ORG_END.search("Ministério do Interior")
    assert not place_countries.ROMANCE_ORG_END.search("Santa Cruz de la Sierra")


def test_the_peoples_ombudsman_puts_no_figure_in_mexico(extract):
    text = ("CÚCUTA, Colombia - Fighting between armed groups in Norte de Santander has displaced more than "
            "3,100 people, the Defensoría del Pueblo said.")
    f = _figure(extract(text), 3100)
    assert f.country == "CO" and f.place != "Pueblo"


def test_a_crossing_named_after_two_towns_yields_to_the_dateline_town(extract):
    text = ("Border guards trade fire at Wagah crossing, several hurt\n"
            "WAGAH, Pakistan, March 3 (Reuters) - Border forces exchanged fire for hours at the Wagah-Attari "
            "crossing on Sunday night, officials said.\n\n"
            "Doctors at a hospital said six of the wounded were in critical condition.")
    f = _figure(extract(text), 6)
    assert f.place == "Wagah"
