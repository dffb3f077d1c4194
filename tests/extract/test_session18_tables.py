"""Rules of session 18 (extractor 1.21.0) for tables, worded unlike the article they were read from: a
table whose rows are labelled by their week ("3 – 9 March") and whose capitalised header names a
place over each column; its cells are counts, not phone numbers or dates, each dated by its row's
week and placed by its column."""

import datetime as dt

PUB = dt.date(2025, 3, 28)

WEEKLY = ("Refugees keep arriving in Kigoma region, the UN refugee agency said on Friday.\n\n"
          "New arrivals from Burundi registered by district, per week:\n"
          "WEEK KIBONDO KAKONKO TOTAL\n"
          "3 – 9 March 312 127 439\n"
          "10 – 16 March 508 233 741\n"
          "17 – 23 March 1,020 416 1,436\n\n"
          "Most arrivals are women and children, the agency said.\n")


def _figures(text):
    from app.extract import extract_figures

    return extract_figures(text, PUB)


def test_every_cell_of_a_weekly_table_is_a_figure():
    values = [f.value for f in _figures(WEEKLY)]
    assert values == [312, 127, 439, 508, 233, 741, 1020, 416, 1436]


def test_each_cell_takes_its_rows_week():
    by_value = {f.value: f for f in _figures(WEEKLY)}
    assert (by_value[127].since, by_value[127].as_of) == (dt.date(2025, 3, 3), dt.date(2025, 3, 9))
    assert (by_value[741].since, by_value[741].as_of) == (dt.date(2025, 3, 10), dt.date(2025, 3, 16))


def test_each_cell_takes_the_place_its_column_is_headed_by_and_keeps_the_texts_spelling():
    by_value = {f.value: f for f in _figures(WEEKLY)}
    assert by_value[312].place == "Kibondo"
    assert by_value[233].place == "Kakonko"
    assert by_value[1436].place != "Total"


def test_the_measure_of_the_introducing_line_covers_every_column():
    assert {f.measure.value for f in _figures(WEEKLY)} == {"refugees"}


def test_a_phone_number_is_still_no_figure():
    text = ("Floods displaced 2,400 people in the district, officials said. Families looking for relatives "
            "can call 0800 720 600 or +255 754 307 586.\n")
    assert [f.value for f in _figures(text)] == [2400]


def test_a_day_after_a_month_is_still_a_date():
    text = "The army said 14 soldiers were killed in the ambush on March 9 near the border.\n"
    assert [f.value for f in _figures(text)] == [14]


def test_counts_by_place_in_a_rows_closing_note_are_parts_of_the_rows_figure():
    text = ("The interior ministry gave this breakdown of the dead on Thursday:\n\n"
            "* Kermanshah: 64 (Sarpol-e Zahab county 41, Qasr-e Shirin county 23)\n"
            "* Ilam: 9 (Mehran county 9)\n")
    figures = _figures(text)
    by_value = {f.value: f for f in figures}
    assert [f.value for f in figures] == [64, 41, 23, 9, 9]
    whole = by_value[64]
    assert by_value[41].parts_of == whole.id and by_value[23].parts_of == whole.id
    assert by_value[41].measure == whole.measure
    assert by_value[41].place == "Sarpol-e Zahab county"
    assert by_value[23].place == "Qasr-e Shirin county"
