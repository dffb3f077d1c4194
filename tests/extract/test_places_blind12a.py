"""Choosing a figure's place: the lead's unnamed site named again by its kind and where it stands."""


def test_the_leads_unnamed_base_is_the_base_named_later_by_where_it_stands(extract):
    text = ("NAIROBI, Kenya — Gunmen attacked a police base in eastern Kenya overnight, killing four officers, "
            "officials said.\n\n"
            "The attackers fired rockets at the gate of the base outside Garissa, a county police commander "
            "said.\n\n"
            "Kenya has seen many such raids this year.")
    figures = extract(text)
    assert figures and figures[0].place == "Garissa"


def test_wounded_moved_on_to_another_town_keep_the_place_of_the_attack(extract):
    text = ("Bomb hits bus station in Mardan\n"
            "A bomb exploded at a bus station in Mardan on Monday, police said.\n\n"
            "The town's main hospital admitted 23 wounded, six of whom were then flown by helicopter "
            "to Rawalpindi for surgery, a doctor said.")
    figures = extract(text)
    assert [f.place for f in figures] == ["Mardan", "Mardan"]
