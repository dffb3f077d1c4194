"""Numbers that count no one harmed: amounts in currencies written in mixed case, a body of troops."""

import datetime as dt

PUB = dt.date(2025, 3, 3)


def test_amounts_in_mixed_case_currencies_are_money(extract):
    text = ("Landslide aid\n\nThe provincial government released Php 8 million in relief funds, and the regency "
            "allocated Rp 2.5 billion for 40 evacuated families.")
    assert [f.value for f in extract(text, PUB)] == []


def test_a_contingent_is_not_a_count_of_victims(extract):
    text = ("Peacekeepers\n\nKenya has a contingent of about 1,000 deployed in Haiti, where gangs killed 12 "
            "people on Monday, police said.")
    assert [f.value for f in extract(text, PUB)] == [12]


def test_an_aside_between_the_group_and_its_verb(extract):
    text = ("Market blast\n\nEight traders and three porters, among them a man who had sold fruit at the "
            "entrance for decades, were among the dead, the mayor said.\n\nFour Kenyan officers, part of a "
            "mission sent to the capital under a United Nations mandate, were wounded.")
    figures = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in figures] == [(8, "killed"), (3, "killed"), (4, "injured")]
