"""Names of small places the gazetteer lacks, learnt from how the article writes them."""

import datetime as dt

PUB = dt.date(2025, 7, 29)


def test_dateline_with_the_country_in_brackets(extract):
    text = ("Landslide kills villagers in southern India\n\nMunnarkadu (India) (AFP) - Around 1,200 people have "
            "been evacuated from the hillsides around Munnarkadu since Monday, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Munnarkadu", "IN")


def test_dateline_region_with_an_accent(extract):
    text = ("Miners buried as pit wall gives way\n\nEL DORADITO, Bolívar — Rescuers pulled the bodies of nine miners from a collapsed "
            "pit on Wednesday, the state civil protection service said.")
    (f,) = extract(text, PUB)
    assert f.place == "El Doradito"
