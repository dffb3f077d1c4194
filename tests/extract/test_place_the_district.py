""""across the district", "in the district" are the district the article named with that word, not
the village or sub-district named nearer the figure; a state or a province is no district."""

import datetime as dt

PUB = dt.date(2024, 8, 10)


def test_across_the_district_is_the_district_named_before(extract):
    text = ("Floods strand thousands in Gaibandha\n\n"
            "Floodwater entered more homes in Gaibandha district on Friday. A woman drowned in "
            "Saghata upazila on Thursday, bringing the number of deaths in the district to nine, the "
            "relief office said. About 12,000 people have moved to 90 shelters across the district, it said.")
    figures = {f.value: f.place for f in extract(text, PUB)}
    assert figures[9] in ("Gaibandha", "Gaibandha district")
    assert figures[12000] in ("Gaibandha", "Gaibandha district")


def test_a_state_is_not_the_district(extract):
    text = ("Heavy rain lashed Maharashtra on Friday, officials said. Three people drowned when a "
            "stream flooded a road in Palghar district.\n\n"
            "Rescuers evacuated 400 people in the district overnight, they said.")
    figure = next(f for f in extract(text, PUB) if f.value == 400)
    assert figure.place in ("Palghar", "Palghar district")
