"""Claimant rules from blind batch 159–166, each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def test_a_described_name_keeps_its_particles(extract):
    text = ("Unrest in the capital\n\n"
            "The opposition alliance Frente Amplio del Sur said soldiers killed 9 people on Friday. "
            "The Frente Amplio also says 4 people are missing.")
    assert [f.claimant for f in extract(text, PUB)] == ["Frente Amplio del Sur", "Frente Amplio del Sur"]


def test_a_headline_kind_of_body_is_the_body_the_story_names(extract):
    text = ("Opposition says 14 killed in Lomé protests\n\n"
            "The opposition party Union des Forces du Changement says police shot dead 14 protesters.")
    assert [f.claimant for f in extract(text, PUB)] == ["Union des Forces du Changement"] * 2


def test_the_opposition_s_figure_is_denied_after_the_body_is_named(extract):
    text = ("Protests turn deadly\n\n"
            "The opposition coalition Alianza Cívica de Honduras says troops killed 22 people in the north. "
            "Interior minister Carlos Ruiz said on Thursday that four had died, and called the opposition's "
            "figure a lie.")
    figures = extract(text, PUB)
    assert figures[0].claimant == "Alianza Cívica de Honduras"
    assert figures[0].disputed_by == "Carlos Ruiz"


def test_a_headline_body_counting_is_its_claim(extract):
    text = ("Oxfam records 30 deaths in Sahel camps\n\n"
            "Oxfam International said on Monday that 30 people had died in two camps near Gao.")
    assert [f.claimant for f in extract(text, PUB)] == ["Oxfam International", "Oxfam International"]


def test_a_headline_country_recording_deaths_names_no_source(extract):
    text = ("Peru records 40 deaths in floods\n\n"
            "Floods in the north of the country have killed 40 people since March.")
    assert [f.claimant for f in extract(text, PUB)] == [None, None]


def test_a_preposition_left_by_a_relative_clause_is_no_speaker(extract):
    text = ("Detention report\n\n"
            "Human Rights Watch said it had recorded 19 deaths in detention. "
            "It also listed 25 abductions, during which families were not told where anyone was held. "
            "Seven of the deaths occurred at a single jail, the report said.")
    assert [f.claimant for f in extract(text, PUB)] == ["Human Rights Watch"] * 3


def test_a_bracketed_passive_names_the_source_of_its_row(extract):
    text = ("Flash update\n\nKEY FIGURES\n"
            "31 civilians killed (verified by partners)\n"
            "About 40 were wounded (reported by the health ministry) in the town.\n")
    assert [f.claimant for f in extract(text, PUB)] == ["partners", "the health ministry"]


def test_we_in_an_agency_s_own_dated_update_is_that_agency(extract):
    text = ("Sudan: Floods in Kassala - Flash Update No. 2\n"
            "KHARTOUM, 3 August 2024 (OCHA) - Floods have hit the state.\n\n"
            "The WHO reports 12 deaths from cholera. We estimate that some 40,000 people are affected.\n")
    assert [f.claimant for f in extract(text, PUB)] == ["The WHO", "OCHA"]


def test_we_in_a_wire_story_takes_no_credit_from_the_dateline(extract):
    from app.extract.claim_dateline import dateline_body
    assert dateline_body("NAIROBI, May 3 (Reuters) - Police said") is None
    assert dateline_body("GENEVA, 3 May 2024 (UNHCR) - The agency") == "UNHCR"


def test_a_place_before_an_inverted_said_is_no_speaker(extract):
    text = ("Floods\n\n"
            "At least 12 people remain missing in Oroya, a town 90 km east of the capital, Lima, "
            "said Ana Ruiz Delgado, the regional governor.")
    assert [f.claimant for f in extract(text, PUB)] == ["Ana Ruiz Delgado"]


def test_a_claim_opening_the_next_clause_leaves_the_figure_to_its_own(extract):
    text = ("Quake toll\n\n"
            "On Monday, rescuers had put the number of dead at 52, but the mayor said several bodies "
            "had been counted twice.")
    assert [f.claimant for f in extract(text, PUB)] == ["rescuers"]


def test_a_claim_in_a_later_clause_with_its_own_content_leaves_the_figure_unattributed(extract):
    text = ("Heatwave\n\n"
            "Heatwaves kill thousands of people in the region each summer, and scientists say the "
            "summers are getting longer.")
    assert [f.claimant for f in extract(text, PUB)] == [None]
