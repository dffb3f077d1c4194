"""Who is counted and whose they are: agents are not the group, groups referred back keep theirs."""

import datetime as dt

from app.domain import Who

PUB = dt.date(2024, 3, 4)


def _groups(extract, text):
    return [(f.value or f.low, f.who, f.side) for f in extract("Field report\n" + text, PUB)]


def test_the_force_that_frees_people_is_not_the_group_freed(extract):
    assert _groups(extract, "Ukrainian troops freed six Russians held in a basement.") == [(6, Who.PEOPLE, "russia")]


def test_a_passive_subject_is_still_the_group(extract):
    assert _groups(extract, "At least 40 soldiers had been killed, 12 of them near the airport.")[1][1] == Who.SOLDIERS


def test_a_group_named_in_a_later_clause_is_not_counted(extract):
    assert _groups(extract, "One man died and 14 were wounded when Russian soldiers opened fire.")[1] == \
        (14, Who.PEOPLE, None)


def test_a_side_before_a_noun_for_the_toll_is_the_group(extract):
    assert _groups(extract, "The army put Ukrainian fatalities at under 300.") == [(300, Who.PEOPLE, "ukraine")]
    assert _groups(extract, "Israeli forces killed 20 in the raid.")[0][2] is None


def test_a_side_describing_another_group_owns_nothing(extract):
    found = _groups(extract, "The agency for Sudanese refugees said 14 of its employees were killed.")
    assert found == [(14, Who.PEOPLE, None)]


def test_the_party_that_wins_its_people_back_is_their_side(extract):
    assert _groups(extract, "Ukraine wins back 90 prisoners in a new exchange")[0][2] == "ukraine"


def test_the_number_of_names_the_group_after_it(extract):
    found = _groups(extract, "The exchange brought to 3,100 the number of Ukrainians freed since 2022.")
    assert found == [(3100, Who.PEOPLE, "ukraine")]


def test_a_bare_number_in_a_list_has_the_group_of_the_one_before(extract):
    found = _groups(extract, "Medics said 15 children had died and 40 were hurt in the stampede.")
    assert [who for _, who, _ in found] == [Who.CHILDREN, Who.CHILDREN]
    found = _groups(extract, "The strike killed 12 people, including four children, and wounded 30.")
    assert found[-1][1] == Who.PEOPLE


def test_a_part_has_its_wholes_side(extract):
    found = _groups(extract, "The ministry said 5,200 Palestinians had been killed, including 2,000 held in "
                             "the south.")
    assert [side for *_, side in found] == ["palestine", "palestine"]


def test_a_precise_group_set_off_by_dashes_replaces_a_plain_one(extract):
    found = _groups(extract, "The militia released 20 hostages — women and children — on Sunday.")
    assert found == [(20, Who.CIVILIANS, None)]


def test_mixed_and_police_groups_are_people(extract):
    assert _groups(extract, "About 300 soldiers and civilians are still held by the rebels.")[0][1] == Who.PEOPLE
    assert _groups(extract, "A union said 14 officers had lost their lives this year.")[0][1] == Who.PEOPLE


def test_the_group_that_suffered_the_losses_is_counted(extract):
    found = _groups(extract, "Commanders said enemy forces had suffered some 9,000 casualties since May.")
    assert found[0][1] == Who.SOLDIERS


def test_staff_of_an_agency_are_civilians_but_not_with_their_families(extract):
    assert _groups(extract, "The charity said 11 staff members were killed.")[0][1] == Who.CIVILIANS
    assert _groups(extract, "The UN evacuated 400 staff and their families by road.")[0][1] == Who.PEOPLE


def test_rescue_teams_are_civilians(extract):
    assert _groups(extract, "Two members of a rescue team were killed by falling debris.")[0][1] == Who.CIVILIANS


def test_a_demonym_a_few_words_after_the_number_is_the_side_but_not_a_place_or_a_source(extract):
    assert _groups(extract, "Ambulances carried 40 badly wounded Palestinians to the crossing.")[0][2] == "palestine"
    assert _groups(extract, "Strikes killed at least 12 across Ukraine")[0][2] is None
    assert _groups(extract, "The barrage killed 9 and injured 50, Ukrainian officials said.")[1][2] is None


def test_army_or_government_soldiers_belong_to_the_state_the_article_is_about(extract):
    text = ("Fighting in Sudan\n"
            "Fighting spread across Sudan on Monday. The rebels said they had captured 300 army soldiers "
            "near the river.")
    assert _groups(extract, text)[0][1:] == (Who.SOLDIERS, "sudan")
    text = ("Fighting in Sudan\n"
            "Fighting spread across Sudan on Monday. The group said it held 200 Islamic State fighters in its prisons.")
    assert _groups(extract, text)[0][2] is None


def test_a_group_named_after_including_belongs_to_the_part(extract):
    found = _groups(extract, "The strike killed scores, including children, officials said.")
    assert found[0][1] == Who.PEOPLE


def test_a_group_referred_back_keeps_its_side(extract):
    text = ("Kyiv traces 9,000 missing children\n"
            "Officials are searching for Ukrainian children taken during the occupation. They said 9,000 children "
            "had been taken to Russia and that 240 children had been brought home.")
    assert [f.side for f in extract(text, PUB)] == ["ukraine", "ukraine", "ukraine"]


def test_others_right_after_a_figure_are_the_same_kind_of_group(extract):
    found = _groups(extract, "Four paramedics were killed when the ambulance was hit. Two other colleagues "
                             "were hurt.")
    assert [who for _, who, _ in found] == [Who.CIVILIANS, Who.CIVILIANS]
