"""who, measure, dates, disputes and missed or spurious figures in phrasings like those of the
blind-written dev articles 215–222, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)  # a Tuesday
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_members_of_a_rebel_movement_by_its_own_words_are_fighters(extract):
    text = ("Troops killed nine suspected Naxalites, among them two women cadres, in a clash in the hills of "
            "Malkangiri on Monday, police said. Police later arrested 14 alleged members of a rebel militia.")
    got = figures(extract, text)
    assert got[9].who.value == "soldiers"
    assert got[2].who.value == "soldiers"
    assert got[14].who.value == "soldiers"


def test_a_part_of_a_soldiers_toll_without_a_group_word_is_soldiers_too(extract):
    text = ("Rebels ambushed a convoy near Goma, wounding 12 soldiers, including three officers, "
            "the army said. \"We lost four of our comrades,\" a captain said.")
    got = figures(extract, text)
    assert got[12].who.value == "soldiers"
    assert got[3].who.value == "soldiers"


def test_money_in_south_asian_units_is_no_figure(extract):
    text = ("Police said the four rebels killed in Kanker carried bounties of ₹35 lakh, and the state has paid "
            "Rs 2 crore in relief to the families of 12 villagers killed this year.")
    got = figures(extract, text)
    assert set(got) == {4, 12}


def test_an_emergency_service_named_after_its_number_is_no_figure(extract):
    text = ("Rescuers evacuated 40 residents from the block, 112 Andalucía said. Three people were hurt, "
            "the service added.")
    got = figures(extract, text)
    assert set(got) == {40, 3}


def test_a_government_dismissing_the_higher_tolls_disputes_those_above_its_own(extract):
    text = ("Gunmen killed 21 people, including four children, in a raid on a market, a local councillor said.\n\n"
            "A police source put the toll at 18.\n\n"
            "The interior ministry said in a statement that nine people had died. It later dismissed the higher "
            "figures circulating on social media as false.")
    got = figures(extract, text)
    assert (got[21].disputed_by or "").lower() == "the interior ministry"
    assert (got[18].disputed_by or "").lower() == "the interior ministry"
    assert got[4].disputed_by == got[21].disputed_by
    assert got[9].disputed_by is None


def test_a_manner_adverb_before_the_measure_does_not_push_it_out_of_reach(extract):
    text = ("Three people in the hill village of Kalai-Khumb on the Afghan side were seriously "
            "hurt by falling rocks, the emergency committee said.")
    got = figures(extract, text)
    assert got[3].measure.value == "injured"


def test_a_toll_of_a_past_event_referred_back_to_takes_its_month(extract):
    text = ("The man arrested on Monday is wanted over the March 2019 raid on a border post near Kidal, "
            "officials said. Nine soldiers died in that attack.")
    got = figures(extract, text)
    assert got[9].as_of == dt.date(2019, 3, 31)
    assert got[9].since == dt.date(2019, 3, 1)


def test_a_bulletin_released_on_a_day_dates_the_figures_it_gives(extract):
    text = ("According to Sedec's latest report, issued at 8 a.m. on Sunday, 2,950 people "
            "are displaced and 610 are homeless.")
    got = figures(extract, text)
    assert got[2950].as_of == dt.date(2024, 9, 1)
    assert got[610].as_of == dt.date(2024, 9, 1)
