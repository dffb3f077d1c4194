"""A titled name with a particle keeps it ("director Joaquim da Costa Belo"); a year naming a treaty
is no figure ("the 1951 Refugee Convention"); the tail of a comma-grouped number is no source; a
report's masthead may set its body off with a dash ("… (BHRM) - Summary of findings")."""

import datetime as dt

PUB = dt.date(2025, 10, 2)


def test_a_titled_name_keeps_its_particle(extract):
    text = "Firefighters pulled out 6 bodies overnight, civil defence chief Ana Maria dos Reis told reporters."
    (figure,) = extract(text, PUB)
    assert figure.claimant == "Ana Maria dos Reis"


def test_a_treaty_year_is_no_figure_and_a_number_tail_no_source(extract):
    text = ("Thailand, which has not signed the 1967 Refugee Protocol, hosts some 91,000 refugees "
            "registered with UNHCR in nine camps.")
    figures = extract(text, PUB)
    assert [(f.value, f.claimant) for f in figures] == [(91000, None)]


def test_a_masthead_with_a_dash_before_the_document_kind(extract):
    text = ("Detentions rise in the east, monitor says\n\n"
            "QUARTERLY REPORT | ALMATY, 1 October 2025\n\n"
            "Steppe Human Rights Monitor (SHRM) - Summary of findings, July to September 2025\n\n"
            "In the quarter, 38 people were detained without charge, and 4 remain missing.")
    assert {f.claimant for f in extract(text, PUB)} == {"SHRM"}
