"""Place choice, round 13: only deaths and the missing are placed nowhere at sea; bodies brought
ashore, migrants arrested at sea or on beaches and arrivals by sea keep the usual place."""


def _by_value(figures, value):
    return next(f for f in figures if f.value == value)


def test_bodies_washed_up_in_a_named_town_keep_the_town(extract):
    text = ("Boat tragedy off Mauritania\n"
            "NOUAKCHOTT, May 3 -- At least 19 bodies have washed up on the beach in the port town of "
            "Nouadhibou after a fishing boat carrying migrants capsized overnight, officials said, "
            "while dozens of passengers are still missing.\n")
    figures = extract(text)
    bodies = _by_value(figures, 19)
    assert bodies.place == "Nouadhibou" and bodies.country == "MR"


def test_the_dead_at_sea_still_have_no_place(extract):
    text = ("Boat tragedy off Mauritania\n"
            "NOUAKCHOTT, May 3 -- At least 19 migrants drowned when their boat capsized off the coast "
            "of Mauritania on Sunday, officials said.\n")
    figures = extract(text)
    dead = _by_value(figures, 19)
    assert dead.place is None


def test_a_place_named_only_for_its_rivers_is_not_the_figure_place(extract):
    text = ("Flood toll in India climbs to 57 as Assam rivers swell\n"
            "GUWAHATI: At least 57 people have been killed in rain-related incidents across India since "
            "June 1, the disaster authority said on Friday, as swollen rivers in Assam forced evacuations.\n")
    figures = extract(text)
    assert figures and all(f.place == "India" for f in figures if f.value == 57)
