"""A sentence that opens on the source's document named by its day ("In its Tuesday evening
update, the agency said …") is dated that day, not the day of publication."""

import datetime as dt

PUB = dt.date(2025, 10, 9)  # a Thursday


def test_the_update_named_by_its_day(extract):
    text = "In its Tuesday evening update, the civil protection agency said 84 people had been evacuated."
    (figure,) = extract(text, PUB)
    assert figure.as_of == dt.date(2025, 10, 7)


def test_the_report_named_by_its_day_without_a_time(extract):
    text = "According to its Monday report, the health office counted 31 dead in the outbreak."
    (figure,) = extract(text, PUB)
    assert figure.as_of == dt.date(2025, 10, 6)
