"""Places a fresh week of copy showed (session 12): a list of rivers read as a town, an event's
village named only in the paragraph after the lead by the ground above it, and an Indonesian
regency named with its unit word."""

import datetime as dt

PUB = dt.date(2026, 3, 5)


def test_every_name_of_a_list_of_rivers_is_a_river(extract):
    text = ("Days of rain pushed the Solo and Brantas rivers over their banks in East Java, and at least "
            "11 people drowned, the provincial disaster office said.")
    (figure,) = extract(text, PUB)
    assert figure.value == 11 and figure.place == "East Java" and figure.country == "ID"


def test_three_rivers_in_a_list_are_no_place(extract):
    text = ("Flooding along the Sava, Kupa and Una rivers has forced 3,400 people from their homes in "
            "eastern Croatia, officials said.")
    (figure,) = extract(text, PUB)
    assert figure.place == "eastern Croatia" and figure.country == "HR"


def test_the_village_the_lead_left_unnamed_is_named_by_the_slope_above_it(extract):
    text = ("UPDATE 1-Ecuador landslide toll rises to 17 in Chimborazo\n\n"
            "QUITO, March 5 (AFP) - The death toll from a landslide that covered part of a farming village "
            "in Ecuador's central highlands has risen to 17, the risk management secretariat said on "
            "Thursday.\n\n"
            "The hillside above Pumallacta, a village in the Alausí canton of Chimborazo province, gave way "
            "on Tuesday after three days of rain.\n\n"
            "Rescuers recovered six bodies overnight, the secretariat's director told reporters in Riobamba.")
    lead, bodies = extract(text, PUB)[1:]
    assert (lead.value, lead.place) == (17, "Pumallacta") and (bodies.value, bodies.place) == (6, "Pumallacta")


def test_a_regency_named_with_its_unit_word_is_the_place(extract):
    text = ("Heavy rain hit Timor-Leste's western highlands on Tuesday.\n\n"
            "Across the border in Indonesia, floods in Malaka regency killed four people this week, the "
            "regional disaster agency said.")
    (figure,) = extract(text, PUB)
    assert figure.place == "Malaka regency" and figure.country == "ID"
