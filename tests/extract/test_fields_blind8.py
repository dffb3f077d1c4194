"""as_of, since, disputed_by, side, who, measure, hedged and parts_of in phrasings like those of the
blind-written dev articles 175–190, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)  # a Tuesday
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_a_speakers_relative_clause_dates_the_statement(extract):
    text = ("The district police chief, who spoke to journalists at the hospital on Sunday, said 14 people "
            "were wounded in the raid.")
    assert figures(extract, text)[14].as_of == dt.date(2024, 9, 1)


def test_an_earlier_toll_issued_on_a_day_is_dated_that_day(extract):
    text = ("Shelling of the port killed at least 31 people, the regional governor said on Tuesday. "
            "A previous update, issued by the governor's office on Sunday evening, had put the toll at 18.")
    got = figures(extract, text)
    assert got[18].as_of == dt.date(2024, 9, 1)
    assert got[31].as_of == dt.date(2024, 9, 3)


def test_a_count_that_had_stood_on_a_day(extract):
    text = "The refugee agency had on Saturday registered 2,600 arrivals at the border post."
    assert figures(extract, text)[2600].as_of == dt.date(2024, 8, 31)


def test_when_contacted_on_a_day_dates_the_statement(extract):
    text = ("When reached on Monday night, the spokesman of the Kwara State Police Command, ASP Musa Bello, "
            "said six people were killed in the attack.")
    assert figures(extract, text)[6].as_of == dt.date(2024, 9, 2)


def test_an_opening_date_before_a_long_agency_name(extract):
    text = ("On August 20, the International Federation of Red Cross and Red Crescent Societies (IFRC) said "
            "some 8,500 people were still displaced in the valley.")
    assert figures(extract, text)[8500].as_of == dt.date(2024, 8, 20)


def test_displace_in_the_present_tense(extract):
    text = "Monsoon rains displace more than 7,500 in the delta as rivers burst their banks, officials said."
    assert figures(extract, text)[7500].measure.value == "displaced"


def test_killing_or_wounding_and_out_of_combat_are_casualties(extract):
    text = ("The navy said its gunboats had fired on the convoy, killing or wounding \"at least 35 pirates\". "
            "The militia claimed that \"more than 40 marines were put out of combat\" in the clash.")
    got = figures(extract, text)
    assert got[35].measure.value == "casualties"
    assert got[40].measure.value == "casualties"


def test_eliminated_fighters_are_killed(extract):
    text = "The army said its drones had \"eliminated about 15 insurgents\" near the river crossing."
    assert figures(extract, text)[15].measure.value == "killed"


def test_a_place_aside_does_not_cut_the_start_from_its_figure(extract):
    text = ("The relief office said on Monday that at least 2,240 people had arrived in the county seat of "
            "Bakersville, in the district of Orton, since Friday.")
    assert figures(extract, text)[2240].since == dt.date(2024, 8, 30)


def test_over_the_same_period_takes_the_start_of_the_sentence_before(extract):
    text = ("More than 900 people have been killed in the region since March 2023, the health office said. "
            "The rebels say 60 of their fighters have been killed over the same period.")
    assert figures(extract, text)[60].since == dt.date(2023, 3, 1)


def test_an_unverified_toll_hedges_the_dead_not_the_wounded_beside_it(extract):
    text = ("Shelling of the camp killed at least 38 people, a local councillor said. He said 61 people "
            "were wounded and 7 were missing. AFP was unable to verify the councillor's toll.")
    got = figures(extract, text)
    assert got[38].hedged
    assert not got[61].hedged and not got[7].hedged
