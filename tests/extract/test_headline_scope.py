"""A headline figure for a whole country keeps the country when the headline's event spreads wide
(floods, a storm, unrest); one site's event (a strike, a collapse) takes the lead's place."""

import datetime as dt

PUB = dt.date(2025, 4, 16)


def test_a_countrys_flood_toll_in_the_headline_stays_the_countrys(extract):
    text = ("Bolivia flood toll rises to 23\n\nFloodwater swept through low-lying neighbourhoods of Cobija, "
            "in Pando department, on Monday night, officials said.")
    (f,) = extract(text, PUB)
    assert (f.value, f.place) == (23, "Bolivia")


def test_one_sites_event_in_the_headline_takes_the_leads_place(extract):
    text = ("Bolivia mine collapse kills 7\n\nSeven miners died when a tunnel caved in at a cooperative mine "
            "in Llallagua, in Potosí department, on Monday, officials said.")
    figures = extract(text, PUB)
    assert [(f.value, f.place) for f in figures] == [(7, "Llallagua"), (7, "Llallagua")]


def test_a_dateline_city_alone_gives_its_countrys_figures(extract):
    text = ("Cholera toll rises as rains spread outbreak\n\nJUBA, South Sudan (Reuters) - The health ministry said "
            "on Tuesday that 40 people had died of cholera since January, most of them children.")
    (f,) = extract(text, PUB)
    assert (f.value, f.place, f.country) == (40, "South Sudan", "SS")
