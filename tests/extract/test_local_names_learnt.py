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


def test_a_name_placed_in_a_named_district(extract):
    text = ("Boat sinks on Lake Albert\n\nTwelve people drowned on Monday after an overloaded boat that left Kibiro "
            "in Hoima district capsized, police said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kibiro", "UG")


def test_a_headline_naming_the_event_and_one_mention_after_in(extract):
    text = ("Ndaiga landslide: toll rises to 9\n\nNine people were killed when a hillside collapsed onto homes in "
            "Ndaiga on Sunday, officials said.")
    assert {f.place for f in extract(text, PUB)} == {"Ndaiga"}


def test_a_title_is_no_town(extract):
    text = ("Fire kills four in Tezpur\n\nFour people died in a fire in a market in Tezpur on Sunday, Chief Fire "
            "Officer Ranjit Bora said.")
    assert {f.country for f in extract(text, PUB)} == {"IN"}


def test_a_name_after_in_twice_across_lines_and_sentences(extract):
    text = ("Cholera spreads\n\nIn Garbaharey, clinics are full. Aid workers in Garbaharey said 31 people had died of "
            "cholera since March, the agency said.")
    (f,) = extract(text, PUB)
    assert f.place == "Garbaharey"
