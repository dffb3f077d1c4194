"""Places from the errors of blind batch 151–158 (US and European newspaper styles), each a short
report of its own in other words and places than the gold article (tests/gold/GUIDELINES.md,
"Place, country, dates")."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def _by_value(figures):
    return {f.value: (f.place, f.country) for f in figures}


def test_a_lead_that_speaks_of_this_city_puts_the_event_in_the_dateline_city(extract):
    text = ("Fire tears through market in Kenya, killing 12\n\n"
            "By Jane Roe\n\n"
            "MOMBASA, Kenya — A fire that swept through a crowded market on the edge of this coastal city "
            "killed at least 12 traders overnight, Kenyan police said on Tuesday.\n\n"
            "The police said 37 other people had been injured.")
    found = _by_value(extract(text, PUB))
    assert found[37][0] == "Mombasa"


def test_a_dateline_city_alone_still_does_not_set_the_place(extract):
    text = ("Floods in Kenya kill 12\n\n"
            "NAIROBI, Kenya — Floods have killed at least 12 people across Kenya this week, the interior "
            "ministry said on Tuesday, as rivers kept rising in the west of the country.\n\n"
            "The ministry said 37 other people had been injured.")
    found = _by_value(extract(text, PUB))
    assert found[37][0] == "Kenya"


def test_the_home_town_of_a_quoted_speaker_is_not_the_figure_s_place(extract):
    text = ("Fire tears through market in Kenya\n\n"
            "MOMBASA, Kenya — A fire swept through a crowded market on the edge of this coastal city "
            "overnight, Kenyan police said on Tuesday.\n\n"
            "“They carried out 40 bodies from our row alone,” said Amina Yusuf, 38, from Kisumu.")
    found = _by_value(extract(text, PUB))
    assert found[40][0] != "Kisumu"


def test_a_standfirst_above_a_dateline_is_not_the_lead(extract):
    text = ("Landslides bury villages in eastern Uganda\n\n"
            "Smoke from cooking fires hung over the lakeside town of Jinja as rescuers set out for the hills "
            "after days of rain.\n\n"
            "KAMPALA, March 3, 2025 — Landslides killed at least 9 people in the village of Bududa on "
            "Monday, the Uganda Red Cross said, as heavy rain kept falling across the east.\n\n"
            "The Red Cross said 30 other people had been injured.")
    found = _by_value(extract(text, PUB))
    assert found[30][0] == "Bududa"


def test_a_name_in_an_airport_s_name_is_no_town_abroad(extract):
    text = ("Storm floods Dominican capital, thousands affected\n\n"
            "SANTO DOMINGO, March 3 (Reuters) - A tropical storm flooded much of the Dominican Republic's "
            "south coast on Monday, the emergency operations centre said.\n\n"
            "More than 20,000 people had been affected by the flooding, which closed Las Americas "
            "International Airport for six hours, the centre said. The government asked Mexico for pumps.")
    found = _by_value(extract(text, PUB))
    assert found[20000][1] == "DO"


def test_a_lead_s_unnamed_post_takes_the_town_the_next_paragraph_puts_the_assault_near(extract):
    text = ("Mali says 15 soldiers killed as militants overrun base\n\n"
            "BAMAKO, March 3 (Reuters) - Mali's army said 15 soldiers were killed when militants overran "
            "a military base near the border with Burkina Faso, its heaviest loss this year.\n\n"
            "The army said 8 more soldiers were wounded in the attack late on Sunday near the town of "
            "Boni, in the Mopti region.\n\n"
            "Four soldiers were missing, the army said.")
    found = _by_value(extract(text, PUB))
    assert found[4][0] == "Boni"


def test_diplomats_in_the_capital_are_where_the_source_is(extract):
    text = ("Mali says 15 soldiers killed as militants overrun base\n\n"
            "BAMAKO, March 3 (Reuters) - Mali's army said 15 soldiers were killed when militants attacked "
            "a military base in the town of Boni, in the Mopti region, on Sunday.\n\n"
            "Foreign diplomats in the capital put the toll at more than 40.")
    found = _by_value(extract(text, PUB))
    assert found[40][0] != "Bamako"
