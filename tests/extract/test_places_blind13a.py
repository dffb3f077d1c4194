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
