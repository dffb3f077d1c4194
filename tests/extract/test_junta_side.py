"""A junta is the army of whichever country the story is about, not always Myanmar's."""

import datetime as dt

PUB = dt.date(2025, 2, 11)


def sides(extract, text):
    return {f.value: f.side for f in extract(text, PUB)}


def test_junta_soldiers_in_a_sahel_story_are_that_countrys(extract):
    text = ("Jihadists overrun army post in northern Burkina Faso\n\n"
            "OUAGADOUGOU, Feb 11 (AFP) - Militants killed 23 junta soldiers when they stormed a "
            "post near Arbinda in Burkina Faso on Sunday, security sources said. Burkina Faso has "
            "been ruled by the military since a coup in 2022.")
    assert sides(extract, text)[23] == "burkina-faso"


def test_junta_troops_in_a_myanmar_story_stay_myanmars(extract):
    text = ("Resistance fighters seize town in Myanmar's Sagaing region\n\n"
            "YANGON, Feb 11 - Resistance fighters said they killed 31 junta troops while taking "
            "the town of Kawlin in Myanmar's Sagaing region, a claim the military did not confirm.")
    assert sides(extract, text)[31] == "myanmar"


def test_a_junta_in_a_sentence_does_not_make_civilians_myanmars(extract):
    text = ("Niger says civilians killed in attack near Tillaberi\n\n"
            "NIAMEY, Feb 11 (Reuters) - Gunmen killed 17 civilians in a village near Tillaberi, "
            "Niger's junta said in a statement read on state television.")
    assert sides(extract, text)[17] is None
