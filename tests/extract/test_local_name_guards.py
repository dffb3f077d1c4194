"""Names a fresh week of copy showed wrongly taken for places, or cut (session 12): "Houthi-held" is
whose an area is, "Punong Barangay X" is a village chief, and "Saint X village" keeps its "Saint"."""

import datetime as dt

PUB = dt.date(2025, 6, 4)


def test_a_held_by_adjective_is_no_place(extract):
    text = ("Fighting flared in Damt district on Monday. The rebels' news agency said government shelling "
            "had killed three civilians in Houthi-held parts of the district.")
    (figure,) = extract(text, PUB)
    assert figure.place != "Houthi-held"


def test_a_village_chief_named_after_punong_barangay_is_no_place(extract):
    text = ("A landslide buried 14 homes in Barangay Lunas, Sogod, on Tuesday.\n\n"
            "Punong Barangay Rodolfo Magsino disputed the municipal list, saying as many as 40 residents "
            "could still be under the debris.")
    (figure,) = extract(text, PUB)
    assert figure.place == "Lunas"


def test_saint_opens_a_village_name(extract):
    text = "A landslide buried part of Saint Isidore village on Tuesday, killing six people."
    (figure,) = extract(text, PUB)
    assert figure.place == "Saint Isidore"
