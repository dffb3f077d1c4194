"""Sources a document gives by its form: the turns of a transcript (a press conference, an
interview) belong to their speakers; a letterhead that names the issuer over the kind of document
makes the document that issuer's; a release's headline is the release's own."""

import datetime as dt

PUB = dt.date(2025, 3, 9)

BRIEFING = """Kasese landslide: what the district said at Sunday's briefing
KASESE, Sunday, March 9, 2025 - Transcript of the media briefing by the Kasese district information officer, Grace Biira Mbambu, at the district headquarters. Journalists' questions are marked Q.

OFFICER: Good afternoon. I will update you on the landslide at Kanyangeya and then take questions.

Rescue teams have now recovered 19 bodies from the mud, and 27 people are being treated at Bwera hospital. About 340 families have moved to the primary school.

Q (Henry Kule, Rwenzori FM): Residents told us at least 30 people are still under the mud. Is that right?

OFFICER: We have a list of 12 people reported missing by their relatives. We are checking every name.

Q (Jane Kabugho): What about the other villages?

OFFICER: In Kitholhu, four houses were buried and two people died on Saturday night. Thank you.
"""


def test_a_speakers_turn_gives_its_figures_to_the_person_the_transcript_names():
    from app.extract import extract_figures

    found = {f.value: f.claimant for f in extract_figures(BRIEFING, PUB)}
    assert found[19] == "Grace Biira Mbambu"
    assert found[27] == "Grace Biira Mbambu"
    assert found[12] == "Grace Biira Mbambu"
    assert found[2] == "Grace Biira Mbambu"  # a later turn of the same speaker


def test_a_questioners_turn_is_not_the_speakers():
    from app.extract import extract_figures

    found = {f.value: f.claimant for f in extract_figures(BRIEFING, PUB)}
    assert found[30] == "Residents"


def test_the_same_paragraphs_without_turns_stay_the_reporters():
    from app.extract import extract_figures

    plain = BRIEFING.replace("OFFICER: ", "").replace("Q (Henry Kule, Rwenzori FM): ", "").replace(
        "Q (Jane Kabugho): ", "")
    found = {f.value: f.claimant for f in extract_figures(plain, PUB)}
    assert found[19] != "Grace Biira Mbambu"


INTERVIEW = """Evening Report: the governor on the Damasak raid

ANCHOR: Governor, thank you for joining us. What do you know so far?

GOVERNOR ZANNA: We buried 23 people in Damasak this morning, and 41 are in hospital in Maiduguri.

ANCHOR: Some reports speak of abductions.

GOVERNOR ZANNA: Yes. At least nine girls were abducted, and we are working with the army to find them.

ANCHOR: Governor Babagana Umar Zanna of Borno State, thank you.
"""


def test_a_label_with_a_title_and_surname_names_the_person_in_full():
    from app.extract import extract_figures

    found = {f.value: f.claimant for f in extract_figures(INTERVIEW, PUB)}
    assert found[23] == "Babagana Umar Zanna"
    assert found[9] == "Babagana Umar Zanna"


COAST_GUARD = """Migrant boat capsizes off Lampedusa: 8 dead
ITALIAN COAST GUARD (GUARDIA COSTIERA)
PRESS RELEASE | ROME | 2 March 2025

At about 02:10 on Saturday, our operations centre was alerted to a small boat in distress 12 nautical miles south of Lampedusa. Patrol boats rescued 41 people; the bodies of 8 people were recovered and 5 people are missing.
"""

LETTERHEAD = """Republic of Chad
Ministry of Public Security and Immigration
Directorate of Civil Protection

BULLETIN No. 4 ON ARRIVALS FROM SUDAN
N'Djamena, 3 March 2025

Between 24 February and 2 March, 6,210 new arrivals from Sudan were registered at the border points of Adré and Tiné, among them 3,400 children.
"""


def test_a_capital_letterhead_over_a_release_names_its_issuer():
    from app.extract import extract_figures

    found = {f.value: f.claimant for f in extract_figures(COAST_GUARD, PUB)}
    assert found[5] == "Italian Coast Guard"


def test_a_release_headline_is_the_releases_own():
    from app.extract import extract_figures

    figures = extract_figures(COAST_GUARD, PUB)
    headline = [f for f in figures if f.start < COAST_GUARD.index("\n")]
    assert headline and headline[0].claimant == "Italian Coast Guard"


def test_a_ministry_letterhead_over_a_bulletin_names_the_ministry():
    from app.extract import extract_figures

    found = {f.value: f.claimant for f in extract_figures(LETTERHEAD, PUB)}
    assert found[6210] == "Ministry of Public Security and Immigration"
    assert found[3400] == "Ministry of Public Security and Immigration"


def test_more_claim_verbs():
    from app.extract import extract_figures

    text = ("Floods in Kenya\n\nA county official, who visited the camps, alleged on Monday that 14 people had died "
            "in Garissa. The UN agency indicated that 2,300 people had fled to Dadaab. The inquiry concluded that "
            "at least 61 people were killed by police. The Kenya Red Cross informed the county that 17 people were "
            "missing.")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[14] == "a county official"
    assert found[2300] == "The UN agency"
    assert found[61] == "The inquiry"
    assert found[17] == "The Kenya Red Cross"


def test_arrests_and_abductions_named_as_nouns_are_captured():
    from app.extract import extract_figures

    text = ("Crackdown in Managua\n\nThe group documented the arrest of 23 people in Leon in March, and police "
            "confirmed the abduction of 8 teachers near Esteli.")
    found = {f.value: f.measure.value for f in extract_figures(text, PUB)}
    assert found == {23: "captured", 8: "captured"}


def test_things_counted_beside_the_victims_are_no_figures():
    from app.extract import extract_figures

    text = ("Cyclone hits coast\n\nWinds of up to 40 knots slowed the search for 12 missing fishermen. Around "
            "3,50,000 people in 2,100 villages of 17 blocks were affected. Residents can call the helpline on 1070. "
            "A team of 45 divers arrived on Tuesday. The bazaar was crowded with about 3,000 shoppers when the roof "
            "fell. The commission received 4,100 complaints of abuse. Some 600 workers were evacuated from three "
            "nearby factories, police said.")
    found = sorted(f.value for f in extract_figures(text, PUB))
    assert found == [12, 600, 350000]


def test_we_in_a_speakers_turn_is_the_speaker():
    from app.extract import extract_figures

    text = ("Morning Show: the mayor on the floods\n\nHOST: Mayor, how bad is it?\n\nMAYOR OKELLO: We have "
            "recorded 14 deaths in the town since Sunday, and we estimate 3,000 people have left their homes.\n\n"
            "HOST: Mayor Grace Okello, thank you.\n")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[14] == "Grace Okello"
    assert found[3000] == "Grace Okello"


def test_a_surname_label_finds_the_full_name_the_introduction_gives():
    from app.extract import extract_figures

    text = ("Morning Show: the governor on the Dapchi attack\n\nOur guest is Governor Mai Mala Kachalla of Yobe "
            "State.\n\nHOST: Governor, what do you know?\n\nGOVERNOR KACHALLA: As of last night, we have confirmed "
            "19 civilians killed in Dapchi.\n\nHOST: And the abductions?\n\nKACHALLA: The insurgents abducted 12 "
            "women.\n")
    found = {f.value: f.claimant for f in extract_figures(text, PUB)}
    assert found[19] == "Mai Mala Kachalla"
    assert found[12] == "Mai Mala Kachalla"
