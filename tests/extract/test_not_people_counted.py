"""Numbers beside a measure word that count no people: an age given as a limit or a moment in a
life, one person's family, the people a report interviewed, money in currencies named in words,
administrative units and customers."""

import datetime as dt

PUB = dt.date(2025, 4, 3)


def values(extract, text):
    return [f.value for f in extract(text, PUB)]


def test_ages_told_by_a_limit_or_a_moment_in_a_life(extract):
    assert values(extract, "Militiamen abducted 40 girls from the school, some as young as 11.") == [40]
    assert values(extract, "The prisoners were freed on Monday; the youngest of those released was 16.") == []
    assert values(extract, "Her brother was 19 when he was detained at a checkpoint.") == []
    assert values(extract, "Flooding killed six people, among them two sisters aged eight and ten.") == [6, 2]


def test_one_persons_family_is_not_a_count(extract):
    text = "Halima, who fled the shelling with her husband and five children, said 300 families left the town."
    assert 5 not in values(extract, text)


def test_people_a_report_interviewed(extract):
    text = ("The report, based on interviews with 85 former detainees, says 1,200 people have been "
            "detained since the coup.")
    assert values(extract, text) == [1200]


def test_money_in_named_currencies_and_units_that_hold_people(extract):
    text = ("The cabinet released 300 million lempiras after the floods, which affected 52,000 people "
            "in 7 of the country's 18 departments and left 9,000 customers without power.")
    assert values(extract, text) == [52000]
