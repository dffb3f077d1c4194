"""A body that rejects "our detention figures" in another body's release disputes every figure of
that kind the release gives, before the denial or after it, and no figure of another kind."""

import datetime as dt

PUB = dt.date(2025, 6, 20)

RELEASE = """Eritrea: UN experts alarmed by detentions

Office of the United Nations High Commissioner for Human Rights (OHCHR) | Press briefing note
Date: 20 June 2025

Since 2023, our Office has documented at least 410 people detained without charge, and 26 deaths in custody.

The Government has rejected our detention figures, saying that all those held face criminal charges.

In May alone, we documented the arrest of 37 people in Asmara.
"""


def test_rejecting_our_figures_of_a_kind_disputes_all_of_that_kind():
    from app.extract import extract_figures

    found = {f.value: f for f in extract_figures(RELEASE, PUB)}
    assert found[410].disputed_by == "The Government"
    assert found[37].disputed_by == "The Government"
    assert found[26].disputed_by is None
