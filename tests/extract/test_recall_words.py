"""Words that say what happened to the people counted, found missing on fresh text: bodies that
were cremated or are skeletons, people seized or intercepted, a running total brought to a new
number; and an age limit after a group ("children under 12") that is not a figure."""

import datetime as dt

PUB = dt.date(2025, 10, 8)


def figures(extract, text):
    return [(f.value, f.measure.value) for f in extract(text, PUB)]


def test_people_cremated_are_bodies(extract):
    assert figures(extract, '"Our family cremated four of them at the river on Friday," a neighbour said.') == \
        [(4, "bodies")]


def test_skeletons_are_bodies(extract):
    assert figures(extract, "Forensic teams have so far recovered 19 skeletons from the pit.") == [(19, "bodies")]


def test_people_seized_in_a_raid_are_captured(extract):
    text = "Gunmen stormed the bus station, shooting dead six passengers and seizing about 30 others."
    assert figures(extract, text) == [(6, "killed"), (30, "captured")]


def test_people_intercepted_at_a_border_are_captured(extract):
    text = "Border guards said they had intercepted 140 people trying to cross the river at night."
    assert figures(extract, text) == [(140, "captured")]


def test_a_total_brought_to_a_new_number_counts_what_the_figure_before_it_counts(extract):
    text = ("Divers pulled two more bodies from the reservoir on Sunday afternoon, bringing the "
            "total to 23.")
    assert figures(extract, text) == [(2, "bodies"), (23, "bodies")]


def test_an_age_limit_after_children_is_not_a_figure(extract):
    text = "The hospital said 41 of the wounded were children under 12 and 9 were boys older than 15."
    values = [v for v, _ in figures(extract, text)]
    assert 41 in values and 9 in values
    assert 12 not in values and 15 not in values


def test_headline_verbs_in_the_present(extract):
    assert figures(extract, "Shelling of market kills 4, injures 19") == [(4, "killed"), (19, "injured")]
    assert figures(extract, "Gang war uproots 12,000 in Port-de-Paix") == [(12000, "displaced")]


def test_families_after_a_conjunction_do_not_make_a_count_of_households(extract):
    assert figures(extract, "Clashes displace more than 3,000 as families flee to the hills") == [(3000, "displaced")]


def test_a_quoted_breakdown_opening_with_of_those(extract):
    text = ('"We moved 210 people to safety overnight," the mayor said. '
            '"Of those, 90 went to the stadium and 35 to the parish hall."')
    found = extract(text, PUB)
    assert [(f.value, f.measure.value) for f in found] == [(210, "evacuated"), (90, "evacuated"), (35, "evacuated")]
    assert found[1].parts_of == found[0].id


def test_an_earlier_count_after_a_comma_and_from(extract):
    text = "Officials said the number of people missing had dropped to 12, from more than 60 on Friday."
    assert figures(extract, text) == [(12, "missing"), (60, "missing")]


def test_one_family_is_not_a_figure_but_family_members_are(extract):
    assert figures(extract, "In Birni, nine members of one family died when their house collapsed.") == \
        [(9, "killed")]
    assert figures(extract, "The blast killed six family members.") == [(6, "killed")]


def test_headline_evacuates_and_helping_bury(extract):
    assert figures(extract, "Mongolia evacuates over 8,000 as river bursts its banks") == [(8000, "evacuated")]
    assert figures(extract, "The imam said he had helped bury 26 people since Friday.") == [(26, "bodies")]


def test_rain_depths_and_animals_are_not_people(extract):
    text = ("More than 80 millimetres of rain fell overnight, and the flood killed 12 people and an "
            "estimated 40,000 alpacas.")
    assert figures(extract, text) == [(12, "killed")]


def test_a_second_part_keeps_the_whole_when_a_later_clause_names_another_measure(extract):
    text = ("By Friday the ministry put the toll at 31, including 12 women and three children, after "
            "more of the wounded died in hospital.")
    found = extract(text, PUB)
    assert [(f.value, f.measure.value, f.parts_of) for f in found] == \
        [(31, "killed", None), (12, "killed", found[0].id), (3, "killed", found[0].id)]


def test_of_those_names_the_group_and_an_earlier_value_is_no_whole(extract):
    text = ("Authorities evacuated more than 9,000 people. Two people drowned. The governor said 5,200 "
            "of those evacuated came from riverside villages.")
    found = extract(text, PUB)
    assert found[-1].parts_of == found[0].id
    text = ("Cholera has killed 44 people this year, the ministry said, up from 30 a week earlier. "
            "Officials are worried. The capital accounted for 12 of the deaths.")
    found = extract(text, PUB)
    assert found[-1].parts_of == found[0].id
