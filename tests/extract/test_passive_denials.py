"""Disputes a fresh week of local copy showed (session 12): a figure "rejected by" someone in the
passive, the object named first ("That number was rejected by X"), even in the paragraph after the
figure, and the speaker named with an aside before "who said"."""

import datetime as dt

PUB = dt.date(2025, 6, 3)


def _figures(extract, text):
    return [(f.value, f.claimant, f.disputed_by) for f in extract(text, PUB)]


def test_a_figure_rejected_by_someone_in_the_passive_is_disputed_by_them(extract):
    text = ("The ministry said 14 people were killed in the clashes. The figure was disputed by the "
            "opposition alliance.")
    assert _figures(extract, text) == [(14, "The ministry", "the opposition alliance")]


def test_that_number_rejected_in_the_next_paragraph_disputes_the_last_figure(extract):
    text = ("In Ratnapura alone, 4,120 people had been affected by the floods, the district secretary "
            "said.\n\n"
            "That number was rejected by Kamal Silva, a member of the divisional council, who said at "
            "least 7,000 residents had been affected.")
    assert _figures(extract, text) == [(4120, "the district secretary", "Kamal Silva"),
                                       (7000, "Kamal Silva", None)]
