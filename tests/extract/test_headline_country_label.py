"""A humanitarian update's headline label ("NIGER: Arrivals from Mali in Tillabéri …") names the
country the report is about, over the country people came from; people who "crossed at" an entry
point crossed a border."""

import datetime as dt

PUB = dt.date(2025, 8, 20)


def test_the_label_country_over_the_origin(extract):
    text = ("NIGER: Arrivals from Mali in Inatès commune – Flash Update #2\n\n"
            "Renewed violence in the Ménaka and Gao regions of eastern Mali has caused a sharp increase in "
            "arrivals since the beginning of August.\n\n"
            "In total, some 3,400 new arrivals have been counted since 1 August, most of them women and children.")
    (figure,) = extract(text, PUB)
    assert (figure.place, figure.country) == ("Niger", "NE")


def test_people_who_crossed_at_an_entry_point(extract):
    text = "Last week, about 900 people crossed at the Adré entry point, aid workers said."
    (figure,) = extract(text, PUB)
    assert figure.measure.value == "refugees"
