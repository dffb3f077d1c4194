"""A document "carried out by" a body names the body, with two describing words before it
("the initial joint assessment carried out by …"); a joint one led by an acronym is the acronym's."""

import datetime as dt

PUB = dt.date(2025, 6, 2)


def test_a_joint_rapid_assessment_by_an_acronym_and_a_department(extract):
    text = ("According to the first rapid assessment conducted by IFRC and the district disaster office, "
            "about 8,500 people have been affected.")
    (figure,) = extract(text, PUB)
    assert figure.claimant == "IFRC"
