"""Place rules: the source's place, directions of a country, tolls owned by a country, features."""

import datetime as dt

PUB = dt.date(2023, 2, 6)


def test_place_of_the_source_is_not_the_place_of_the_figure(extract):
    text = ("Strikes on Jabalia camp kill dozens\n"
            "An air strike on the Jabalia refugee camp in northern Gaza killed dozens of people on Tuesday.\n"
            "The interior ministry in Gaza said more than 400 people had been killed or wounded.")
    figure = extract(text, PUB)[-1]
    assert figure.place == "Jabalia"


def test_direction_and_country_make_a_region(extract):
    (f,) = extract("At least 733 people had died in northwest Syria, rescuers said.", PUB)
    assert f.place == "northwest Syria" and f.country == "SY"


def test_a_country_that_owns_the_toll_is_the_place(extract):
    text = "Israel's death toll from the attack rose to more than 900 on Tuesday, the military said."
    (f,) = extract(text, PUB)
    assert f.place == "Israel" and f.country == "IL"


def test_named_feature_missing_from_the_gazetteer_lies_in_the_article_country(extract):
    text = ("Crowds gathered in Gaza City.\n"
            "The ministry said 112 people had been killed at the Nabulsi roundabout.")
    f = extract(text, PUB)[-1]
    assert f.place == "Nabulsi roundabout" and f.country == "PS"


def test_crossing_is_part_of_the_place_name(extract):
    text = "Officials said 76 wounded Palestinians were evacuated through the Rafah crossing."
    (f,) = extract(text, PUB)
    assert f.place == "Rafah crossing"


def test_day_with_ordinal_suffix_is_read_as_a_date(extract):
    (f,) = extract("More than 3.6 million people have fled since the 24th of February, the UN said.",
                   dt.date(2022, 4, 21))
    assert f.since == dt.date(2022, 2, 24)


def test_figure_covering_two_countries_has_no_place(extract):
    text = ("Two powerful earthquakes struck southern Turkey and northern Syria on Monday, killing more "
            "than 3,700 people in Turkey and Syria.")
    f = extract(text, PUB)[-1]
    assert f.place is None and f.country is None


def test_province_missing_from_cities_is_in_the_extras(extract):
    text = "NDMA provincial figures (deaths):\nSindh — 347\nBalochistan — 238\n"
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Sindh", "PK"), ("Balochistan", "PK")]


def test_index_file_name_changes_with_the_extras():
    from app.extract.gazetteer import index_filename

    name = index_filename()
    assert name.startswith("gazetteer-") and name.endswith(".sqlite") and name.count("-") >= 3
