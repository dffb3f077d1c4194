"""A region an armed group is named after is no place the article speaks of ("the Arakan Army"),
and a nationality's plural before "crossing" is no crossing's name ("400 Haitians crossing into …")."""

import datetime as dt

PUB = dt.date(2025, 10, 2)


def test_the_group_named_after_a_region_is_no_place_mention(gazetteer_cache):
    from app.extract.pipeline import default_extractor

    text = ("Army outpost overrun near Paletwa\n\n"
            "Fighters of the Arakan Army attacked an army outpost near Paletwa on Monday. The Arakan Army "
            "said its fighters held the hills.")
    scanned = default_extractor().places.scan(text)
    assert [m.surface for m in scanned.mentions] == ["Paletwa", "Paletwa"]


def test_nationals_crossing_into_a_country(extract):
    text = ("Border guards said they had turned back about 250 Afghans crossing into Iran near Islam Qala "
            "since Friday.")
    (figure,) = extract(text, PUB)
    assert figure.place == "Islam Qala"
