"""Claimants read in session 26, in texts written for these tests: a body a lead calls "a local
resistance group" and the next paragraph names, with its acronym, as the source of a statement."""

import datetime as dt

PUB = dt.date(2026, 3, 4)

LATER_NAMED = ("Shelling hits market town, rebel group says\n\n"
               "An army artillery barrage on a market town killed at least 14 people, including five "
               "children, a local armed group said on Tuesday.\n\n"
               "Shells began falling shortly after dawn and destroyed a school and a row of shops, the "
               "Northern Hills Defence Front (NHDF) said in a statement. The group had earlier put the "
               "toll at nine.\n\n"
               "The army did not respond to a request for comment.\n")


def test_a_group_named_later_with_its_acronym_is_the_claimant(extract):
    figures = extract(LATER_NAMED, PUB)
    by_value = {f.value: f for f in figures}
    assert by_value[14].claimant == "NHDF"
    assert by_value[5].claimant == "NHDF"


def test_the_named_body_must_be_new_not_the_forces_already_quoted(extract):
    text = ("Nine soldiers were killed when gunmen stormed a post, the armed forces said, while an armed "
            "group claimed to have killed more than 40 troops.\n\n"
            "In a statement on Monday, the National Armed Forces (NAF) said the assault was repelled.\n")
    figures = extract(text, PUB)
    assert {f.value or f.low: f.claimant for f in figures}[40] != "NAF"
