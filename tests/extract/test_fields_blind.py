"""disputed_by, hedged, side, who and measure in phrasings like those of the blind-written dev
articles 81–102, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low: f for f in extract(HEADLINE + text, PUB)}


def test_new_parties_have_sides(extract):
    text = ("The rebels said they had killed 45 Burkinabe soldiers near the border. "
            "Police said 12 Ecuadorian sailors were detained in the port.")
    got = figures(extract, text)
    assert got[45].side == "burkina-faso"
    assert got[12].side == "ecuador"


def test_south_sudanese_is_not_sudanese(extract):
    text = "About 2,700 South Sudanese refugees crossed into Uganda last week, UNHCR said."
    assert figures(extract, text)[2700].side == "south-sudan"
