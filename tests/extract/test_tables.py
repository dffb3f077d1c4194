"""Tables and lists of figures: the header, the introducing line and the row label fill the fields."""

import datetime as dt

from app.domain import Measure, Who

PUB = dt.date(2024, 1, 15)  # a Monday


def test_table_columns_take_their_measures_from_the_header(extract):
    text = ("Toll by governorate\n"
            "The statistics bureau published the following breakdown on Sunday:\n"
            "Governorate Killed Injured\n"
            "North Gaza 5,230 11,900\n"
            "Rafah 1,960 5,120\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure) for f in figures] == [
        (5230, Measure.KILLED), (11900, Measure.INJURED), (1960, Measure.KILLED), (5120, Measure.INJURED)]
    assert [f.place for f in figures] == ["North Gaza", "North Gaza", "Rafah", "Rafah"]
    assert all(f.claimant == "The statistics bureau" for f in figures)
    assert all(f.as_of == dt.date(2024, 1, 14) for f in figures)


def test_table_keeps_column_spacing_when_the_text_has_it(extract):
    text = ("Arrivals by country, UNHCR said:\n"
            "Country        Arrivals from Ukraine\n"
            "Poland         2,204,000\n"
            "Romania          585,000\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure, f.place, f.country) for f in figures] == [
        (2204000, Measure.REFUGEES, "Poland", "PL"), (585000, Measure.REFUGEES, "Romania", "RO")]


def test_parenthesis_in_the_introducing_line_names_the_columns(extract):
    text = ("The mission published the following breakdown (killed / injured), as of January 10:\n"
            "Donetsk region: 4,210 / 6,830\n"
            "Kharkiv region: 1,870 / 3,102\n")
    figures = extract(text, PUB)
    assert [f.measure for f in figures] == [Measure.KILLED, Measure.INJURED] * 2
    assert figures[0].place == "Donetsk region" and figures[0].country == "UA"
    assert all(f.as_of == dt.date(2024, 1, 10) for f in figures)


def test_list_rows_take_the_measure_of_the_introducing_line(extract):
    text = ("It gave the following provisional death tolls by province on Monday evening:\n"
            "Kahramanmaras: 520\n"
            "Hatay: 471\n")
    figures = extract(text, PUB)
    assert [(f.value, f.measure) for f in figures] == [(520, Measure.KILLED), (471, Measure.KILLED)]


def test_rows_counting_things_are_not_figures(extract):
    text = ("The General Staff also listed what it said were Russian equipment losses:\n"
            "Tanks: 3,350\n"
            "Armoured combat vehicles: 6,600\n")
    assert extract(text, PUB) == []


def test_table_rows_take_who_from_the_last_whole_figure_of_that_measure(extract):
    text = ("At least 10,000 civilians have been killed, including 560 children, the mission said.\n"
            "It published the following breakdown (killed):\n"
            "Donetsk region: 4,210\n"
            "Kharkiv region: 1,870\n")
    rows = extract(text, PUB)[2:]
    assert [f.who for f in rows] == [Who.CIVILIANS, Who.CIVILIANS]


def test_headline_and_dateline_are_not_table_rows(extract):
    text = ("Pakistan flood deaths pass 1,100 as 33 million affected\n"
            "By Ayesha Qureshi, Indus Wire — ISLAMABAD, Tuesday, August 30, 2022\n")
    figures = extract(text, PUB)
    assert all(f.place != "Ayesha Qureshi" for f in figures)
    assert [f.measure for f in figures] == [Measure.KILLED, Measure.AFFECTED]
