"""Rows under a line that gives both the statement's day and the period the figures cover take the
period's last day (a bounded period outranks the statement's date), and "released the following
figures" releases no captives."""

import datetime as dt


def test_rows_take_the_period_of_their_introducing_line(extract):
    text = ("On Friday the provincial health office released the following figures for cholera deaths "
            "between March 3 and March 9:\n\n"
            "• Nsanje — 8\n"
            "• Chikwawa — 5\n")
    figures = [(f.value, f.measure.value, f.as_of, f.since) for f in extract(text, dt.date(2024, 3, 16))]
    assert figures == [(8, "killed", dt.date(2024, 3, 9), dt.date(2024, 3, 3)),
                       (5, "killed", dt.date(2024, 3, 9), dt.date(2024, 3, 3))]
