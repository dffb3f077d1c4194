"""side, parts_of and other non-place fields in phrasings like those of the blind-written dev
articles 81–190, reworded with other names and places."""

import datetime as dt

PUB = dt.date(2024, 9, 3)  # a Tuesday
HEADLINE = "Fighting goes on in the north\n\n"


def figures(extract, text):
    return {f.low if f.low is not None else f.high: f for f in extract(HEADLINE + text, PUB)}


def test_a_bare_number_after_a_sides_soldiers_keeps_their_side(extract):
    text = "Five Sudanese soldiers were killed and eight wounded in the raid on the garrison, the army said."
    got = figures(extract, text)
    assert got[5].side == "sudan"
    assert got[8].side == "sudan"


def test_a_side_after_when_is_the_attacker_not_the_group(extract):
    text = ("Three Ethiopian soldiers died and six wounded when Eritrean troops shelled a hilltop post "
            "near the frontier, officials said.")
    got = figures(extract, text)
    assert got[6].side == "ethiopia"


def test_people_uprooted_after_soldiers_are_no_soldiers(extract):
    text = "Four soldiers killed and more than 2,300 displaced by clashes in the hills of the province"
    got = figures(extract, text)
    assert got[2300].who.value == "people"
    assert got[2300].side is None


def test_a_bare_number_after_a_civilian_demonym_stays_open(extract):
    text = "The ministry said 120 Palestinians had been killed and 340 wounded since Sunday."
    got = figures(extract, text)
    assert got[120].side == "palestine"
    assert got[340].side is None


def test_more_soldiers_in_the_next_sentence_keep_the_side(extract):
    text = ("Six Malian soldiers were killed and nine wounded in the ambush, the army said. "
            "Three more troops were missing, it added.")
    got = figures(extract, text)
    assert got[3].side == "mali"


def test_among_the_dead_far_from_its_toll_is_no_part_of_the_evacuated(extract):
    text = ("Floods killed at least 44 people in the highlands, the disaster agency said on Monday.\n\n"
            "Rescuers were digging through mud in two villages, officials said.\n\n"
            "\"The river rose in minutes,\" said a farmer who lost his barn.\n\n"
            "Aid convoys were stuck on the main road.\n\n"
            "The agency said 210 people had been injured and that more than 30,000 people had been "
            "evacuated from river towns.\n\n"
            "Among the dead were seven members of one household in a hill village.")
    got = figures(extract, text)
    assert got[7].parts_of == got[44].id
