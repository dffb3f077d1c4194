"""A claimant a fresh week of official documents showed (session 12): "the statement said" after
"the office said in a statement" is the office's, not the words before "statement"."""

import datetime as dt

PUB = dt.date(2024, 7, 9)


def test_the_statement_said_gives_the_figure_to_the_statements_issuer(extract):
    text = ("ALMATY, July 9 - Kazakhstan's Interior Ministry said on Tuesday that 11 people were killed "
            "in clashes in Zhanatas.\n\n"
            "A further 85 people were injured, the ministry said in a statement posted online.\n\n"
            "Of those held, 40 have been charged with rioting, the statement said.")
    charged = [f for f in extract(text, PUB) if f.value == 40][0]
    assert charged.claimant == "Kazakhstan's Interior Ministry"
