"""Sources given by role and named a sentence later ("The agency's director told … Rodrigo X, who
heads the agency, said"; "A spokesman for the ministry told … Spokesman X said"), a body's own
estimates or breakdown, "raised the number of missing to N", a gloss of a title (", or
governor,"), and a verb followed by where it was said ("said in a post on Telegram")."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_role_then_the_person_who_heads_the_body(extract):
    text = ("The service's director told a briefing that 920 people had been evacuated from the valley. "
            "Marta Illanes, who heads the National Emergency Service, said more rain was expected.")
    assert claimants(extract, text) == ["Marta Illanes"]


def test_a_spokesman_for_a_body_then_spokesman_name(extract):
    text = ("A spokesman for the ministry told reporters that 14 of the dead had drowned in a river crossing. "
            "Spokesman Peter Odhiambo said divers were still searching.")
    assert claimants(extract, text) == ["Peter Odhiambo"]


def test_a_bodys_estimates_and_breakdown(extract):
    text = ("About 3,100 of the homeless are children, according to WFP estimates shared with partners. "
            "Maradi: 14 dead, according to a provincial breakdown published by the Civil Protection Directorate.")
    assert claimants(extract, text) == ["WFP", "the Civil Protection Directorate"]


def test_raised_the_number_of_missing(extract):
    assert claimants(extract, "On Monday evening, Conred raised the number of missing to 23.") == ["Conred"]


def test_a_gloss_of_a_title_and_where_it_was_said(extract):
    text = ("Three of the dead were fishermen, the Atyrau regional akim, or governor, said in a post "
            "on Telegram.")
    assert claimants(extract, text) == ["the Atyrau regional akim"]
    text = "Five people drowned, the regional governor, Aidos Serikbayev, said in a video on Facebook."
    assert claimants(extract, text) == ["Aidos Serikbayev"]


def test_a_role_with_its_place_words_finds_the_person_introduced_with_them(extract):
    text = ("The Benue State Police Command spokesman, SP Grace Ada, said 9 people were killed.\n\n"
            "Local leaders said 31 people had died.\n\n"
            "The police spokesman later rejected the figure of 31 as inflated.")
    found = extract(text, PUB)
    assert [f.disputed_by for f in found if f.value == 31] == ["Grace Ada", "Grace Ada"]


def test_a_headline_ministry_is_the_ministry_the_story_names_in_capitals(extract):
    text = ("Shelling kills 9 in border villages, ministry says\n\n"
            "ISLAMABAD (Reuters) - Cross-border shelling killed nine villagers overnight, Pakistan's "
            "Ministry of Interior said on Monday.")
    assert claimants(extract, text)[0] == "Pakistan's Ministry of Interior"
