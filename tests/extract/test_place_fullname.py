"""A town named short after (or before) its full name is given its full name; a longer name that
is another level ("Odesa region") or another town ("Nova Kakhovka", "Khartoum North") is not one."""

import datetime as dt


def test_a_town_named_short_in_the_body_keeps_its_full_name(extract):
    text = ("Floods kill four in Minas Gerais town\n\n"
            "Four people drowned on Monday in Conselheiro Lafaiete when a creek burst its banks, the "
            "fire brigade said.\n\n"
            "In Lafaiete, civil defence teams evacuated 120 people from homes along the creek, firefighters said.")
    figures = extract(text, dt.date(2024, 1, 15))[1:]  # the headline's four are in the state it names
    assert [(f.value, f.place) for f in figures] == [(4, "Conselheiro Lafaiete"), (120, "Conselheiro Lafaiete")]


def test_a_headline_short_name_takes_the_body_full_name(extract):
    text = ("Hundreds flee gunfire in Cancuc hills\n\n"
            "Hundreds of families were forced from their homes this week in San Juan Cancuc, in Mexico\'s Chiapas state, where "
            "armed groups have fought for a month, the municipal council said. "
            "At least 350 people fled on Tuesday alone, it said.")
    figures = extract(text, dt.date(2024, 2, 8))
    assert figures and all(f.place == "San Juan Cancuc" for f in figures)


def test_a_region_or_a_namesake_town_is_no_full_name():
    from app.extract.place_fullname import _fuller

    assert _fuller("Lafaiete", "Conselheiro Lafaiete") and _fuller("Jaboatão", "Jaboatão dos Guararapes")
    assert not _fuller("Odesa", "Odesa region") and not _fuller("Kakhovka", "Nova Kakhovka")
    assert not _fuller("Khartoum", "Khartoum North") and not _fuller("Tentena", "Tentena POSO")
