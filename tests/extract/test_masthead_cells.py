"""A document's issuer named in the first cell of a barred masthead, or as a body and acronym followed
by its parent ministry: the figures the document gives with no other source are the issuer's."""

import datetime as dt

PUB = dt.date(2025, 3, 3)


def test_first_masthead_cell_with_an_acronym_is_the_issuer(extract):
    text = ("Sudan: Cholera spreads in Kassala camps\n"
            "WASH Cluster Sudan | Situation Update #5 - Cholera in Kassala State | Issued: 2 March 2025\n\n"
            "1. Overview\n"
            "Cholera has killed 14 people in the camps since 10 February.\n\n"
            "Partners relocated about 2,300 displaced people from a flooded site on 1 March.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(14, "WASH Cluster Sudan"), (2300, "WASH Cluster Sudan")]


def test_agency_country_office_cell_gives_the_agency(extract):
    text = ("UNICEF Chad | Humanitarian Flash Report No. 2 | Ouaddai province | Issued: 1 March 2025\n\n"
            "FLOODING IN ABECHE\n\n"
            "Floods displaced about 6,400 people in Abeche last week.")
    (f,) = extract(text, PUB)
    assert (f.value, f.claimant) == (6400, "UNICEF")


def test_body_and_acronym_before_its_ministry(extract):
    text = ("REPUBLIC OF VANUATU | National Disaster Management Office (NDMO), Ministry of Climate Change\n"
            "TROPICAL CYCLONE ALU - SITUATION REPORT No. 2\n\n"
            "Four deaths have been confirmed on Tanna.")
    (f,) = extract(text, PUB)
    assert (f.value, f.claimant) == (4, "NDMO")


def test_a_body_that_reports_that_is_the_source(extract):
    text = ("Storm hits Tonga\n\nThe Health Ministry (MoH) reports that 23 people have been treated for injuries.\n\n"
            "The army dismissed reports that 100 people were killed.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(23, "MoH"), (100, "reports")]



def test_an_acronym_with_its_offices_place_names_the_body(extract):
    text = ("Quake in West Java\n\nAt least 12 people were killed, the Cianjur Regional Disaster Management Agency "
            "(BPBD Cianjur) said on Monday.\n\nThe agency said 40 people had been injured.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(12, "BPBD Cianjur"), (40, "BPBD Cianjur")]


def test_a_word_acronym_after_a_ministry_or_system(extract):
    text = ("Cold snap\n\nForty children have died of pneumonia, the Ministry of Health (Salud) said.\n\n"
            "Floods killed 12 people, the National Disaster System (Sinagerd) said.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(40, "Salud"), (12, "Sinagerd")]


def test_a_list_items_subject_with_an_aside(extract):
    text = ("Key numbers\n\n* The Armed Conflict Monitor, a research group, says more than 2,100 people were killed "
            "last year.\n- Maria Pires, a spokeswoman for the civil protection service, says her crews rescued "
            "and evacuated 640 people.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(2100, "The Armed Conflict Monitor"), (640, "Maria Pires")]


def test_a_body_that_received_reports_is_the_source(extract):
    text = ("Clashes in Afar\n\nThe rights commission said it had received credible reports that at least 25 people "
            "were killed in and around the town.")
    (f,) = extract(text, PUB)
    assert (f.value, f.claimant) == (25, "The rights commission")


def test_a_group_calling_itself_a_name_is_that_name(extract):
    text = ("Attack claimed\n\nA little-known group calling itself the Tigers of the Valley said its fighters had "
            "killed 14 soldiers.")
    (f,) = extract(text, PUB)
    assert (f.value, f.claimant) == (14, "the Tigers of the Valley")


def test_an_agency_office_in_capitals_and_a_long_barred_masthead(extract):
    text = ("IOM MALAWI | DISPLACEMENT TRACKING MATRIX | FLASH REPORT 2 | FLOODS — NSANJE DISTRICT | Issued: 2 March "
            "2025\n\nKEY FIGURES\n- 12,400 people displaced in 31 sites\n")
    assert [(f.value, f.claimant) for f in extract(text, PUB)] == [(12400, "IOM")]
    text = ("DREF OPERATION UPDATE | Honduras: Floods in Cortés | International Federation of Red Cross and Red "
            "Crescent Societies (IFRC) | DREF n° MDRHN020 | Update n° 2 | Date of issue: 2 March 2025\n\n"
            "SUMMARY OF CHANGES\nThis operation update revises the plan published on 20 February, which reported "
            "9 deaths.")
    assert [(f.value, f.claimant) for f in extract(text, PUB)] == [(9, "IFRC")]
