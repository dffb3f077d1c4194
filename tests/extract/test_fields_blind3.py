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
