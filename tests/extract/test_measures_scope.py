"""Which counts are figures and of what: homes lost, people moved, remains, arrests; counts of
places, events, aid recipients, survivors and people under orders are not; parts keep their group."""

import datetime as dt

import pytest

from app.domain import Measure, Who

PUB = dt.date(2024, 3, 4)


def _figures(extract, text):
    return extract("Field report\n" + text, PUB)


def _measures(extract, text):
    return [(f.value or f.low, f.measure) for f in _figures(extract, text)]


@pytest.mark.parametrize("sentence, value, measure", [
    ("The storm surge left some 9,000 people made homeless along the delta.", 9000, Measure.DISPLACED),
    ("Nearly 2,500 farmers fled into the forest when the raiders came.", 2500, Measure.DISPLACED),
    ("A further 1,140 are in relief camps on the edge of the district.", 1140, Measure.DISPLACED),
    ("About 700 people were bussed out of the valley on Friday.", 700, Measure.EVACUATED),
    ("Another 54 were moved out of the clinic overnight.", 54, Measure.EVACUATED),
    ("Roughly 8,000 residents have left under the evacuation order, the mayor said.", 8000, Measure.EVACUATED),
    ("More than 6,000 people had to be evacuated after the levee broke.", 6000, Measure.EVACUATED),
    ("Fewer than 90 sets of remains have been identified so far.", 90, Measure.BODIES),
    ("Five bodies washed up on the beach overnight.", 5, Measure.BODIES),
    ("Six suspected traffickers were arrested at the port.", 6, Measure.CAPTURED),
])
def test_people_who_lost_homes_were_moved_or_found_are_figures(extract, sentence, value, measure):
    assert _measures(extract, sentence) == [(value, measure)]


@pytest.mark.parametrize("sentence", [
    "The governor ordered the evacuation of 14 communities along the coast.",
    "Aid reached the three unions worst hit by the flood.",
    "Around 300 pupils at the school must be moved out within a month, the ministry said.",
    "Some 9,000 residents are under evacuation orders.",
    "Police ordered 4,000 people to evacuate the island.",
    "The wreck was found on Sunday. Among the survivors were seven fishermen.",
    "The coastguard said 45 migrants were rescued on Tuesday.",
])
def test_places_orders_and_survivors_are_no_figures(extract, sentence):
    assert _measures(extract, sentence) == []


def test_one_event_is_not_a_count_of_people(extract):
    assert _measures(extract, "Eight people were killed in one attack on a bus station.") == [(8, Measure.KILLED)]


def test_people_in_two_districts_are_counted_not_the_districts(extract):
    assert _measures(extract, "Around 15,000 people in the two unions were now homeless.") == \
        [(15000, Measure.DISPLACED)]


def test_people_in_need_of_aid_take_no_measure_from_an_earlier_number(extract):
    text = "The fighting has displaced 200,000 people, and about 1.5 million people need humanitarian aid."
    assert _measures(extract, text) == [(200000, Measure.DISPLACED)]
    assert _measures(extract, "Some 30,000 displaced people need humanitarian aid.") == [(30000, Measure.DISPLACED)]


def test_a_projected_relocation_stays_a_hedged_figure(extract):
    [figure] = _figures(extract, "Up to 10,000 people may have to be relocated.")
    assert figure.measure == Measure.EVACUATED and figure.hedged


def test_a_part_of_them_keeps_the_group_it_is_part_of(extract):
    figures = _figures(extract, "At least 80 Sudanese soldiers crossed into Chad. A dozen of them were wounded.")
    assert [(f.who, f.side) for f in figures] == [(Who.SOLDIERS, "sudan"), (Who.SOLDIERS, "sudan")]
    assert figures[1].parts_of == 1


def test_a_share_set_off_by_dashes_does_not_name_the_group(extract):
    [figure] = _figures(extract, "About 600 people — mostly women and children — were displaced.")
    assert figure.who == Who.PEOPLE


@pytest.mark.parametrize("sentence, hedged", [
    ("Thousands are thought to have fled the city since January.", True),
    ("About 900 people are missing and believed to be buried under the mud.", True),
    ("Some 60 hostages are thought to remain in the tunnels.", True),
    ("A further 400 were missing, including 150 children who were believed to be trapped.", True),
    ("In the delta alone, about 70,000 people have been made homeless, officials estimate.", True),
    ("The army said it had detained 300 suspected rebels in the north.", False),
    ("As many as 200 villagers could not be reached and were unaccounted for.", False),
    ("At least 35 people were killed, and the true toll is thought to be higher.", False),
    ("The true toll is thought to be far higher than the 35 deaths confirmed so far.", False),
    ("Dozens are feared dead, and 120 were injured.", False),
    ("The agency estimated that 3,000 were killed, and that 8,000 were displaced.", True),
    ("Medics warned that the toll could rise to 500.", True),
    ("Dozens of people are reported to have been killed.", True),
    ("At least 50 people died and the toll is expected to rise.", False),
    ("The death toll rose to 64 and could climb further.", False),
    ("The rebels put army losses at about 900 killed, a figure the army has not confirmed.", True),
])
def test_a_hedge_marks_the_figures_of_its_own_clause(extract, sentence, hedged):
    figures = _figures(extract, sentence)
    assert figures and figures[-1].hedged is hedged


def test_a_projection_hedges_its_own_figure_not_the_one_already_counted(extract):
    figures = _figures(extract, "The agency said it was preparing for up to 50,000 people to flee into Uganda, "
                                "and that 6,000 had already crossed into Uganda.")
    assert [(f.value or f.high, f.hedged) for f in figures] == [(50000, True), (6000, False)]


def test_moving_people_is_an_evacuation_unless_they_were_only_told_to_move(extract):
    assert _measures(extract, "Medics managed to move 31 injured patients out of the city.") == \
        [(31, Measure.EVACUATED)]
    assert _measures(extract, "The army told the roughly 200,000 residents of the valley to move south.") == []
    [planned] = _figures(extract, "The ministry plans to move 5,000 people to new housing.")
    assert planned.measure == Measure.EVACUATED and planned.hedged


@pytest.mark.parametrize("sentence, who, side", [
    ("At least 90 members of Sudan's border police and army soldiers crossed into Chad.", Who.SOLDIERS, "sudan"),
    ("Some 40 police and soldiers were killed in the ambush.", Who.SOLDIERS, None),
    ("Some 20 members of the Haitian police were killed.", Who.PEOPLE, "haiti"),
    ("Twelve policemen were killed on Monday.", Who.PEOPLE, None),
])
def test_police_are_people_unless_counted_together_with_soldiers(extract, sentence, who, side):
    [figure] = _figures(extract, sentence)
    assert (figure.who, figure.side) == (who, side)
