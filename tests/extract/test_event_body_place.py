"""After a lead that tells of one event, a national body's toll a few paragraphs on is the event's,
at the event's place, not the whole country the body serves; a body of another country, or a toll
over wide areas, keeps its own territory."""

import datetime as dt

PUB = dt.date(2025, 4, 9)

LEAD = ("Bus bombing kills 11 near Kunduz\n\n"
        "KUNDUZ, Afghanistan (AP) — A roadside bomb tore through a crowded bus near the village of "
        "Aqtepa on Tuesday, witnesses said, scattering bodies across the highway.\n\n"
        "Doctors at the provincial hospital said they had received dozens of wounded.\n\n")


def places(extract, text):
    return {f.value: f.place for f in extract(text, PUB)}


def test_the_countrys_ministry_counts_the_events_dead(extract):
    text = LEAD + "Afghanistan's Public Health Ministry said on Tuesday night that 11 people had been killed."
    assert places(extract, text)[11] == "Aqtepa"


def test_a_toll_over_wide_areas_stays_with_the_body(extract):
    text = LEAD + ("Afghanistan's Public Health Ministry said on Tuesday that 230 people had been killed "
                   "in bombings across the country since January.")
    assert places(extract, text)[230] == "Afghanistan"
