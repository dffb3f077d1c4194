"""A place the text names with a local unit word ("X district", "X township") is more specific than
the state or province named beside it, whichever is nearer the figure."""

import datetime as dt


def test_a_district_beats_the_state_named_after_it(extract):
    text = ("Clashes in Wad al-Mahi district since 2 March have displaced about 12,000 people across "
            "Sudan's Blue Nile State, the UN migration agency said.")
    figures = extract(text, dt.date(2025, 3, 20))
    assert [(f.value, f.place) for f in figures] == [(12000, "Wad al-Mahi district")]
