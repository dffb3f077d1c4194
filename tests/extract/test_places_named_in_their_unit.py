"""Places the gazetteer lacks that a fresh week of copy presented (session 12): a village named after
a compass word and a nationality ("the southern Lebanese village of X"), and a town placed in its
unit by an aside ("the attack on X, in Y Local Government Area", "part of X, in the department of Y")."""

import datetime as dt

PUB = dt.date(2025, 4, 23)


def test_a_village_after_a_compass_word_and_a_nationality_is_the_place(extract):
    text = ("An air strike on a house in the southern Syrian village of Umm Walad killed nine people, "
            "local officials said.")
    (figure,) = extract(text, PUB)
    assert (figure.place, figure.country) == ("Umm Walad", "SY")


def test_a_town_placed_in_its_local_government_area_is_the_place(extract):
    text = ("Rights monitors called for a full account of the raid on Bitta, in Gwoza Local Government Area "
            "of Borno State, after finding that at least 19 civilians were killed.")
    (figure,) = extract(text, PUB)
    assert (figure.place, figure.country) == ("Bitta", "NG")


def test_a_town_placed_in_the_department_of_its_region_is_the_place(extract):
    text = ("The landslide that buried part of Tamanique, in the department of La Libertad, has killed "
            "11 people, Civil Protection said.")
    (figure,) = extract(text, PUB)
    assert figure.place == "Tamanique"


def test_a_person_named_with_a_city_after_a_comma_is_no_place(extract):
    text = "Speaking to Francis Mensah, in Accra, the minister said 12 people had died in Kumasi."
    (figure,) = extract(text, PUB)
    assert figure.place == "Kumasi"


def test_an_attacks_site_apposed_to_its_region_is_the_articles_place(extract):
    text = ("UPDATE 1-Somalia: al-Shabaab raid on Bariire base leaves rival tolls\n\n"
            "(Adds residents' toll)\n\n"
            "MOGADISHU, Oct 17 (Reuters) - Somalia's army and al-Shabaab gave conflicting tolls on Thursday "
            "for an assault on a military base in Bariire, a farming town in the Lower Shabelle region about "
            "50 km (31 miles) west of the capital, while residents said seven civilians had been killed.\n\n"
            "The army said it had killed 38 militants and lost four soldiers.")
    assert [(f.value, f.place) for f in extract(text, PUB)] == [(7, "Bariire"), (38, "Bariire"), (4, "Bariire")]
