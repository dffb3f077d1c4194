"""Claimant rules from the blind batches 81–214 (round 13), each tested on invented wording."""

import datetime as dt

PUB = dt.date(2024, 5, 1)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_a_body_giving_a_count_of_n_claims_it(extract):
    text = ("Truce violations\n\n"
            "An independent monitor said on Friday that shelling had killed 212 people since the truce. "
            "The interior ministry, which counts only civilians, gives a somewhat lower count of 190 dead "
            "over the same months.")
    assert claimants(extract, text)[-1] == "The interior ministry"


def test_the_agency_after_a_named_body_in_its_paragraph_is_that_body(extract):
    text = ("Hunger warning\n\n"
            "Nine people were killed in the port, the Tihama news agency reported.\n\n"
            "The United Nations Children's Fund says 4 million children need aid in the region. "
            "Twelve of its staff remain detained in the capital, the agency said.")
    assert claimants(extract, text)[-1].lower() == "the united nations children's fund"


def test_the_agency_with_no_body_quoted_in_its_paragraph_is_the_agency_named_earlier(extract):
    text = ("Hunger warning\n\n"
            "Nine people were killed in the port, the Tihama news agency reported.\n\n"
            "Eleven more died overnight, the agency said.")
    assert claimants(extract, text) == ["the Tihama news agency"] * 2


def test_a_headline_kind_takes_the_body_named_in_apposition_in_the_lede(extract):
    text = ("Gunmen attack border post; army says 5 guards killed\n\n"
            "The army's press office, Joint Operations Command (JOC), said five guards were killed when "
            "gunmen opened fire on the post near Tarvo before dawn.")
    assert claimants(extract, text) == ["JOC", "JOC"]


def test_a_headline_kind_takes_the_name_the_story_gives_its_lede_source(extract):
    text = ("Drone strike on market kills 14, rebel group says\n\n"
            "A drone hit a crowded market in the hill town of Korra on Friday, killing 14 people, a local "
            "rebel group said.\n\n"
            "The Korra Hills Liberation Front said the drone struck at midday as traders were setting up.")
    assert claimants(extract, text)[:2] == ["the Korra Hills Liberation Front"] * 2


def test_a_country_owned_body_is_named_as_first_written_with_the_adjective(extract):
    text = ("Ferry sinks\n\n"
            "The Kenyan coast guard said on Monday that 12 people had drowned off Lamu.\n\n"
            "Kenya's coast guard said it had detained 300 smugglers since January.")
    assert claimants(extract, text) == ["The Kenyan coast guard", "the Kenyan coast guard"]


def test_a_bodys_named_data_tool_speaks_for_the_body(extract):
    text = ("Flood displacement\n\n"
            "More than 9,000 people have fled the delta, the World Health Organization said on Friday.\n\n"
            "The organization's Early Warning Dashboard recorded 240 cholera cases in the camps.")
    assert claimants(extract, text)[-1].lower() == "the world health organization"


def test_a_described_armed_group_after_a_denial_is_the_denier(extract):
    text = ("Fighting near Tarvo\n\n"
            "The government said its forces had killed 120 insurgents near Tarvo. The Liberation Army "
            "dismissed the claims as lies.\n\n"
            "The rebel group, in a message on its website, said it had seized 30 soldiers in the hills.")
    assert claimants(extract, text)[-1] == "The Liberation Army"


def test_a_body_introduced_by_kind_is_named_two_paragraphs_on(extract):
    text = ("Camp shelled\n\n"
            "Shelling of a camp outside Tarvo killed 17 people on Sunday, a rights group said.\n\n"
            "Shells hit a clinic and a bakery, witnesses said.\n\n"
            "The Tarvo Human Rights Coalition said in a statement that six of the dead were women.")
    assert claimants(extract, text)[0] == "the Tarvo Human Rights Coalition"


def test_a_body_s_own_name_is_the_subject_of_its_clause_even_when_its_head_is_no_source_word():
    # `clause_subject` fell through to an undefined pattern here (NameError) before
    from app.extract.claim_clauses import clause_subject

    class NoSourceHead:
        def _source_head(self, np):
            return False

        def _plausible(self, np):
            return False

    np = "Blue Valley Cooperative Farms accused the government of lying"
    assert clause_subject(NoSourceHead(), np) == "Blue Valley Cooperative Farms"
    assert clause_subject(NoSourceHead(), "some of the local farmers accused the government of lying") == \
        "some of the local farmers accused the government of lying"
