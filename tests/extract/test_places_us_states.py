"""US states: indexed bare even where a small town elsewhere in the US has the name, placed among
their own towns, and "Georgia" read as the state when the article's other places are American."""

import datetime as dt
from collections import Counter

from app.extract import gazetteer as gz
from app.extract import place_countries

PUB = dt.date(2025, 4, 8)


def _state(g, name):
    return next((p for p in g.lookup(name) if p.kind == "region" and p.country == "US"), None)


def test_a_state_is_indexed_bare_though_a_small_town_in_another_state_has_its_name():
    g = gz.Gazetteer()
    for name, lat, lon in (("Florida", 28, -82), ("California", 37, -120), ("Virginia", 38, -78),
                           ("Alabama", 33, -87), ("Oregon", 44, -122)):
        state = _state(g, name)
        assert state is not None, name
        # among its own towns, not at the middle of the country nor at a namesake town elsewhere
        assert abs(state.lat - lat) < 3 and abs(state.lon - lon) < 4, (name, state)


def test_a_large_city_keeps_the_bare_name_over_its_state():
    g = gz.Gazetteer()
    place = place_countries.pick(g.lookup("Washington"), Counter(), {"Washington"})
    assert place.kind == "city" and place.population > 500_000  # the capital, not the state


def test_georgia_beside_american_places_is_the_state(extract):
    text = ("Tornado kills five in Georgia\n\n"
            "MACON, Ga. (WXYZ) - A tornado killed five people in Georgia overnight, the state's emergency "
            "agency said. In Alabama, two people were hurt. About 300 people were evacuated near Augusta "
            "and Columbus, officials said.")
    figures = extract(text, PUB)
    assert {(f.place, f.country) for f in figures if f.value == 5} == {("Georgia", "US")}
    assert [(f.place, f.country) for f in figures if f.value == 2] == [("Alabama", "US")]


def test_georgia_stays_the_country_when_only_the_american_government_is_named(extract):
    text = ("Shelling kills three in Georgia, Washington voices concern\n\n"
            "TBILISI, April 7 - Shelling killed three people in Georgia on Monday, the Georgian interior "
            "ministry said. Washington said it was deeply concerned, and the United States called for "
            "restraint. More than 150 people left villages near Zugdidi.")
    figures = extract(text, PUB)
    assert figures and {f.country for f in figures} == {"GE"}


def test_a_town_with_its_state_after_a_comma_is_the_town_in_that_state(extract):
    text = ("Storm damage across the South\n\n"
            "Strong winds injured 14 people in Columbus, Miss., emergency officials said. In Athens, Ala., "
            "about 70 people were evacuated.")
    figures = extract(text, PUB)
    got = {(f.place, f.country, round(f.lat)) for f in figures}
    # not Columbus, Ohio nor Athens, Greece (or Georgia)
    assert got == {("Columbus", "US", 33), ("Athens", "US", 35)}


def test_a_compass_part_of_georgia_beside_american_towns_is_the_states(extract):
    text = ("Flash floods kill two in north Georgia\n\n"
            "DALTON, Ga. (WXYZ) - Flash floods killed two people in north Georgia on Sunday, and 45 people "
            "were rescued from cars near Rome and Calhoun, the sheriff's office said.")
    figures = extract(text, PUB)
    assert {(f.place, f.country) for f in figures if f.value == 2} == {("north Georgia", "US")}
