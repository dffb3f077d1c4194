"""What a number counts: flight words, synonyms, the group named before what happened to it."""

import datetime as dt

import pytest

from app.domain import Measure

PUB = dt.date(2024, 3, 4)


def _measures(extract, text):
    return [(f.value or f.low, f.measure) for f in extract("Field report\n" + text, PUB)]


@pytest.mark.parametrize("sentence, measure", [
    ("About 4,000 villagers have fled to Niger since the raids began.", Measure.REFUGEES),
    ("More than 900 people fled Mali in the past week.", Measure.REFUGEES),
    ("Some 12,000 people have sought refuge in neighbouring countries, the agency said.", Measure.REFUGEES),
    ("Around 3,000 residents fled across the border overnight.", Measure.REFUGEES),
    ("About 4,000 villagers have fled to Goma since the raids began.", Measure.DISPLACED),
    ("More than 900 people fled the provincial capital in the past week.", Measure.DISPLACED),
    ("Some 12,000 people have sought refuge in the city's churches, the agency said.", Measure.DISPLACED),
])
def test_fleeing_is_refugees_only_when_people_leave_the_country(extract, sentence, measure):
    assert [m for _, m in _measures(extract, sentence)] == [measure]


@pytest.mark.parametrize("sentence, measure", [
    ("Two fishermen lost their life when the boat capsized.", Measure.KILLED),
    ("Police recorded 412 homicides in the first half of the year.", Measure.KILLED),
    ("A market strike left 35 people killed or hurt, the governor said.", Measure.CASUALTIES),
    ("Militiamen took 18 farm workers captive on Sunday.", Measure.CAPTURED),
    ("Gunmen seized 40 passengers for ransom on the highway.", Measure.CAPTURED),
    ("Soldiers had taken away about 60 young men, relatives said.", Measure.CAPTURED),
    ("Clashes have driven 1,500 or so residents out of the district.", Measure.DISPLACED),
    ("Tens of thousands are sleeping under plastic sheets beside the road.", Measure.DISPLACED),
    ("The storm has uprooted more than 20,000 people along the coast.", Measure.DISPLACED),
    ("Border officials said 700 people had crossed on Friday alone.", Measure.REFUGEES),
])
def test_synonyms_name_the_measure(extract, sentence, measure):
    found = _measures(extract, sentence)
    assert len(found) == 1 and found[0][1] == measure


def test_what_happened_to_a_group_outranks_the_word_that_names_it(extract):
    assert _measures(extract, "About 900 asylum seekers who were living in the old barracks are still "
                              "unaccounted for after the fire.") == [(900, Measure.MISSING)]
    assert _measures(extract, "Medics said 30 of the badly wounded had been flown out to the capital.") == \
        [(30, Measure.EVACUATED)]
    assert _measures(extract, "At least 25 displaced people were killed when the school was shelled.") == \
        [(25, Measure.KILLED)]
    assert _measures(extract, "About 2,000 refugees had been affected by the storm, the agency said.") == \
        [(2000, Measure.AFFECTED)]


def test_a_group_word_stays_when_nothing_else_happens_to_it(extract):
    assert _measures(extract, "Some 300 refugees were registered at the transit centre on Monday.") == \
        [(300, Measure.REFUGEES)]


def test_the_noun_before_of_heads_the_figure(extract):
    assert _measures(extract, "Divers recovered the bodies of 41 migrants who had drowned off the cape.") == \
        [(41, Measure.BODIES)]


def test_a_measure_word_closing_the_previous_item_of_a_list_gives_way(extract):
    assert _measures(extract, "The report counted 120 homicides, 95 people wounded by gunfire and 60 people "
                              "kidnapped.") == [(120, Measure.KILLED), (95, Measure.INJURED), (60, Measure.CAPTURED)]


def test_a_measure_in_a_following_clause_loses_to_the_toll_before(extract):
    assert _measures(extract, "Officials fear the toll could reach 5,000 as bodies are found in the mud.") == \
        [(5000, Measure.KILLED)]


def test_a_number_set_off_after_a_group_is_part_of_it(extract):
    found = _measures(extract, "The freed captives — five men and two women — were taken to a clinic.")
    assert found[0] == (5, Measure.CAPTURED)


def test_a_particle_taken_as_a_qualifier_does_not_lose_the_measure(extract):
    assert [m for _, m in _measures(extract, "In return, the rebels handed over 40 soldiers.")] == [Measure.CAPTURED]


@pytest.mark.parametrize("sentence", [
    "The rebels said they had seized more than 30 army outposts and two border crossings.",
    "Refugees who lived in two camps near the river were moved in January.",
    "A drone hit a nine-storey block where displaced families were sheltering.",
    "Kidnappings rose in the 3,000-strong force's area, where many were displaced.",
    "The camp, in a slum of about 90,000 people, has taken in displaced families.",
    "The fighting in areas held by the rebels killed civilians, but no toll was given as the war entered "
    "its 10th month.",
])
def test_things_sizes_and_populations_are_not_figures(extract, sentence):
    assert _measures(extract, sentence) == []


def test_the_areas_a_party_holds_are_no_captives(extract):
    assert _measures(extract, "Deaths in areas held by the rebels reached 640, medics said.") == \
        [(640, Measure.KILLED)]


def test_killed_or_injured_after_were_is_one_casualty_count(extract):
    assert _measures(extract, "More than 80 people were killed or injured in the blast.") == \
        [(80, Measure.CASUALTIES)]


def test_a_second_predicate_after_and_still_speaks_of_the_group(extract):
    assert _measures(extract, "About 5,000 refugees were living near the river, mostly in the north, and had "
                              "been affected by the floods.") == [(5000, Measure.AFFECTED)]


def test_a_verb_right_before_the_number_outranks_the_group_noun_after_it(extract):
    assert _measures(extract, "Rebels executed 8 prisoners, witnesses said.") == [(8, Measure.KILLED)]
    assert _measures(extract, "The whereabouts of 40 detainees are unknown.") == [(40, Measure.MISSING)]


def test_a_short_quote_around_the_number_does_not_cut_it_from_its_measure(extract):
    assert _measures(extract, 'The governor said that "about 600 residents" had been moved out overnight.') == \
        [(600, Measure.EVACUATED)]


def test_a_measure_said_of_a_share_of_the_group_is_not_the_groups(extract):
    assert _measures(extract, "Some 900,000 people live in the valley, about half of them displaced by earlier "
                              "fighting.") == []


def test_a_measure_before_a_relative_clause_does_not_reach_into_it(extract):
    found = _measures(extract, "Police said 14 people were injured at the bridge, where thousands had gathered.")
    assert found == [(14, Measure.INJURED)]


def test_measure_words_after_including_name_the_parts(extract):
    found = extract("Field report\nAnalysts say Russian losses number about 90,000, including dead and wounded.",
                    PUB)
    assert [(f.measure, f.side) for f in found] == [(Measure.CASUALTIES, "russia")]


def test_children_of_a_parent_are_not_a_count(extract):
    assert _measures(extract, "Amina, a mother of four who fled her village, waits at the clinic.") == []
