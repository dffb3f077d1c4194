"""Dates read from a report's structure: a month span in a table's heading dates its rows; a sentence
opening on "In August alone," dates its figures; "at the end of 2023" is an as-of date; a speaker
referred to by a pronoun at the start of the next paragraph keeps the date of the statement just
before."""

import datetime as dt

PUB = dt.date(2025, 3, 4)


def test_a_month_span_in_a_tables_heading_dates_its_rows():
    from app.extract import extract_figures

    text = ("Kenya: monitors count abductions\n\nThe monitor's annual report was published on Tuesday.\n\n"
            "Cases recorded by the monitor, by county, July to December 2024\n\n"
            "County | Abducted | Killed\nNairobi | 31 | 4\nMombasa | 12 | 2\n")
    rows = {f.value: (f.as_of, f.since) for f in extract_figures(text, PUB) if f.value in (31, 12, 4)}
    assert rows[31] == (dt.date(2024, 12, 31), dt.date(2024, 7, 1))
    assert rows[12] == (dt.date(2024, 12, 31), dt.date(2024, 7, 1))


def test_a_span_written_with_a_dash_after_a_colon():
    from app.extract import extract_figures

    text = "Darfur: 212 civilians killed in El Fasher, October–December 2024\n\nThe toll comes from a monitor."
    found = extract_figures(text, PUB)
    assert (found[0].as_of, found[0].since) == (dt.date(2024, 12, 31), dt.date(2024, 10, 1))


def test_a_month_that_opens_the_sentence_with_alone_dates_its_figures():
    from app.extract import extract_figures

    text = ("Detentions in Honduras\n\nThe arrests have not stopped. In January alone, the group recorded the "
            "arrest of 44 people in Tegucigalpa.")
    found = {f.value: (f.as_of, f.since) for f in extract_figures(text, PUB)}
    assert found[44] == (dt.date(2025, 1, 31), dt.date(2025, 1, 1))


def test_the_end_of_a_year_is_an_as_of_date_but_the_end_of_a_month_in_an_aside_is_not():
    from app.extract import extract_figures

    text = ("Refugees in Chad\n\nThe Farchana camp held about 61,000 refugees at the end of 2023, the agency said. "
            "More than 300 bodies have been found since the army withdrew at the end of January, police said.")
    found = {f.value: f.as_of for f in extract_figures(text, PUB)}
    assert found[61000] == dt.date(2023, 12, 31)
    assert found[300] == PUB


def test_she_said_opening_the_next_paragraph_keeps_the_statements_date():
    from app.extract import extract_figures

    text = ("Floods in Assam\n\nGUWAHATI, March 4 - Floods have killed 14 people in three districts, state "
            "relief minister Jogen Mohan said on Monday.\n\nOf the dead, six were from Dhubri and five from "
            "Goalpara, she told reporters in Guwahati.\n\nEight people are missing, police said.")
    found = {f.value: f.as_of for f in extract_figures(text, PUB)}
    assert found[14] == dt.date(2025, 3, 3)
    assert found[6] == dt.date(2025, 3, 3)
    assert found[8] == PUB
