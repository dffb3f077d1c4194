"""Figures and their fields for phrasings first seen in blind-written articles 159–166; worded
differently from those articles on purpose."""

import datetime as dt

PUB = dt.date(2024, 10, 9)  # a Wednesday


def _by_value(figures):
    return {f.value if f.value is not None else f.low: f for f in figures}


def test_a_timeline_line_dates_every_sentence_on_it(extract):
    text = ("Floods sweep the north: a chronology\n\n"
            "3 October: Rivers burst their banks near the delta. The provincial disaster office says "
            "14 people drowned and 30 were injured.\n\n"
            "October 5 - Rescue teams reach cut-off villages. Officials report 2,300 people evacuated.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[14].as_of == dt.date(2024, 10, 3)
    assert figures[30].as_of == dt.date(2024, 10, 3)
    assert figures[2300].as_of == dt.date(2024, 10, 5)


def test_a_box_heading_as_of_dates_the_lines_of_the_box(extract):
    text = ("Flood response update, 9 October 2024\n\n"
            "MAIN NUMBERS (as at 6 October 2024)\n"
            "5,200 people displaced in the lowlands\n"
            "31 people killed (verified)\n\n"
            "Aid agencies said 900 more people were displaced on Tuesday.\n")
    figures = _by_value(extract(text, PUB))
    assert figures[5200].as_of == dt.date(2024, 10, 6)
    assert figures[31].as_of == dt.date(2024, 10, 6)
    assert figures[900].as_of != dt.date(2024, 10, 6)


def test_list_rows_with_a_part_note_are_rows_of_the_breakdown(extract):
    text = ("Camp managers said the 9,800 people displaced by the fighting are staying in the "
            "following sites:\n"
            "- Riverside school: 4,300, including 1,200 in tents\n"
            "- Hilltop church: 3,100\n"
            "- Old airstrip: 2,400\n")
    figures = _by_value(extract(text, PUB))
    for value in (4300, 3100, 2400):
        assert figures[value].measure.value == "displaced"
        assert figures[value].parts_of == figures[9800].id


def test_the_earlier_value_of_a_revised_toll_is_dated_back(extract):
    text = ("The number of people killed in the mine collapse climbed to 52 on Tuesday, up from 31 a day "
            "earlier, the regional governor said.")
    figures = _by_value(extract(text, PUB))
    assert figures[52].as_of == dt.date(2024, 10, 8)
    assert figures[31].as_of == dt.date(2024, 10, 7)
    assert figures[31].measure.value == "killed"


def test_a_rate_a_day_is_still_no_figure(extract):
    text = "Cholera is killing 15 a day in the camps, doctors said."
    assert all(f.value != 15 for f in extract(text, PUB))


def test_a_written_denial_that_the_figures_are_lies(extract):
    text = ("Watchdog counts deaths in custody\n\n"
            "The Observatory for Human Rights said it had recorded 27 deaths in police custody since "
            "March.\n\n"
            "The interior minister, Tomas Verhoeven, wrote on his Telegram channel on Monday, hours before "
            "the report appeared, that the Observatory's figures were \"lies paid for by foreigners\".")
    (f,) = [f for f in extract(text, PUB) if f.value == 27]
    assert f.disputed_by == "Tomas Verhoeven"


def test_a_result_an_opposition_rejects_disputes_no_figure(extract):
    text = ("Police have detained more than 1,300 people since the vote, a count by local monitors shows. "
            "The authorities say the detainees rioted after the commission named the president the winner, "
            "a result the opposition rejects.")
    (f,) = [f for f in extract(text, PUB) if f.low == 1300 or f.value == 1300]
    assert f.disputed_by is None


def test_people_who_have_taken_shelter_are_displaced(extract):
    text = ("The district officer said about 45,000 residents have taken shelter in 310 schools and "
            "mosques since the river rose.")
    (f,) = [f for f in extract(text, PUB) if f.value == 45000]
    assert f.measure.value == "displaced"


def test_marooned_people_and_heads_of_cattle_are_no_figures(extract):
    text = ("Floods: 4 dead, nearly 90,000 marooned in the delta\n\n"
            "Nearly 90,000 people in 300 villages are marooned, many of them taking refuge on embankments. "
            "Farm officials said 1,500 heads of cattle had been moved to higher ground.")
    values = {f.value or f.low for f in extract(text, PUB)}
    assert 4 in values and 90000 not in values and 1500 not in values


def test_survivors_being_treated_and_people_still_in_the_water(extract):
    text = ("A ferry sank off the island on Tuesday. The coastguard said 25 survivors were being treated "
            "at the regional hospital. A diver said up to 30 people could still be in the water.")
    figures = _by_value(extract(text, PUB))
    assert figures[25].measure.value == "injured"
    assert figures[30].measure.value == "missing"


def test_cases_of_enforced_disappearance_count_people_missing(extract):
    text = ("The commission said it had verified 112 cases of enforced disappearance since the coup, "
            "and 40 cases of cholera in the prisons.")
    figures = _by_value(extract(text, PUB))
    assert figures[112].measure.value == "missing"
    assert 40 not in figures


def test_neither_sides_claims_verified_hedges_the_claims_before(extract):
    text = ("Armenia's defence ministry said its troops had killed 40 Azerbaijani soldiers.\n\n"
            "Azerbaijani officials said 15 Armenian servicemen had been captured. Yerevan denied that.\n\n"
            "Neither side's claims could be independently confirmed.")
    figures = _by_value(extract(text, PUB))
    assert figures[15].hedged
