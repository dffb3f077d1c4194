"""How much of a subject names the source, which subjects can claim at all, body coreference and
headline sources."""

import datetime as dt

from app.extract.claim_spans import can_claim, source_span

PUB = dt.date(2024, 5, 14)


def claimants(extract, text):
    return [f.claimant for f in extract(text, PUB)]


def test_generic_sources_are_the_head_as_written():
    assert source_span("Residents of Hlaing township reached by phone") == "residents"
    assert source_span("A local administrator in the town of Bama") == "a local administrator"
    assert source_span("A doctor at the regional hospital") == "a doctor"
    assert source_span("Two witnesses contacted by Reuters") == "Two witnesses"


def test_named_groups_and_affiliations_keep_their_modifiers():
    assert source_span("An aid group working in the city") == "an aid group working in the city"
    assert source_span("an official of the eastern administration's interior ministry") == \
        "an official of the eastern administration's interior ministry"
    assert source_span("officials in Ankara") == "officials in Ankara"


def test_a_document_speaks_for_its_owner():
    assert source_span("The DDPM's daily situation report") == "DDPM"
    assert source_span("UNHCR's figures") == "UNHCR"
    assert source_span("The agency's latest bulletin") == "The agency"
    assert source_span("Ukraine's prosecutor general's office") == "Ukraine's prosecutor general's office"


def test_events_and_clauses_cannot_claim():
    assert not can_claim("A Russian strike on the town of Kupiansk")
    assert not can_claim("The fighting has compounded an outbreak")
    assert can_claim("the regional governor")
    assert can_claim("Residents")


def test_document_owner_in_a_sentence(extract):
    assert claimants(extract, "The DDPM's daily situation report said 14 people had died in the floods.") == ["DDPM"]
    text = ("The Disaster Management Agency issued a statement on Monday. "
            "The agency's latest bulletin showed 3,400 people had been displaced.")
    assert [c.lower() for c in claimants(extract, text)] == ["the disaster management agency"]


def test_agency_names_are_not_truncated(extract):
    text = "Lebanon's General Directorate of General Security said 300,000 people had crossed into Syria."
    assert claimants(extract, text) == ["Lebanon's General Directorate of General Security"]
    text = "Lebanese General Security said 300,000 people had crossed into Syria."
    assert claimants(extract, text) == ["Lebanese General Security"]


def test_coordinated_bodies_stay_whole_and_the_army_stays_the_army(extract):
    text = ("The army and the paramilitary Rapid Support Forces said 40 fighters were killed. "
            "The army said 12 civilians died.")
    assert [c.lower() for c in claimants(extract, text)] == \
        ["the army and the paramilitary rapid support forces", "the army"]


def test_an_event_subject_is_not_the_source(extract):
    text = "The fighting has compounded an outbreak that has killed 91 people so far, said the health ministry."
    assert claimants(extract, text) == ["the health ministry"]
    assert claimants(extract, "A Russian strike on the town of Kupiansk killed four people and wounded nine.") == \
        [None, None]


def test_the_group_is_the_body_described_as_a_group(extract):
    text = ("The Martyrs Foundation, a Hezbollah-affiliated group, publishes names of the dead. "
            "The health ministry said 30 people were killed on Monday. "
            "The group said 40 fighters were killed last week.")
    assert claimants(extract, text) == ["The health ministry", "The Martyrs Foundation"]


def test_the_group_is_the_organisation_named_last(extract):
    text = "The Martyrs Foundation publishes names of the dead. The group said 40 fighters were killed last week."
    assert claimants(extract, text) == ["The Martyrs Foundation"]


def test_a_generic_headline_source_does_not_reach_the_body(extract):
    text = ("Quake toll passes 5,000, officials say\nRescuers pulled more survivors from the rubble. "
            "More than 5,000 people have died. They said 12,000 were injured.")
    assert claimants(extract, text) == ["officials", None, None]


def test_a_source_after_a_dash_ends_a_headline(extract):
    text = "Flood kills 30 - officials\nThe floods hit on Monday. At least 30 people died."
    assert claimants(extract, text) == ["officials", None]


def test_media_are_a_source_in_lower_case(extract):
    assert claimants(extract, "The storm killed 12 people, local media reported.") == ["local media"]


def test_a_disaster_claiming_lives_is_not_a_source(extract):
    assert claimants(extract, "Heavy rains have claimed 30 lives, officials said.") == ["officials"]
    assert claimants(extract, "Cholera has claimed 91 lives since January.") == [None]


def test_a_single_resident_is_a_resident(extract):
    assert claimants(extract, "A resident of Kora reached by phone said 12 people were killed.") == ["a resident"]


def test_figures_released_by_a_body_are_that_bodys(extract):
    text = "Figures released by the country's disaster agency showed 45 people had died."
    assert claimants(extract, text) == ["the country's disaster agency"]


def test_an_aside_on_how_the_source_was_reached_is_skipped(extract):
    text = "A spokesman for the provincial government, reached by telephone, said 12 people had died."
    assert claimants(extract, text) == ["a spokesman for the provincial government"]


def test_a_document_of_a_body_named_before_is_that_bodys(extract):
    text = ("The World Health Organization said cholera was spreading. "
            "According to the organisation's weekly bulletin, 91 people have died.")
    assert [c.lower() for c in claimants(extract, text)] == ["the world health organization"]


def test_claiming_responsibility_is_not_claiming_the_figure(extract):
    text = "The Islamic State group claimed responsibility for the bombing, which killed 30 people."
    assert claimants(extract, text) == [None]
    assert claimants(extract, text[:-1] + ", police said.") == ["police"]


def test_a_dateline_with_a_hyphen_does_not_hide_the_source(extract):
    for dash in ("-", "--", "–"):
        text = f"Detentions after market attack\nKADUNA, May 3 (Reuters) {dash} Police said 14 people had been detained."
        assert claimants(extract, text) == ["Police"]
