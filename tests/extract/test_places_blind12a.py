"""Choosing a figure's place: the lead's unnamed site named again by its kind and where it stands."""


def test_the_leads_unnamed_base_is_the_base_named_later_by_where_it_stands(extract):
    text = ("NAIROBI, Kenya — Gunmen attacked a police base in eastern Kenya overnight, killing four officers, "
            "officials said.\n\n"
            "The attackers fired rockets at the gate of the base outside Garissa, a county police commander "
            "said.\n\n"
            "Kenya has seen many such raids this year.")
    figures = extract(text)
    assert figures and figures[0].place == "Garissa"
