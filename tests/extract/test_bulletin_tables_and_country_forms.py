"""A bulletin's table as a fresh week of official documents wrote it (session 12): a capital city as
a row's label, a total row whose label holds a comma ("Kyrgyz Republic, total"), a week's number
in the header; and a country by its official long form."""

import datetime as dt

PUB = dt.date(2024, 4, 26)

TABLE = ("Table 2. Dengue deaths by department, national surveillance data\n"
         "Department | Deaths, week 15 | Deaths since 1 January\n"
         "Cortés | 2 | 11\n"
         "Tegucigalpa city | 1 | 3\n"
         "Republic of Honduras, total | 3 | 14\n")


def test_a_capital_labelling_a_row_is_the_rows_place(extract):
    rows = [(f.value, f.place) for f in extract(TABLE, PUB)]
    assert (1, "Tegucigalpa") in rows and (3, "Tegucigalpa") in rows


def test_a_total_row_with_a_comma_in_its_label_is_read(extract):
    figures = extract(TABLE, PUB)
    total = [f for f in figures if f.value == 14]
    assert len(total) == 1 and total[0].place == "Honduras" and total[0].country == "HN"


def test_the_weeks_number_in_the_header_is_no_figure(extract):
    assert 15 not in [f.value for f in extract(TABLE, PUB)]


def test_a_capital_before_a_bar_and_a_date_is_a_masthead_not_a_row(extract):
    text = ("Tegucigalpa | 26 April 2024\n\n"
            "Moscow said on Friday that 12 of its soldiers had been killed, a figure Kyiv disputed.")
    (figure,) = extract(text, PUB)
    assert figure.place != "Tegucigalpa"


def test_a_country_named_by_its_official_form_is_that_country(extract):
    text = ("Floods have forced 41 people from their homes in the Kyrgyz Republic and 17 in the "
            "Republic of Tajikistan, the regional office said.")
    assert [(f.value, f.place, f.country) for f in extract(text, PUB)] == [
        (41, "Kyrgyzstan", "KG"), (17, "Tajikistan", "TJ")]


def test_of_the_n_deaths_is_where_the_earlier_n_were(extract):
    text = ("Cholera has killed 41 people in Zambia since January, the health ministry said on Friday.\n\n"
            "In Lusaka province alone, 12 patients died in the past week. Of the 41 deaths, 30 were adults.")
    again = [f for f in extract(text, PUB) if f.value == 41][1]
    assert (again.place, again.country) == ("Zambia", "ZM")


def test_pits_and_a_states_inhabitants_are_no_figures(extract):
    text = ("The prosecutor said the remains were found in 11 pits spread over an orchard. Tabasco, a state "
            "with about 2.4 million inhabitants, has for years recorded one of the highest murder rates in "
            "Mexico.")
    assert extract(text, PUB) == []


def test_a_tables_owner_named_in_brackets_in_its_introducing_line_is_its_source(extract):
    text = ("Fighting has forced thousands from their homes, officials said.\n\n"
            "Displacement by county (partners' estimates, as of 25 March):\n"
            "Ulang County: 13,500 displaced\n"
            "Maiwut County: 4,200 displaced\n")
    rows = [f for f in extract(text, PUB) if f.value in (13500, 4200)]
    assert [f.claimant for f in rows] == ["partners", "partners"]
