"""A fact-box line may close on a note that names no measure: a breakdown by place in brackets
("Injured: 43 (Swat 31, Shangla 12)"), where they all are (", all in X") or where they came from
("from the Kalam valley"); the line's figure is still a figure."""

import datetime as dt

PUB = dt.date(2024, 7, 24)

TEXT = """Floods kill 38 in Chitral

According to the authority's situation report issued on Tuesday evening:

• Injured: 57 (Booni 40, Mastuj 17)
• Missing: 6, all in Torkho tehsil
• Tourists evacuated: 1,900 from the Garam Chashma valley

Rescue teams were still searching on Wednesday."""


def test_fact_box_lines_with_closing_notes(extract):
    found = [(f.value, f.measure.value) for f in extract(TEXT, PUB)]
    assert (57, "injured") in found
    assert (6, "missing") in found
    assert (1900, "evacuated") in found
