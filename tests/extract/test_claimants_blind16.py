"""Claimant rules from the blind batch 239–246, tested on other wording, names and places."""

import datetime as dt

PUB = dt.date(2024, 3, 5)


def test_a_rank_written_out_before_a_name_is_no_part_of_it(extract):
    text = ('"We found 14 bodies in the river," army spokesman Colonel Tomas Ferreira Lima told reporters.\n\n'
            'Eight people drowned in Pelotas, Deputy Commissioner Rhoda Akinyi said.')
    assert [f.claimant for f in extract(text, PUB)] == ["Tomas Ferreira Lima", "Rhoda Akinyi"]


def test_a_based_or_linked_compound_before_a_name_is_dropped(extract):
    text = ("More than 900 people were abducted in the province last year, according to the Nairobi-based "
            "research group Horn Data Lab.\n\nThe Kremlin-backed Volta Group said it had killed 12 soldiers.")
    assert [f.claimant.removeprefix("The ") for f in extract(text, PUB)] == ["Horn Data Lab", "Volta Group"]


def test_a_time_phrase_before_the_subject_is_no_part_of_the_source(extract):
    text = ("* Eastern Province disaster agency says 40 dead\n\n"
            "By the evening the province disaster agency said 40 people had died.")
    assert [f.claimant for f in extract(text, PUB)][-1] == "Eastern Province disaster agency"


def test_an_initialism_linked_compound_is_no_verb(extract):
    text = "Police said 3 died.\n\nIS-linked Jund Front said it had killed 12 soldiers."
    assert [f.claimant for f in extract(text, PUB)] == ["Police", "Jund Front"]


def test_a_name_behind_a_lower_case_arabic_article_is_a_source(extract):
    text = "Police said 3 died.\n\nIn a video on its website, al-Nusra claimed its men had killed 14 guards."
    assert [f.claimant for f in extract(text, PUB)] == ["Police", "al-Nusra"]


def test_the_body_is_not_its_spokesperson_named_earlier(extract):
    text = ("Nine people died in the blaze at the depot, the Northern Fire Service said.\n\n"
            "About 40 were evacuated, a fire service spokesman told local radio. The spokesman, Olav Brekke, "
            "said two firefighters were missing.\n\nFour workers were detained, the fire service said.")
    assert [f.claimant for f in extract(text, PUB)][-1] == "the Northern Fire Service"


def test_a_body_s_own_statement_is_the_body_s_claim(extract):
    text = ("Nine people died in the blaze at the depot, the Northern Fire Service said.\n\n"
            "The fire service's first bulletin, issued at noon, reported four dead.")
    assert [f.claimant for f in extract(text, PUB)] == ["the Northern Fire Service"] * 2


def test_a_village_head_named_in_apposition_is_the_source(extract):
    text = "At least 11 bodies were found in Kadoli, according to the village headman, Tomas Oyelaran."
    assert [f.claimant for f in extract(text, PUB)] == ["Tomas Oyelaran"]


def test_a_lower_case_body_after_a_time_phrase_is_the_source(extract):
    text = "Twenty people died in the fire. Earlier that morning, the county fire brigade had reported 14 dead."
    assert [f.claimant for f in extract(text, PUB)] == [None, "the county fire brigade"]


def test_a_bullet_s_verbless_clause_after_a_semicolon_keeps_its_speaker(extract):
    text = ("Flood toll rises in river valley\n\n- Fire service says 12 bodies found; 30 still missing\n"
            "- Six were injured; police say 40 missing\n\nRain continued on Monday.")
    assert [f.claimant for f in extract(text, PUB)] == ["Fire service", "Fire service", None, "police"]


def test_unowned_reports_that_a_figure_is_true_are_its_source(extract):
    text = ("The army spokesman, Col. Ibra Sow, rejected unverified reports in local media that "
            "more than 70 soldiers had been killed.")
    assert [f.claimant for f in extract(text, PUB)] == ["unverified reports in local media"]
