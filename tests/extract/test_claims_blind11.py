"""Claimant rules from the blind batches 81–190 (round 11), each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_relative_aside_closed_before_the_verb_is_no_subject(extract):
    text = ("Clinic overwhelmed\n\n"
            "The Norwegian Refugee Council (NRC), which runs the camp's clinic, said on Friday that its "
            "staff had treated 45 injured people.")
    assert claimants(extract, text) == ["NRC"]


def test_that_before_a_figure_word_is_a_pointer_not_a_relative(extract):
    text = ("Border clash\n\n"
            "The rebels' spokesman, Omar Kadiri, dismissed that toll in a message on Telegram, saying only "
            "five of their fighters had been killed.")
    assert claimants(extract, text) == ["Omar Kadiri"]


def test_a_subject_before_a_coordinated_verb_phrase_claims(extract):
    text = ("Funerals held\n\n"
            "The Kachin Independence Army, which rarely comments on its casualties, buried six of its "
            "soldiers on Tuesday but did not say where they had died.")
    assert claimants(extract, text) == ["The Kachin Independence Army"]


def test_a_toll_issued_by_a_body_is_its_claim(extract):
    text = ("Quake toll rises\n\n"
            "The previous count, released by the civil protection agency late on Monday, had put the "
            "number of dead at 14.")
    assert claimants(extract, text) == ["the civil protection agency"]


def test_a_unit_named_by_its_ordinal_can_claim(extract):
    text = ("Soldiers missing\n\n"
            "Three soldiers were missing after an ambush near the river crossing, the army's 4th "
            "Military District said.")
    assert claimants(extract, text) == ["the army's 4th Military District"]


def test_of_them_keeps_the_source_of_the_sentence_before(extract):
    text = ("Floods spread\n\n"
            "Some 800,000 people in 12 provinces are affected, according to the national disaster "
            "agency NDRA. Of them, 150,000 are in Kassala province.")
    found = claimants(extract, text)
    assert found[-1] == found[0] and found[0]


def test_an_official_anonymous_later_in_the_paragraph_is_not_named_after(extract):
    text = ("Landslide in the hills\n\n"
            "A provincial official said four people were buried. Another 11 were hurt, he said, speaking "
            "on condition of anonymity because he was not allowed to talk to reporters.\n\n"
            "At the hospital, director Samuel Otieno said the injured were stable.")
    assert claimants(extract, text) == ["a provincial official", "a provincial official"]
