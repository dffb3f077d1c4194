"""Fields on reports unlike the tuned ones (batch 119-126 kinds): sides of newly tracked
nationalities, denials, hedging and parts; each test is a short wire report of its own
(tests/gold/GUIDELINES.md)."""

import datetime as dt

PUB = dt.date(2025, 3, 14)


def test_newly_tracked_nationalities_give_the_counted_group_its_side(extract):
    text = ("Miners trapped\nBy Staff, Wire — LIMA, March 14, 2025\n\n"
            "At least 7 Brazilian miners were killed in a landslide near the border, police said.")
    figures = extract(text, PUB)
    assert [f.side for f in figures] == ["brazil"]


def test_a_plural_possessive_owner_covers_the_toll_of_any_such_group(extract):
    text = ("Unrest spreads\nBy Staff, Wire — ADDIS ABABA, March 14, 2025\n\n"
            "Police have killed at least 52 protesters in the north, according to the Horn Rights Monitor (HRM), "
            "a Nairobi-based watchdog group.\n\n"
            "The watchdog said on Friday that another 9 people had been killed in the capital.\n\n"
            "The security ministry rejected the watchdog groups' toll as \"invented\" and said 12 people had died.")
    figures = extract(text, PUB)
    assert [f.disputed_by for f in figures][:2] == ["The security ministry"] * 2


def test_an_age_after_an_accented_name_is_no_figure(extract):
    text = ("Floods\nBy Staff, Wire — QUITO, March 14, 2025\n\n"
            "\"The water came at night,\" said Inés Gutiérrez, 61, who fled her home with her grandson. "
            "At least 9 people were killed, officials said.")
    figures = extract(text, PUB)
    assert [f.value for f in figures] == [9]


def test_a_sum_in_a_local_currency_is_no_figure(extract):
    text = ("Storm relief\nBy Staff, Wire — MANILA, March 14, 2025\n\n"
            "The storm killed 14 people. The government released 3 billion pesos in emergency aid "
            "and 200 million naira was pledged by donors.")
    figures = extract(text, PUB)
    assert [f.value for f in figures] == [14]


def test_rejected_claims_that_n_died_disputes_the_claimed_figure_only(extract):
    text = ("Ferry disaster\nBy Staff, Wire — DHAKA, March 14, 2025\n\n"
            "The port authority has rejected reports from local journalists that 80 passengers drowned, "
            "insisting that its own count of 31 dead is correct.")
    figures = extract(text, PUB)
    assert [(f.value, f.disputed_by) for f in figures] == [(80, "The port authority"), (31, None)]
