"""Rules for misses found on dev articles written without seeing the extractor (81–90)."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2024, 5, 1)


def _figs(extract, text, published=PUB):
    return extract("Field report\n" + text, published)


def test_families_and_households_are_no_count_of_people(extract):
    for text in ("About 300 families fled their homes in the hills, officials said.",
                 "Villagers say dozens of households have left for the river town since the raid.",
                 "More than 1,200 households were living in tents near the road."):
        assert _figs(extract, text) == []
    (fig,) = _figs(extract, "Some 40 staff and their families were evacuated by road on Friday.")
    assert fig.value == 40


def test_sources_of_a_report_are_no_count_of_people(extract):
    (fig,) = _figs(extract, "Three hospital sources said at least 14 people died in the blast.")
    assert fig.low == 14 and fig.measure.value == "killed"


def test_indian_digit_grouping_reads_lakhs_and_crores(extract):
    (fig,) = _figs(extract, "Floods have displaced 3,12,500 people in the valley, officials said.")
    assert fig.value == 312_500
    (fig,) = _figs(extract, "The storm has affected 1,20,00,000 people, officials said.")
    assert fig.value == 12_000_000


def test_indian_grouping_reader_leaves_other_numbers_alone():
    from app.extract.numbers import NumberFinder
    from app.extract.vocab import load_vocabulary
    finder = NumberFinder(load_vocabulary())
    assert [m.value for m in finder.find("1,200,000 and 45,000, then 2,41,000, and 7,50")] == \
        [1_200_000, 45_000, 241_000, 7]


def test_a_part_of_a_count_of_things_is_no_figure(extract):
    (fig,) = _figs(extract, "Some 800,000 people in 14 of the province's 22 districts are affected, officials said.")
    assert fig.value == 800_000 and fig.measure.value == "affected"
    (fig,) = _figs(extract, "At least 3,000 people in three of its 12 camps were displaced again.")
    assert fig.low == 3_000


def test_moving_people_by_shifting_them_is_an_evacuation(extract):
    (fig,) = _figs(extract, "Rescue 1122 said it had shifted 75 patients from the ward to the district hospital.")
    assert (fig.value, fig.measure.value) == (75, "evacuated")


def test_took_away_is_an_abduction(extract):
    figs = _figs(extract, "Gunmen raided the village at dawn and took away 18 women and two boys, residents said.")
    assert [(f.value, f.measure.value) for f in figs] == [(18, "captured"), (2, "captured")]


def test_running_into_the_forest_or_into_a_town_is_flight(extract):
    (fig,) = _figs(extract, "About 600 people from three hamlets have run into the forest, a local pastor said.")
    assert (fig.value, fig.measure.value) == (600, "displaced")
    (fig,) = _figs(extract, "More than 9,000 people have come into the town from the camps since March, an official said.")
    assert (fig.low, fig.measure.value) == (9_000, "displaced")


def test_sides_of_the_parties_added_to_the_closed_list(extract):
    cases = {
        "At least 12 Nigerien soldiers were killed near the border, the army said.": "niger",
        "Nine Cameroonian gendarmes were wounded in the raid, officials said.": "cameroon",
        "Some 300 Colombian migrants were deported on Monday.": "colombia",
        "Hezbollah said 21 of its fighters had been killed this week.": "hezbollah",
        "The army said it had killed 16 khwarij in the operation.": "ttp",
    }
    for text, side in cases.items():
        (fig,) = _figs(extract, text)
        assert fig.side == side, text
    (fig,) = _figs(extract, "The army said it had killed 16 khwarij in the operation.")
    assert fig.who.value == "soldiers"


def test_a_share_set_off_by_commas_does_not_hide_the_measure_after_it(extract):
    (fig,) = _figs(extract, "Officials said 4,000 people, most of them farmers who had worked the border fields for "
                            "decades, had crossed into Chad by Friday.")
    assert (fig.value, fig.measure.value) == (4_000, "refugees")
    figs = _figs(extract, "Some 4.1 million people live in the province, around half of them displaced.")
    assert [f for f in figs if f.value == 4_100_000] == []  # the share, not the population, is displaced


def test_headline_abductions_and_flight_from_homes(extract):
    figs = extract("Gunmen abduct 25 worshippers in church raid\n\nThe attack happened on Sunday.", PUB)
    assert [(f.value, f.measure.value) for f in figs] == [(25, "captured")]
    figs = extract("Floods force 8,000 from homes in river valley\n\nThe rain began on Monday.", PUB)
    assert [(f.value, f.measure.value) for f in figs] == [(8_000, "displaced")]


def test_a_group_word_inside_an_organisation_name_is_not_the_group(extract):
    (fig,) = _figs(extract, "The shelling killed 14 people, the Kivu Doctors Network said.")
    assert (fig.value, fig.who.value) == (14, "people")
    (fig,) = _figs(extract, "The shelling killed 14 doctors, the health ministry said.")
    assert fig.who.value == "civilians"


def test_among_the_dead_breaks_down_the_killed_not_the_last_figure(extract):
    figs = _figs(extract, "The blast killed 19 people and injured 52 on Friday, police said. "
                          "Among the dead were four women and three guards from the depot, a police officer added.")
    assert [(f.value, f.measure.value) for f in figs] == [(19, "killed"), (52, "injured"), (4, "killed"),
                                                         (3, "killed")]
    assert figs[2].parts_of == figs[0].id and figs[3].parts_of == figs[0].id


def test_relatives_of_a_group_are_people(extract):
    figs = _figs(extract, "The navy evacuated 120 people, including 15 relatives of sailors, from the island.")
    assert [(f.value, f.who.value) for f in figs] == [(120, "people"), (15, "people")]


def test_a_bare_number_before_a_place_or_time_keeps_the_group_of_the_list(extract):
    figs = _figs(extract, "Shelling killed three civilians and wounded 11 in the town on Sunday, police said.")
    assert [(f.value, f.who.value) for f in figs] == [(3, "civilians"), (11, "civilians")]


def test_a_relative_clause_between_the_group_and_its_verb_is_stepped_over(extract):
    (fig,) = _figs(extract, "Three fishermen who set out from the harbour before dawn on Tuesday to check their "
                            "nets have been missing since, the coast guard said.")
    assert (fig.value, fig.measure.value) == (3, "missing")
    assert _figs(extract, "Three fishermen who set out from the harbour before dawn on Tuesday to check "
                          "their nets in the bay near the old lighthouse were found.") == []


def test_a_toll_taken_to_a_number_after_a_date(extract):
    figs = _figs(extract, "One more child died in the camp on Monday, bringing the death toll from the outbreak "
                          "since March 3 to 57, health officials said.")
    assert [(f.value, f.measure.value) for f in figs] == [(1, "killed"), (57, "killed")] or \
        [(f.value, f.measure.value) for f in figs] == [(57, "killed")]
    from app.extract.numbers import NumberFinder, merge_ranges
    from app.extract.vocab import load_vocabulary
    text = "from May 28 to 30 and from 20 to 30 people"
    found = merge_ranges(text, NumberFinder(load_vocabulary()).find(text))
    assert [(m.low, m.high) for m in found] == [(28, 30), (20, 30)]


def test_displaced_people_arriving_somewhere_stay_displaced(extract):
    (fig,) = _figs(extract, "The mayor said about 900 of the displaced had arrived in the provincial capital by Sunday.")
    assert (fig.value, fig.measure.value) == (900, "displaced")
    (fig,) = _figs(extract, "About 900 refugees had arrived in Chad by Sunday, the agency said.")
    assert fig.measure.value == "refugees"


def test_n_of_the_group_is_a_part_of_the_earlier_whole(extract):
    figs = _figs(extract, "Gunmen abducted 31 students from a boarding school on Monday, the police said. "
                          "The governor said on Wednesday that troops had freed nine of the students near a river.")
    assert [(f.value, f.measure.value) for f in figs] == [(31, "captured"), (9, "captured")]
    assert figs[1].parts_of == figs[0].id
    figs = _figs(extract, "Gunmen abducted 31 students on Monday. Police later arrested 40 of the students' relatives.")
    assert all(f.parts_of is None for f in figs)


def test_people_in_relief_camps_are_displaced_but_the_camps_are_no_figure(extract):
    (fig,) = _figs(extract, "About 8,500 people are living in 40 relief camps, the disaster agency said.")
    assert (fig.value, fig.measure.value) == (8_500, "displaced")
    assert _figs(extract, "The district opened 12 relief camps on Tuesday, the disaster agency said.") == []


def test_scare_quotes_round_the_group_after_the_number_are_stepped_over(extract):
    (fig,) = _figs(extract, 'The police said officers had killed six "bandits" in a shootout near the market.')
    assert (fig.value, fig.who.value) == (6, "soldiers")


def test_another_n_goes_on_with_the_figure_before_it(extract):
    figs = _figs(extract, "The mayor said 2,300 people had been displaced to the district capital. "
                          "\"We have no more room,\" she said. Another 700 had reached the coast, she added.")
    assert [(f.value, f.measure.value) for f in figs] == [(2_300, "displaced"), (700, "displaced")]
    assert _figs(extract, "Another 700 had reached the coast, she added.") == []
