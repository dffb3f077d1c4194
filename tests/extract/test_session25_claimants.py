"""Claimants the 894–917 blind batch asked for (extractor 1.27.0), in texts written for these tests:
a broadcast transcript's turn is its speaker's, over the "This is an edited transcript of our
bulletin" line above it, and "What we have confirmed is …" / "What I can say is …" are the speaker's
too; a document named by its owner ("the state ministry's weekly bulletin", "OCHA's previous note",
"an earlier toll issued by the directorate") speaks for the owner."""

import datetime as dt

PUB = dt.date(2025, 6, 17)

TRANSCRIPT = ("Raid on two villages: police and residents differ\n\n"
              "This is an edited transcript of our morning bulletin. Listen to the full bulletin on our website.\n\n"
              "AMINA YUSUF (ANCHOR): Good morning. We have on the line the state police spokesman, "
              "Superintendent Garba Bello. What is the position?\n\n"
              "GARBA BELLO (POLICE SPOKESMAN): Good morning. What we have confirmed is 12 deaths. "
              "What I can say is that 8 persons are unaccounted for as of this morning.\n\n"
              "AMINA YUSUF (ANCHOR): Also with us is the council chairman, Musa Danladi. Chairman?\n\n"
              "MUSA DANLADI (COUNCIL CHAIRMAN): More than 2,000 people have fled to the town since Monday.\n\n"
              "AMINA YUSUF (ANCHOR): Thank you both.\n")


def test_a_transcripts_turns_are_their_speakers_claims(extract):
    figures = extract(TRANSCRIPT, PUB)
    by_value = {f.value or f.low: f for f in figures}
    assert by_value[12].claimant == "Garba Bello"
    assert by_value[8].claimant == "Garba Bello"
    assert by_value[2000].claimant == "Musa Danladi"


def test_a_document_named_by_its_owner_speaks_for_the_owner(extract):
    figures = extract("Cholera has killed 9 people in the camp since August, according to OCHA's previous note.", PUB)
    assert figures[0].claimant == "OCHA"
    figures = extract("The Idlib health directorate said 31 people were injured. The toll was 17 dead, according "
                      "to an earlier toll issued by the directorate.", PUB)
    assert {f.value: f.claimant for f in figures}[17] == "The Idlib health directorate"


def test_a_name_with_digits_can_claim(extract):
    figures = extract("In a statement on Thursday, the M23 said more than 200 soldiers had been killed near Sake.", PUB)
    assert figures[0].claimant == "the M23"
    text = ("Fact check: did the fighting kill 200 soldiers?\n\n"
            "CLAIM: The M23 says more than 200 soldiers were killed near Sake.\n\n"
            "VERDICT: Unproven. Neither side has published evidence.\n\n"
            "RATING: Misleading.\n\n"
            "The army said 31 rebels were killed, a claim the rebels denied.\n")
    claimed = {f.value: f.claimant for f in extract(text, PUB)}
    assert claimed[200] == "The M23"


def test_a_headlines_bare_says_title_is_the_person_the_story_names(extract):
    text = ("Tribal fight toll rises to 19, says police commander\n\n"
            "By a staff reporter in Mendi\n\n"
            "The number of people killed in tribal fighting in Southern Highlands province has risen to 19, "
            "provincial police commander Peter Kaipu said on Thursday.\n")
    figures = extract(text, PUB)
    assert [f.claimant for f in figures] == ["Peter Kaipu", "Peter Kaipu"]
