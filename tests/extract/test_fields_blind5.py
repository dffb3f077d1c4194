"""Fields on the regional-outlet, NGO/UN release and state-media batch (143-150 kinds): closing
notes that the figures could not be verified; each test is a short report of its own
(tests/gold/GUIDELINES.md)."""

import datetime as dt

PUB = dt.date(2025, 3, 11)


def _by_value(figures):
    return {f.value: f for f in figures}


def test_neither_claim_hedges_the_two_claims_before(extract):
    text = ("Fighting in Kadugli\n\n"
            "The rebel movement said on Monday that its fighters had killed 60 government soldiers.\n\n"
            "The army said it had repelled the assault and killed more than 90 rebels. "
            "Neither claim could be independently verified.\n\n"
            "Local doctors said 14 civilians were wounded.")
    figures = _by_value(extract(text, PUB))
    assert figures[60].hedged and figures[90].hedged
    assert not figures[14].hedged


def test_a_closing_note_on_kinds_of_figures_hedges_those_measures(extract):
    text = ("Flash update\n\n"
            "Some 21,000 people have fled their homes since 2 March, according to local authorities.\n\n"
            "At least nine people were killed and 17 injured in raids on villages in the district.\n\n"
            "Death and injury figures in this note were supplied by district officials; the agency has not "
            "been able to verify them independently.")
    figures = _by_value(extract(text, PUB))
    assert figures[9].hedged and figures[17].hedged
    assert not figures[21000].hedged


def test_figures_given_by_either_side_are_hedged_for_both_disputing_parties(extract):
    text = ("Clashes in the north\n\n"
            "The army said 40 insurgents were killed in the clashes.\n\n"
            "The insurgents' alliance denied the army's toll, saying only five of its fighters had died.\n\n"
            "A nurse at the district hospital said 12 wounded civilians had been admitted.\n\n"
            "The newspaper was unable to independently verify the figures given by either side.")
    figures = _by_value(extract(text, PUB))
    assert figures[40].hedged
    assert not figures[12].hedged


def test_an_as_of_date_in_the_title_dates_the_undated_figures(extract):
    text = ("Chad: Ouaddai refugee influx - Situation Report No. 4 (as at 7 March 2025)\n\n"
            "ABECHE, 11 March 2025 - Issued by the relief agency\n\n"
            "Some 5,400 new refugees have crossed the border into Ouaddai province.\n\n"
            "At least 23 people were killed in a raid on a border village on 2 March, local officials said.")
    figures = _by_value(extract(text, PUB))
    assert figures[5400].as_of == dt.date(2025, 3, 7)


def test_a_title_without_as_of_keeps_the_publication_date(extract):
    text = ("Chad: refugee influx continues after 7 March 2025 raids\n\n"
            "Some 5,400 new refugees have crossed the border into Ouaddai province.")
    figures = _by_value(extract(text, PUB))
    assert figures[5400].as_of == PUB


def test_said_on_a_weekday_dates_the_statement_of_an_unread_speaker(extract):
    text = ("Floods in the valley\n\n"
            "Emergency 911 official Faisal Memon said on Sunday that divers had recovered 11 bodies "
            "from the river.")
    figures = _by_value(extract(text, PUB))  # PUB is a Tuesday
    assert figures[11].as_of == dt.date(2025, 3, 9)


def test_a_statement_issued_on_a_weekday_evening_dates_its_toll(extract):
    text = ("Raid on a market\n\n"
            "The regional police, in a statement issued on Sunday night, put the death toll at 19.")
    figures = _by_value(extract(text, PUB))
    assert figures[19].as_of == dt.date(2025, 3, 9)


def test_an_opening_statement_date_reaches_past_the_sources_apposition(extract):
    text = ("Shelling of a camp\n\n"
            "In a post on Sunday evening, the Relief Committee, a group of volunteers who run the camp's "
            "bakery and a first-aid post, said that 15 residents had been killed.")
    figures = _by_value(extract(text, PUB))
    assert figures[15].as_of == dt.date(2025, 3, 9)


def test_a_scale_word_after_an_amount_glued_to_its_currency_is_no_figure(extract):
    text = ("Relief\n\nThe minister said 40 people had died and that Tk300 million and Ksh2.5 billion "
            "had been set aside for the families.")
    assert [f.value for f in extract(text, PUB)] == [40]


def test_a_source_that_puts_the_toll_higher_does_not_dispute_it(extract):
    text = ("Shelling of a market\n\n"
            "At least 18 people were killed in the shelling, the local council said.\n\n"
            "A rights monitor put the toll higher, saying on Monday that 25 people had died.")
    figures = _by_value(extract(text, PUB))
    assert figures[18].disputed_by is None


def test_calling_the_figures_circulated_by_a_source_false_disputes_that_sources_figures(extract):
    text = ("Camp attack\n\n"
            "The Darfur Medics Union said 44 people had been killed in the camp since Friday.\n\n"
            "The Northern Brigades called the figures circulated by the Darfur Medics Union \"pure fabrication\".")
    figures = _by_value(extract(text, PUB))
    assert (figures[44].disputed_by or "").lower() in ("the northern brigades", "northern brigades")


def test_the_second_age_of_a_pair_is_no_figure(extract):
    text = ("Strike on a school\n\nFour pupils were killed, among them two girls aged 8 and 12, and "
            "three of the wounded were aged 10, 11 or 14, the governor said.")
    values = [f.value for f in extract(text, PUB)]
    assert 12 not in values and 14 not in values and 11 not in values
    assert 4 in values


def test_arrivals_in_a_town_of_the_articles_own_country_are_displaced(extract):
    text = ("Mozambique: attacks in Cabo Delgado\n\n"
            "Insurgents attacked villages in Mozambique's Cabo Delgado province last week. According to the "
            "migration agency, 4,100 people have arrived in Pemba since Monday.")
    figures = _by_value(extract(text, PUB))
    assert figures[4100].measure.value == "displaced"


def test_the_two_warring_parties_are_no_figure(extract):
    text = ("Ceasefire talks\n\nThe fighting between the two rival forces has killed at least 70 people since "
            "April, and mediators urged the three parties to return to talks.")
    assert [f.value for f in extract(text, PUB)] == [70]


def test_a_statement_posted_late_on_a_weekday_dates_its_figures(extract):
    text = ("Border post attack\n\n"
            "The rebel coalition said in a video released on its social media accounts late Sunday that its "
            "fighters had killed 35 soldiers.")
    figures = _by_value(extract(text, PUB))
    assert figures[35].as_of == dt.date(2025, 3, 9)


def test_a_revised_figure_keeps_the_date_of_the_report_that_gave_it(extract):
    text = ("Sudan: Situation Report No. 7\n\n"
            "Some 61,000 people have now been displaced from the town, according to the agency. This updates "
            "the figure of 44,500 displaced people reported in Situation Report No. 6 of 2 March.")
    figures = _by_value(extract(text, PUB))
    assert figures[44500].as_of == dt.date(2025, 3, 2)
    assert figures[61000].as_of == PUB


def test_calling_the_claim_of_n_dead_propaganda_disputes_the_figures_with_that_number(extract):
    text = ("Clashes near the border\n\n"
            "The military government said 52 insurgents were killed in the fighting.\n\n"
            "The Karenni Resistance Council called the claim of 52 dead \"lies\" and said only two of its "
            "fighters had died.")
    figures = extract(text, PUB)
    first = next(f for f in figures if f.value == 52)
    assert first.disputed_by and "Karenni" in first.disputed_by
