"""Figures and fields from the errors of blind batch 151–158 (US and European newspaper styles), each
a short report of its own in other words and places than the gold article (tests/gold/GUIDELINES.md)."""

import datetime as dt

PUB = dt.date(2025, 5, 6)


def _measures(figures):
    return {f.value: f.measure.value for f in figures}


def test_people_said_to_lie_under_mud_or_never_found_are_missing(extract):
    text = ("Firefighters think up to 40 villagers may still be under the debris near Kolo, an official said. "
            "Dozens more were never found after the 2012 avalanche, residents said. "
            "Officials fear 120 people are feared buried in the hamlet.")
    found = _measures(extract(text, PUB))
    assert found[40] == "missing" and found[120] == "missing"


def test_people_who_did_not_make_it_are_dead(extract):
    text = "“My brother and 7 neighbours from Kayes did not make it,” a survivor told reporters."
    assert _measures(extract(text, PUB))[7] == "killed"


def test_people_treated_for_burns_are_injured(extract):
    text = "Doctors in Mirna said 13 people were being treated for burns, the health office said."
    assert _measures(extract(text, PUB))[13] == "injured"


def test_people_living_in_temporary_camps_or_public_shelters_are_displaced(extract):
    text = ("The agency said 4,300 people were staying in 60 temporary camps in the south, while "
            "about 2,100 people were living in 35 public shelters.")
    found = _measures(extract(text, PUB))
    assert found[4300] == "displaced" and found[2100] == "displaced"


def test_bodies_released_to_families_stay_bodies(extract):
    text = ("Pathologists had identified 40 bodies by Monday, prosecutors said, and 25 of them had "
            "been released to their families.")
    found = _measures(extract(text, PUB))
    assert found[40] == "bodies" and found[25] == "bodies"


def test_a_body_that_rejects_that_account_disputes_the_figure_just_quoted(extract):
    text = ("Rebels stormed the jail at Kivuli on Sunday, the corrections service said.\n\n"
            "\"They say eight died, but my cousin saw them carry out more than 40 bodies,\" said Amina Oduya, 52.\n\n"
            "The corrections service rejected that account on Monday.")
    found = {f.value: f.disputed_by for f in extract(text, PUB)}
    assert found[40] == "The corrections service"


def test_an_appositive_accusation_names_its_denier_without_the_noun(extract):
    text = ("Monitors say 300 migrants have been detained by police in the port of Zarzis, "
            "allegations the interior ministry denies.")
    found = {f.value: f.disputed_by for f in extract(text, PUB)}
    assert found[300] == "the interior ministry"


PAST = dt.date(2025, 8, 20)


def _dates(figures):
    return {f.value: (f.as_of and f.as_of.isoformat(), f.since and f.since.isoformat()) for f in figures}


def test_a_month_followed_by_when_dates_the_figures_of_its_clause(extract):
    text = ("The blaze is the worst in the region since August 2019, when wildfires killed more than 60 people. "
            "Survivors recalled memories of March 2016, when a cyclone killed about 90 people in the port.")
    found = _dates(extract(text, PAST))
    assert found[60] == ("2019-08-31", "2019-08-01") and found[90] == ("2016-03-31", "2016-03-01")


def test_a_count_since_a_month_when_something_began_is_open(extract):
    text = "The ministry says 4,100 people have been killed since March 2023, when the insurgents began their offensive."
    assert _dates(extract(text, PAST))[4100][0] == "2025-08-20"


def test_a_sentence_opening_on_a_past_month_dates_figures_after_a_comma(extract):
    text = "In April 2015, a mudslide from the ridge buried the hamlet of Loma Verde, killing at least 82 people."
    assert _dates(extract(text, PAST))[82] == ("2015-04-30", "2015-04-01")


def test_the_year_of_a_named_disaster_dates_its_toll(extract):
    text = "The country's deadliest storm, the 1998 Caribbean hurricane, killed about 9,000 people on the coast."
    assert _dates(extract(text, PAST))[9000] == ("1998-12-31", "1998-01-01")


def test_the_deadliest_since_a_past_disaster_is_no_start(extract):
    text = ("Floods killed 45 people in the valley in July, the deadliest toll since the 2012 floods, "
            "officials said.")
    assert _dates(extract(text, PAST))[45][1] != "2012-01-01"
