"""disputed_by, measure, as_of and the other non-place fields in phrasings like those of the
blind-written dev articles 175–190, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)  # a Tuesday
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_a_figure_described_as_exaggerated_while_it_circulates(extract):
    text = ("Gunmen killed 41 people in an attack on Kurmi village, residents said.\n\n"
            "The police spokesman, Abubakar Sadiq, said 12 people were killed. Sadiq described the figure of 41 "
            "making the rounds in the press as \"exaggerated\", adding that calm had returned.")
    got = figures(extract, text)
    assert got[41].disputed_by == "Abubakar Sadiq"
    assert got[12].disputed_by is None


def test_a_monitor_named_by_its_head_word_owns_its_figure(extract):
    text = ("The Independent Casualty Monitor for Yemen (ICMY) put the toll at 27, among them six children.\n\n"
            "The defence ministry rejected the Monitor's figure, saying it relied on unverified accounts.")
    got = figures(extract, text)
    assert (got[27].disputed_by or "").lower() == "the defence ministry"
    assert (got[6].disputed_by or "").lower() == "the defence ministry"


def test_a_body_keeps_its_own_modifier_as_the_denier(extract):
    text = ("The regional health ministry said 15 people had been killed in the blast.\n\n"
            "A rights group, the Aden Watch, said 24 people were killed. The foreign ministry rejected "
            "the group's figure as inflated.")
    got = figures(extract, text)
    assert (got[24].disputed_by or "").lower() == "the foreign ministry"


def test_the_army_rejecting_the_civilian_toll_spares_its_own_count(extract):
    text = ("An air strike on a cattle market near Lere killed at least 38 people, a local councillor said.\n\n"
            "Chad's armed forces said they had killed about 15 militants in the strike. The army rejected the "
            "civilian death toll as \"lies spread by the insurgents\".")
    got = figures(extract, text)
    assert got[38].disputed_by == "Chad's armed forces"
    assert got[15].disputed_by is None


def test_a_body_count_restating_a_disputed_toll_is_disputed(extract):
    text = ("Villagers said raiders killed six people in Kamara.\n\n"
            "\"We have counted six bodies so far,\" said Joseph Kiprono, a local chief.\n\n"
            "The regional commissioner, Mary Wanjiku, dismissed the reports that six people had died as "
            "\"propaganda\", saying only two bodies had been found.")
    got = figures(extract, text)
    assert [f.disputed_by for f in extract(HEADLINE + text, PUB) if f.low == 6] == ["Mary Wanjiku"] * 3
    assert got[2].disputed_by is None


def test_people_who_have_left_a_town_are_displaced(extract):
    text = "About 3,200 residents have left Kupiansk since the shelling intensified, the mayor said."
    assert figures(extract, text)[3200].measure.value == "displaced"


def test_people_received_in_a_neighbouring_state_are_refugees(extract):
    text = "The Brazilian government said more than 900 Venezuelans had been received in Roraima state this week."
    assert figures(extract, text)[900].measure.value == "refugees"


def test_people_whose_homes_were_destroyed_are_displaced(extract):
    text = "The county said about 140 people whose homes were destroyed by the storm were sleeping at a church hall."
    assert figures(extract, text)[140].measure.value == "displaced"


def test_fishermen_yet_to_return_are_missing(extract):
    text = "A village chief said three fishermen who set out on Friday night had yet to return."
    assert figures(extract, text)[3].measure.value == "missing"


def test_disputing_an_earlier_report_that_n_died(extract):
    text = ("Governor Ana Reyes disputed an earlier report by a local newspaper that 14 people had died in the town, "
            "saying only three deaths had been confirmed.")
    got = figures(extract, text)
    assert got[14].disputed_by == "Ana Reyes"
    assert got[3].disputed_by is None


def test_the_size_of_a_raiding_band_is_no_toll(extract):
    text = "Witnesses said the raiders, numbering around 200, killed 11 villagers and burned the market."
    got = figures(extract, text)
    assert 200 not in got
    assert got[11].measure.value == "killed"
