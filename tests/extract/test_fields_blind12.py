"""as_of and since in phrasings like those of the blind-written dev articles 199–214, reworded
with other names and places."""

import datetime as dt

PUB = dt.date(2025, 11, 13)
HEADLINE = "Toll climbs after disaster\n\n"


def figures(extract, text, pub=PUB):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, pub)}


def test_a_past_event_named_by_its_year_or_month_is_dated_by_it(extract):
    text = ("Chile sits on a fault. A 2010 quake near Talca killed more than 500 people, and the March 2014 "
            "floods in the north killed more than 1,500 in Atacama alone.")
    got = figures(extract, text)
    assert (got[500].since, got[500].as_of) == (dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert (got[1500].since, got[1500].as_of) == (dt.date(2014, 3, 1), dt.date(2014, 3, 31))


def test_a_year_in_commas_after_the_event_dates_its_toll(extract):
    text = "Peru's worst recent epidemic, in 2017 and 2018, killed more than 900 people, officials said."
    got = figures(extract, text)
    assert (got[900].since, got[900].as_of) == (dt.date(2017, 1, 1), dt.date(2018, 12, 31))


def test_a_season_and_the_last_quarter_are_bounded_periods(extract):
    text = ("Storms in summer 2023 killed more than 80 people. "
            "Rebels killed 44 people in the final quarter of 2024, often by shooting.")
    got = figures(extract, text)
    assert (got[80].since, got[80].as_of) == (dt.date(2023, 6, 1), dt.date(2023, 8, 31))
    assert (got[44].since, got[44].as_of) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))


def test_a_week_between_weekday_named_days(extract):
    text = ("At least 51 people were killed in Niger in the week from Sunday, November 30, to Saturday, "
            "December 6, the monitor said.")
    got = figures(extract, text, dt.date(2025, 12, 7))
    assert (got[51].since, got[51].as_of) == (dt.date(2025, 11, 30), dt.date(2025, 12, 6))


def test_as_of_after_figures_joined_by_and_dates_them_all(extract):
    text = "The agency said 40 people have died and 92 people have been injured as of 12 May."
    got = figures(extract, text, dt.date(2025, 5, 14))
    assert got[40].as_of == dt.date(2025, 5, 12)
    assert got[92].as_of == dt.date(2025, 5, 12)


def test_a_key_figures_heading_with_a_bracketed_date_dates_its_box(extract):
    text = ("Rains hit the valley on Sunday.\n\nKEY FIGURES (Source: NDMA, 9 June)\n"
            "41 people killed\n75 people injured\n\nRELIEF\nTeams are on the ground.")
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[41].as_of == dt.date(2025, 6, 9)
    assert got[75].as_of == dt.date(2025, 6, 9)


def test_disease_cases_kits_and_kitchens_are_no_figures(extract):
    text = ("The bulletin listed 5,210 confirmed cases and 33 deaths. Agencies handed out 800 hygiene kits "
            "and set up 14 field kitchens for 2,000 displaced people.")
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert 5210 not in got and 800 not in got and 14 not in got
    assert 33 in got and 2000 in got


def test_a_list_of_nouns_does_not_cut_a_figure_from_its_period(extract):
    text = ("At least 420 people were killed and 300 wounded in clashes involving militias, soldiers and "
            "vigilantes in the province between 1 July and 30 September 2025, the mission said in its report.")
    got = figures(extract, text)
    assert (got[420].since, got[420].as_of) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert (got[300].since, got[300].as_of) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


def test_since_an_event_in_a_month_is_an_open_start(extract):
    text = "The clinic said 52 patients had died there since the camp's clinic opened in March."
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[52].since == dt.date(2025, 3, 1)
    assert got[52].as_of == dt.date(2025, 6, 10)


def test_a_since_does_not_reach_past_an_as_clause(extract):
    text = ("Divers recovered three more bodies, bringing to 14 the number found since Monday's flood, "
            "as hope faded for more than 25 people still missing.")
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[25].since is None


def test_would_be_migrants_is_no_hedge(extract):
    text = "The coast guard said it had arrested more than 2,100 would-be migrants at sea since January."
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[2100].hedged is False


def test_a_sentence_opening_on_since_gives_the_next_perfect_count_its_start(extract):
    text = ("Since 3 March, the charity's clinics in the district have treated more than 2,000 children for "
            "cholera. Forty-one patients have died in its wards, 30 of them infants.")
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[41].since == dt.date(2025, 3, 3)


def test_lost_people_are_the_dead_but_an_armys_lost_personnel_are_losses(extract):
    text = ('"We have lost nine nurses in this epidemic," the governor said. '
            "The general staff said the enemy had lost 1,250 personnel over the past day.")
    got = figures(extract, text, dt.date(2025, 6, 10))
    assert got[9].measure.value == "killed"
    assert got[1250].measure.value == "casualties"
