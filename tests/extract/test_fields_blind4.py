"""Fields on the wire-update, live-blog and long-form batches (127-142 kinds): wire furniture,
unit names, differences, rescues, sides, hedging, periods and disputes; each test is a short
report of its own (tests/gold/GUIDELINES.md)."""

import datetime as dt

PUB = dt.date(2025, 5, 20)


def _values(figures):
    return [f.value for f in figures]


def test_a_wire_update_slug_glued_to_the_headline_is_no_figure(extract):
    text = ("UPDATE 3-Militants kill at least 21 in attack on Kenyan border post, officials say\n"
            "(Adds governor comment, casualty breakdown in paragraphs 4-6)\n\n"
            "NAIROBI, May 20 (Wire) - Militants killed at least 21 people at a border post, officials said.")
    figures = extract(text, PUB)
    assert 3 not in _values(figures)
    assert all(f.low != 4 for f in figures)
    assert 21 in _values(figures)


def test_a_numbered_unit_is_a_name_not_a_count(extract):
    text = ("Clashes\n\nA military source said the 301 Battalion had arrested at least 25 members of the rival "
            "militia after the fighting.")
    figures = extract(text, PUB)
    assert _values(figures) == [25]


def test_a_difference_between_two_counts_is_no_figure(extract):
    text = ("Storm\n\nIn Cebu, the mayor told reporters that 17 people had been killed in the city, "
            "four more than the official tally.")
    figures = extract(text, PUB)
    assert _values(figures) == [17]


def test_people_rescued_from_where_they_were_trapped_are_not_missing(extract):
    text = ("Floods\n\nFirefighters said they had rescued 52 residents trapped in flooded basements in the "
            "old town, and that nine people were still missing.")
    figures = extract(text, PUB)
    assert _values(figures) == [9]


def test_a_numbered_camp_is_a_name(extract):
    text = ("Landslide\n\nFive refugees were killed when a hillside collapsed onto shelters in Camp 4 and "
            "Camp 12, a camp official said.")
    figures = extract(text, PUB)
    assert _values(figures) == [5]


def test_figures_that_could_not_be_confirmed_are_hedged(extract):
    text = ("Clashes\n\nA police spokesman, Jean Okello, said three officers had been killed and 9 wounded in the "
            "ambush, figures that could not be independently confirmed.")
    figures = extract(text, PUB)
    assert [f.hedged for f in figures] == [True, True]


def test_either_sides_battlefield_reports_unverified_hedges_both_sides(extract):
    text = ("Front line\n\nArmenia's defence ministry said Azerbaijan had lost 240 soldiers in the past day. "
            "Baku said Armenian forces had lost 310 troops over the same period.\n\n"
            "Wire could not independently verify either side's battlefield claims.")
    figures = extract(text, PUB)
    assert [f.hedged for f in figures] == [True, True]


def test_a_hedge_inside_a_relative_aside_stays_there(extract):
    text = ("Conflict\n\nThe insurgency, which began over plans to redraw the provinces, has killed more than 9,000 "
            "people, according to the United Nations.")
    figures = extract(text, PUB)
    assert [f.hedged for f in figures] == [False]


def test_a_count_over_the_months_to_a_month_runs_from_the_month_after_a_year_before(extract):
    text = ("Violence\n\nGuerrero state recorded 2,104 murders in the 12 months to April, according to "
            "official data.")
    (fig,) = extract(text, PUB)
    assert (fig.since, fig.as_of) == (dt.date(2024, 5, 1), dt.date(2025, 4, 30))


def test_a_period_after_an_including_aside_dates_the_whole_and_its_part(extract):
    text = ("Mines\n\nThe charity said landmines had killed at least 64 people, including 19 children, across "
            "Yemen since the start of the year.")
    figures = extract(text, PUB)
    assert [f.since for f in figures] == [dt.date(2025, 1, 1)] * 2


def test_rejecting_a_sources_figure_of_n_disputes_the_figures_with_that_number(extract):
    text = ("Market strike\n\nA drone strike on a market in Baidoa killed at least 44 people, the "
            "Bay Volunteer Ambulance Network said on Monday.\n\n"
            "Colonel Ahmed Warsame, an army spokesman, rejected the ambulance network's figure of 44 dead as "
            "exaggerated and said only fighters had been hit.")
    figures = extract(text, PUB)
    assert figures[0].disputed_by == "Ahmed Warsame"


def test_saying_a_figure_was_invented_disputes_it_but_not_the_wounded(extract):
    text = ("Raids\n\nTroops killed at least 88 villagers and wounded dozens of others in the raids, the Sahel "
            "Rights Observatory (SRO) said.\n\n"
            "Minister Paul Sawadogo said the SRO's figure of 88 dead had been \"invented\".")
    figures = extract(text, PUB)
    assert [(f.value, f.disputed_by) for f in figures][:2] == [(88, "Paul Sawadogo"), (None, None)]


def test_an_elliptical_list_of_places_shares_continues_the_part(extract):
    text = ("Quake\n\nThe interior ministry said 210 people had been killed. Bam accounts for 120 of the dead, "
            "Zarand for 50, Ravar for 30 and Kerman for ten, an official said.")
    figures = extract(text, PUB)
    assert [f.value for f in figures] == [210, 120, 50, 30, 10]
    assert all(f.measure.value == "killed" for f in figures)
    assert [f.parts_of for f in figures] == [None] + [figures[0].id] * 4




def test_n_of_the_victims_is_a_part_of_the_toll_and_takes_its_measure(extract):
    text = ("Bodies found\n\nPolice in Veracruz found 23 bodies in a ravine outside Xalapa, prosecutors said. "
            "Six of the victims had been reported missing by their families last month.")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(23, "bodies"), (6, "bodies")]
    assert figures[1].parts_of == figures[0].id


def test_the_toll_included_opens_a_part_of_the_latest_toll(extract):
    text = ("Clashes\n\nThe death toll from three days of fighting in Aden has risen to 41, the health office said.\n\n"
            "At least 90 people were wounded, it said. Schools were closed for a second day.\n\n"
            "The toll, officials said, included nine civilians.")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(41, "killed"), (90, "injured"), (9, "killed")]
    assert figures[2].parts_of == figures[0].id


def test_arrivals_in_a_town_of_the_articles_own_country_are_displaced(extract):
    text = ("Sudan fighting\n\nFighting in Sudan's Gezira state has forced families from their villages, aid "
            "groups in Sudan said. Aid workers counted 9,300 new arrivals in the eastern city of Kassala over "
            "the weekend.")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(9300, "displaced")]


def test_bare_soldiers_belong_to_the_one_state_whose_army_the_story_names(extract):
    text = ("Niger's army says it repelled attack\n\nNiger's army said on Sunday that fighters had attacked a "
            "post near Tillaberi. Nine soldiers were killed and 14 wounded, the statement said.")
    figures = extract(text, PUB)
    assert [(f.value, f.side) for f in figures][:1] == [(9, "niger")]


def test_bare_soldiers_stay_open_when_two_states_forces_are_named(extract):
    text = ("Border clash\n\nThe Kyrgyz army and Tajik troops exchanged fire overnight. Five soldiers were "
            "killed, officials said.")
    figures = extract(text, PUB)
    assert [f.side for f in figures] == [None]


def test_soldiers_among_a_toll_take_the_tolls_side(extract):
    text = ("Unrest\n\nNiger's army deployed in the capital. The minister said 12 people had died, including "
            "three soldiers.")
    figures = extract(text, PUB)
    assert [f.side for f in figures] == [None, None]


def test_members_of_an_armed_body_are_soldiers(extract):
    text = ("Clashes\n\nThe ministry said troops had killed 23 members of the Karenni National Army in the hills, "
            "and police said gunmen had abducted 8 members of a local farmers' union. Officials said 12 members "
            "of the rival armed group had been detained.")
    figures = extract(text, PUB)
    assert [(f.value, f.who.value) for f in figures] == [(23, "soldiers"), (8, "people"), (12, "soldiers")]


def test_jihadis_are_fighters(extract):
    text = "Raid\n\nThe army said it had killed 35 jihadis in an operation near the border."
    (fig,) = extract(text, PUB)
    assert fig.who.value == "soldiers"
