"""A document that is a body's own (a situation report or a review with the body's masthead under
its title, a briefing note "summary of what was said by X spokesperson", a headline "Ministry of
X: statement on …") gives the body every figure that names no other source."""

import datetime as dt

PUB = dt.date(2025, 4, 2)


def test_a_masthead_under_the_title_names_the_reports_body(extract):
    text = ("CHAD: Ouaddaï floods – Flash Update No. 2\n"
            "World Food Programme (WFP) | Issued: 2 April 2025\n\n"
            "KEY FIGURES\n"
            "• Floods have displaced some 14,000 people in Abéché since 28 March.\n"
            "• At least nine people have died, local authorities said.\n")
    figures = {f.value: f.claimant for f in extract(text, PUB)}
    assert figures[14000] == "WFP" and figures[9] == "local authorities"


def test_a_monthly_review_masthead(extract):
    text = ("Sahel Conflict Tracker – March 2025\n"
            "Observatoire du Sahel Central (OSC) | Monthly review | Bamako, 2 April 2025\n\n"
            "Overview\n\n"
            "Armed groups carried out 61 attacks in central Mali in March, killing at least 212 "
            "civilians in Mopti and Ségou regions.")
    figures = [f for f in extract(text, PUB) if f.value == 212]
    assert figures and figures[0].claimant == "OSC"


def test_a_briefing_note_is_the_spokespersons_body(extract):
    text = ("Arrivals from Sudan in Chad climb\n\n"
            "This is a summary of what was said by WFP spokesperson Anna Berg at today's press "
            "briefing in Geneva.\n\n"
            "Some 22,000 refugees have crossed into eastern Chad since March 1, most of them women "
            "and children.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(22000, "WFP")]


def test_a_ministrys_statement_headline(extract):
    text = ("Ministry of Humanitarian Affairs: statement on the Kasai floods\n"
            "KINSHASA, 2 April 2025 – The Ministry of Humanitarian Affairs (MAH) announces that "
            "relief teams have reached Tshikapa.\n\n"
            "In total, 4,300 people have been evacuated from low-lying districts of the city.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(4300, "MAH")]


def test_a_news_story_with_a_bylined_masthead_is_no_bodys_document(extract):
    text = ("Floods kill 12 in Abéché\n"
            "By Amina Saleh | Reuters | 2 April 2025\n\n"
            "Floods have killed 12 people in the Chadian town of Abéché.")
    assert all(f.claimant is None for f in extract(text, PUB))
