"""A subject's auxiliary is no part of the claimant: "UNHCR has so far registered …"."""

import datetime as dt


def test_has_so_far_after_the_subject_is_dropped(extract):
    text = ("Some 90,000 Sudanese refugees have reached Chad's Ouaddaï province this year. "
            "The IOM has so far registered 31,000 of them.")
    figures = [(f.value, f.claimant) for f in extract(text, dt.date(2024, 5, 1))]
    assert dict(figures)[31000] in ("The IOM", "the IOM", "IOM")
