"""A body's release written in the first person ("our volunteers") is the body's for every figure
it gives no other source, like a release headed as such; the body may open the lead after a
dateline ("Juba – The … (SSRC) has deployed …") with "we" only in the next paragraph."""

import datetime as dt

PUB = dt.date(2025, 9, 12)


def test_the_lead_body_after_a_dateline_and_our_teams_below(extract):
    text = ("Floods in Jonglei: volunteers search for the missing\n\n"
            "Juba – The South Sudan Red Cross (SSRC) has sent emergency teams to Jonglei after the Nile "
            "burst its banks on Monday.\n\n"
            "Since Tuesday, our volunteers have recovered the bodies of 12 people near Bor. "
            "In Twic East alone, 7 people died, according to county officials. "
            "Some 640 people have been displaced in Bor town, and 15 remain missing in Duk county.")
    claims = [(f.value, f.claimant) for f in extract(text, PUB)]
    assert claims == [(12, "SSRC"), (7, "county officials"), (640, "SSRC"), (15, "SSRC")]
