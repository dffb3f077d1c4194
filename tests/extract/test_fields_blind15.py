"""measure, as_of and missed or spurious figures in phrasings like those of the blind-written dev
articles 223–238, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 20)  # a Friday
HEADLINE = "Floods leave a trail of damage in the valley\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_people_unable_or_not_allowed_to_go_home_are_displaced(extract):
    text = ("About 1,200 residents of Valdora remain unable to return to their homes, the council said. "
            "Another 300 villagers are still prevented from returning home by the army, officials said.")
    got = figures(extract, text)
    assert got[1200].measure.value == "displaced"
    assert got[300].measure.value == "displaced"


def test_people_in_relief_centres_are_evacuees_but_the_centres_are_no_figure(extract):
    text = ("More than 9,000 people were still in relief centres on Thursday, the agency said. "
            "They are being housed at 58 relief centres across four districts.")
    got = figures(extract, text)
    assert got[9000].measure.value == "evacuated"
    assert 58 not in got


def test_a_count_of_displaced_families_is_no_figure(extract):
    text = ("In a tent camp outside Rivena, where some 400 displaced families now live, 25 people have been "
            "left homeless by the latest storm, volunteers said.")
    got = figures(extract, text)
    assert 400 not in got
    assert got[25].measure.value == "displaced"


def test_a_timeline_entry_dates_its_figures(extract):
    text = ("How the toll rose\n"
            "- Monday 9 September: The fire service said 17 people had died.\n"
            "- Thursday, 12 September: Officials said 31 people were missing.\n")
    got = figures(extract, text)
    assert got[17].as_of == dt.date(2024, 9, 9)
    assert got[31].as_of == dt.date(2024, 9, 12)


def test_a_month_to_month_period_written_with_a_dash_bounds_its_figures(extract):
    text = ("The monitoring group said in its report that 23 civilians were killed in the January-March period "
            "in the border districts.")
    got = figures(extract, text)
    assert got[23].since == dt.date(2024, 1, 1)
    assert got[23].as_of == dt.date(2024, 3, 31)


def test_the_quarter_taken_up_again_dates_a_later_sentence(extract):
    text = ("The mission said 45 civilians were killed between January and March in the eastern provinces. "
            "Landmines alone killed 12 children during the quarter, it said. "
            "In the same period last year, the mission recorded 70 deaths.")
    got = figures(extract, text)
    assert (got[12].since, got[12].as_of) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert (got[70].since, got[70].as_of) == (dt.date(2023, 1, 1), dt.date(2023, 3, 31))
