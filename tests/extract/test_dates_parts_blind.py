"""Dates, parts and figure filters for phrasings first seen in blind-written articles (81–102);
worded differently from those articles on purpose."""

import datetime as dt

PUB = dt.date(2024, 10, 9)  # a Wednesday


def _by_value(figures):
    return {f.value if f.value is not None else f.low: f for f in figures}


def test_list_rows_take_the_start_from_the_sentence_before_an_anaphoric_intro(extract):
    text = ("Cholera has spread to 11 of the country's 18 provinces since August 20, the health "
            "ministry reported. Its most recent bulletin, as of Monday, listed:\n\n"
            "- 310 deaths (including those in prisons)\n"
            "- 4,100 people hospitalised\n"
            "- 12 people missing\n")
    figures = _by_value(extract(text, PUB))
    for value in (310, 12):
        assert figures[value].as_of == dt.date(2024, 10, 7)
        assert figures[value].since == dt.date(2024, 8, 20)


def test_list_rows_take_the_start_of_a_period_in_the_intro(extract):
    text = ("The coastguard's count of deaths at sea since the start of the year, as of Tuesday:\n"
            "- Adults: 212\n"
            "- Minors: 37\n")
    figures = _by_value(extract(text, PUB))
    assert (figures[212].since, figures[212].as_of) == (dt.date(2024, 1, 1), dt.date(2024, 10, 8))


def test_a_yearless_period_takes_the_year_that_opens_the_sentence(extract):
    text = "In 2021, storms between June and August killed at least 140 people, the agency said."
    (f,) = extract(text, PUB)
    assert (f.since, f.as_of) == (dt.date(2021, 6, 1), dt.date(2021, 8, 31))


def test_an_opening_phrase_dates_the_statement_that_follows_it(extract):
    text = ("In remarks broadcast on national radio on Monday, the police chief said 27 gunmen had "
            "been arrested.")
    (f,) = extract(text, PUB)
    assert f.as_of == dt.date(2024, 10, 7)


def test_an_opening_day_of_an_event_does_not_date_a_later_statement(extract):
    text = "On Sunday evening, villagers dug up the bodies of 16 people near the river, a priest said."
    (f,) = extract(text, PUB)
    assert f.as_of == PUB


def test_a_since_in_a_participle_after_the_figure_belongs_to_the_toll(extract):
    text = ("Three more fishermen drowned off Sittwe on Monday, bringing the toll from the storms "
            "since September 2 to 41, the relief office said.")
    three = next(f for f in extract(text, PUB) if f.value == 3)
    assert three.since is None


def test_a_since_in_a_later_that_clause_does_not_date_the_figure(extract):
    text = ("The mayor said the toll was at least 19 and that the district had recorded 300 killings "
            "since March.")
    figures = _by_value(extract(text, PUB))
    assert figures[19].since is None


def test_in_the_same_period_carries_the_start_into_another_clause(extract):
    text = ("The rights group said 2,300 people had fled their homes in the valley since August 3, "
            "and that 14 people had been abducted in the same period.")
    figures = _by_value(extract(text, PUB))
    assert figures[14].since == dt.date(2024, 8, 3)


def test_a_figure_with_its_own_as_of_after_and_does_not_take_the_earlier_start(extract):
    text = ("Some 9,000 people have been displaced in the district since June 1 alone, and about "
            "600,000 are displaced across the region as of September 30.")
    figures = _by_value(extract(text, PUB))
    assert figures[600000].since is None and figures[600000].as_of == dt.date(2024, 9, 30)


def test_a_range_of_weekdays_is_a_bounded_period(extract):
    text = "The coastguard said 1,280 migrants had arrived on the island between Thursday and Saturday night."
    (f,) = extract(text, PUB)
    assert (f.since, f.as_of) == (dt.date(2024, 10, 3), dt.date(2024, 10, 5))


def test_an_apposition_does_not_cut_a_figure_off_its_period(extract):
    text = ("The tracking office said 900 families, or roughly 5,400 people, had fled the district "
            "between August 2 and August 20.")
    figures = _by_value(extract(text, PUB))
    assert (figures[5400].since, figures[5400].as_of) == (dt.date(2024, 8, 2), dt.date(2024, 8, 20))


def test_a_report_of_a_month_is_as_of_the_end_of_that_month(extract):
    text = ("A World Bank report released in May 2022 estimated that land disputes in the province had killed "
            "1,200 people since 2015.")
    (f,) = extract(text, PUB)
    assert f.as_of == dt.date(2022, 5, 31)


def test_by_the_time_of_a_dated_event_sets_as_of(extract):
    text = ("By the time the truce came into force on March 3, 2023, more than 2,000 fighters had "
            "been killed and 90,000 people displaced, officials said.")
    for f in extract(text, PUB):
        assert f.as_of == dt.date(2023, 3, 3)


def test_a_past_dated_attack_with_an_aside_is_dated_by_its_month(extract):
    text = ("In October 2019, a raid on the Kalma market, not far from the airport, killed about 40 "
            "people, one of the deadliest that year.")
    (f,) = extract(text, PUB)
    assert (f.since, f.as_of) == (dt.date(2019, 10, 1), dt.date(2019, 10, 31))


def test_a_yearless_month_event_keeps_no_period(extract):
    text = "In July an explosion at a fuel depot killed 18 people, the ministry said."
    (f,) = extract(text, PUB)
    assert f.since is None


def test_a_phone_line_is_no_figure(extract):
    text = "Families of the missing can call the Red Crescent's toll-free line 1414, the agency said."
    assert extract(text, PUB) == []


def test_a_numbered_prison_wing_is_no_figure(extract):
    text = "Guards said 30 inmates were held hostage in pavilion 7 until police stormed it."
    assert [f.value for f in extract(text, PUB)] == [30]


def test_a_rate_per_inhabitants_is_no_figure(extract):
    text = "The murder rate climbed to 52 per 100,000 residents last year, police said."
    assert extract(text, PUB) == []


def test_head_of_cattle_are_no_figure(extract):
    text = "Raiders killed 12 herders and drove away more than 4,000 head of cattle, the mayor said."
    assert [f.value for f in extract(text, PUB)] == [12]


def test_one_shell_is_no_figure(extract):
    text = "Villagers fled their homes. One shell hit the school in Kotli, a teacher said."
    assert extract(text, PUB) == []


def test_areas_are_no_figure(extract):
    text = "About 3,000 people have been displaced in the three local government areas, officials said."
    assert [f.value for f in extract(text, PUB)] == [3000]


def test_the_last_cell_of_a_table_row_is_not_read_with_the_next_line(extract):
    text = ("Casualties by district, according to the ministry:\n"
            "District | Dead | Injured\n"
            "Kandy | 31 | 12\n"
            "Total | 40 | 19\n"
            "Rescue helicopters reached the valley on Monday.")
    values = [f.value for f in extract(text, PUB)]
    assert 19 in values


def test_a_row_label_names_the_group(extract):
    text = ("Arrivals by sea this year, according to the interior ministry:\n"
            "- Total: 22,400 people\n"
            "- Children travelling alone: 3,100\n")
    figures = _by_value(extract(text, PUB))
    assert figures[3100].who.value == "children"


def _parent(figures, value):
    f = _by_value(figures)[value]
    return figures[f.parts_of - 1].value if f.parts_of else None


def test_n_of_the_dead_is_a_part_of_the_toll_named_earlier(extract):
    text = ("Gunmen killed at least 58 people in an attack on a market in the north, officials said. "
            "The attackers came on foot at dawn. Witnesses said the gunmen fired at stalls. "
            "At least 20 of the dead were traders from a nearby town, a trader said.")
    figures = extract(text, PUB)
    assert _parent(figures, 20) == 58


def test_n_of_the_injured_is_a_part_of_the_injured(extract):
    text = ("The blast killed six people and injured 75 at the station. Doctors at the city hospital "
            "said 22 of the injured were in a serious condition.")
    figures = extract(text, PUB)
    assert _parent(figures, 22) == 75


def test_identified_n_of_the_dead_links_across_measures(extract):
    text = ("The riot left 40 inmates dead, the prison service said. Forensic teams have identified "
            "25 of the dead so far.")
    figures = extract(text, PUB)
    assert _parent(figures, 25) == 40


def test_were_among_the_wounded_names_the_whole(extract):
    text = ("The shelling killed nine people, and another 31 people were wounded. Rescuers recovered "
            "12 bodies from the rubble, and three firefighters were among the wounded.")
    figures = extract(text, PUB)
    assert _parent(figures, 3) == 31


def test_among_the_dead_next_to_a_count_of_bodies(extract):
    text = ('"We have buried 64 bodies," said a village elder, who said four of his sons were among the dead.')
    figures = extract(text, PUB)
    assert _parent(figures, 4) == 64


def test_an_opening_among_the_dead_skips_a_count_of_the_missing(extract):
    text = ("At least 33 people have died and 12 are missing after floods swept through the valley, "
            "officials said. Rescuers found 8 bodies on Tuesday. Another 15 people may be missing in the "
            "hills, a mayor said. Among the dead were two volunteers from the Red Cross.")
    figures = extract(text, PUB)
    assert _parent(figures, 2) == 33


def test_a_breakdown_table_breaks_down_the_totals_in_its_intro(extract):
    text = ("The council gave this breakdown of the 20 dead and 35 wounded by village:\n"
            "Village | Dead | Wounded\n"
            "Kiri | 12 | 20\n"
            "Malo | 8 | 15\n")
    figures = extract(text, PUB)
    rows = [f for f in figures if f.sentence.startswith(("Kiri", "Malo"))]
    assert rows and all(figures[f.parts_of - 1].measure == f.measure for f in rows if f.parts_of)
    assert {figures[f.parts_of - 1].value for f in rows} == {20, 35}


def test_it_estimated_keeps_the_date_of_the_statement_before(extract):
    text = ("UNICEF said in a briefing on Monday that 300,000 children had been out of school since "
            "the end of May. It estimated that 45,000 children had been displaced by the fighting.")
    figures = _by_value(extract(text, PUB))
    assert figures[45000].as_of == dt.date(2024, 10, 7)


def test_n_more_counts_over_the_period_of_the_figure_before(extract):
    text = ("Clashes in the region killed 640 people in 2022, according to a UN report, and hundreds "
            "more were kidnapped.")
    figures = extract(text, PUB)
    vague = next(f for f in figures if f.low == 200)
    assert (vague.since, vague.as_of) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
