"""as_of, since, side, who, measure, disputed_by and parts_of in phrasings like those of the
blind-written dev articles 103–118, reworded with other names, places and numbers."""

import datetime as dt

PUB = dt.date(2024, 11, 20)  # a Wednesday
HEADLINE = "Storm hits the coast\n\n"


def figures(extract, text, pub=PUB):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, pub)}


def test_a_list_row_whose_label_names_the_measure(extract):
    text = ("Main figures from the agency's third update:\n"
            "- People relocated: 4,310\n- Shelters open: 44\n- Fatalities: 3\n- Wounded: 52\n")
    got = figures(extract, text)
    assert got[4310].measure.value == "evacuated"
    assert got[3].measure.value == "killed"
    assert got[52].measure.value == "injured"
    assert 44 not in got


def test_a_total_row_is_kept_whatever_it_sums_over(extract):
    text = ("The agency's breakdown by village, updated on Tuesday:\n\n"
            "Village | Dead | Missing\nLa Cruz | 5 | 11\nEl Prado | 9 | 14\nAll villages | 14 | 25\n")
    got = figures(extract, text)
    assert got[14].measure.value in ("killed", "missing") and got[25].measure.value == "missing"


def test_relief_centres_are_no_people(extract):
    text = "About 2,300 people were still staying in 57 relief centres on Monday, the agency said."
    assert 57 not in figures(extract, text)


def test_evacuation_centres_are_not_an_evacuation(extract):
    text = "Some 900 people spent the night in 12 evacuation centers, the governor said."
    got = figures(extract, text)
    assert 12 not in got and 900 not in got


def test_as_of_a_time_on_a_weekday(extract):
    text = ("Figures from the provincial office, as of 9pm on Monday:\n"
            "- Deaths: 14\n- Injured: 30\n")
    got = figures(extract, text)
    assert got[14].as_of == dt.date(2024, 11, 18) and got[30].as_of == dt.date(2024, 11, 18)


def test_as_of_noon_on_a_date(extract):
    got = figures(extract, "By noon on 17 November, 62 people had died in the floods.")
    assert got[62].as_of == dt.date(2024, 11, 17)


def test_the_date_of_a_bulletin_before_its_verb(extract):
    got = figures(extract, "The agency's situation report, released early on Sunday, counted 85 people injured.")
    assert got[85].as_of == dt.date(2024, 11, 17)
    got = figures(extract, "The health office's weekly bulletin on Monday recorded 12 deaths.")
    assert got[12].as_of == dt.date(2024, 11, 18)


def test_an_event_date_before_according_to_is_no_statement_date(extract):
    got = figures(extract, "Gunmen killed 40 people in the village on Sunday, according to residents.")
    assert got[40].as_of == PUB


def test_a_figure_that_the_as_of_does_not_date_takes_the_statement_date(extract):
    text = ("The ministry said on Monday that the number of displaced people stood at 8,100, "
            "up from 2,900 on Saturday.")
    got = figures(extract, text)
    assert got[2900].as_of == dt.date(2024, 11, 16)
    assert got[8100].as_of == dt.date(2024, 11, 18)


def test_the_parties_of_the_new_batch_have_sides(extract):
    text = ("Police said 37 Honduran migrants were detained at the border. "
            "About 5,200 Burundian refugees crossed into Tanzania in May, UNHCR said. "
            "The army said it had killed 11 ADF fighters near the lake. "
            "Officials said 9 Tajik citizens and 13 Kyrgyz soldiers were wounded in the clashes.")
    got = figures(extract, text)
    assert got[37].side == "honduras"
    assert got[5200].side == "burundi"
    assert got[11].side == "adf"
    assert got[9].side == "tajikistan" and got[13].side == "kyrgyzstan"


def test_a_source_referred_back_to_keeps_the_statement_date(extract):
    text = ("The district clinic admitted 44 injured villagers, its head nurse, Marta Osei, said Monday. "
            "Five were in a serious condition, she said.")
    assert figures(extract, text)[5].as_of == dt.date(2024, 11, 18)
    text = ("In its Sunday update, the relief agency listed 80 people injured. "
            "The update said six of the dead were fishermen.")
    assert figures(extract, text)[6].as_of == dt.date(2024, 11, 17)


def test_a_new_source_in_a_later_clause_takes_no_earlier_date(extract):
    text = ("The Red Crescent put the death toll at 61 on Monday. A police spokesman disputed it, "
            "while the interior ministry said only 40 deaths had been recorded.")
    assert figures(extract, text)[40].as_of == PUB


def test_in_the_same_call_is_the_earlier_statement(extract):
    text = ('"We buried 17 people today," the chief told reporters by phone on Sunday evening.\n\n'
            "The chief, Amos Kiprop, said in the same call that 12 villagers were still missing.")
    assert figures(extract, text)[12].as_of == dt.date(2024, 11, 17)


def test_a_table_of_the_report_named_before_takes_its_date(extract):
    text = ("The agency's weekly bulletin on Monday listed 75 deaths in the past week.\n\n"
            "The bulletin's breakdown of deaths by region:\n"
            "- North: 40\n- Coast: 20\n- Other three regions: 15\n")
    got = figures(extract, text)
    for low in (40, 20, 15):
        assert got[low].as_of == dt.date(2024, 11, 18), low


def test_two_years_joined_by_and_are_one_period(extract):
    got = figures(extract, "Ethnic clashes in 2016 and 2017 left hundreds dead in the valley.")
    f = got[200]
    assert f.since == dt.date(2016, 1, 1) and f.as_of == dt.date(2017, 12, 31)
