"""Behaviour of the whole extractor on sentences written for these tests."""

import datetime as dt

from app.domain import Measure, Qualifier, Who

PUB = dt.date(2022, 4, 21)  # a Thursday


def only(figures):
    assert len(figures) == 1, figures
    return figures[0]


def test_at_least_sets_low_only(extract):
    f = only(extract("At least 12 civilians were killed in the attack."))
    assert (f.qualifier, f.value, f.low, f.high) == (Qualifier.AT_LEAST, 12, 12, None)
    assert f.measure == Measure.KILLED and f.who == Who.CIVILIANS


def test_up_to_sets_high_only(extract):
    f = only(extract("Up to 300 people are missing after the flood."))
    assert (f.qualifier, f.low, f.high) == (Qualifier.AT_MOST, None, 300)
    assert f.measure == Measure.MISSING


def test_vague_hundreds_has_low_200(extract):
    f = only(extract("Hundreds of people were injured in the blast."))
    assert (f.qualifier, f.value, f.low, f.high) == (Qualifier.VAGUE, None, 200, None)
    assert f.measure == Measure.INJURED


def test_range_between_a_and_b(extract):
    f = only(extract("Between 350 and 400 people were killed in the town."))
    assert (f.qualifier, f.low, f.high) == (Qualifier.RANGE, 350, 400)


def test_age_is_not_a_figure(extract):
    assert extract("A 34-year-old man was killed, police said.") == []
    assert extract("Olena Petrova, 34, said her brother was killed.") == []


def test_years_money_percentages_and_distances_are_not_figures(extract):
    text = ("In 2022, the fund paid $5 million to 15% of families living 20 km from the front, "
            "where shelling killed people at 10:30 a.m.")
    assert extract(text) == []


def test_number_in_url_is_not_a_figure(extract):
    assert extract("See https://example.org/killed/300 for details on killed people.") == []


def test_pronoun_resolves_to_named_mayor(extract):
    text = ("Vadym Boichenko, mayor of Mariupol, spoke on Tuesday.\n"
            "\"More than 2,000 people have been killed,\" he said.")
    f = only(extract(text))
    assert f.claimant == "Vadym Boichenko"


def test_title_resolves_to_person_named_earlier(extract):
    text = ("The regional governor, Pavlo Kyrylenko, visited the station.\n"
            "Thirty people were wounded, the governor said.")
    assert only(extract(text)).claimant == "Pavlo Kyrylenko"


def test_according_to_names_the_claimant(extract):
    f = only(extract("More than 1,700 people have been detained, according to the UN human rights office."))
    assert f.claimant == "the UN human rights office"
    assert f.measure == Measure.CAPTURED


def test_bucha_in_ukraine_article_resolves_to_ua(extract):
    text = ("Ukrainian officials said the war in Ukraine goes on.\n"
            "Investigators in Bucha have recovered 412 bodies, police said.")
    f = only(extract(text))
    assert (f.place, f.country) == ("Bucha", "UA")
    assert 50 < f.lat < 51 and 30 < f.lon < 31


def test_near_the_capital_kyiv_gives_bucha(extract):
    f = only(extract("In Bucha, near the capital Kyiv, 400 bodies were found, Ukraine said."))
    assert f.place == "Bucha"


def test_country_resolves_with_centroid(extract):
    f = only(extract("More than 3 million people have fled Sudan, the UN said."))
    assert f.country == "SD" and f.measure == Measure.REFUGEES and f.lat is not None


def test_subset_points_to_parent(extract):
    figures = extract("The strike killed 52 people, including five children, officials said.")
    assert [f.value for f in figures] == [52, 5]
    parent, child = figures
    assert child.parts_of == parent.id and child.who == Who.CHILDREN
    assert child.measure == Measure.KILLED


def test_side_from_demonym(extract):
    f = only(extract("Kyiv said 5,937 Russian soldiers had been killed."))
    assert f.side == "russia" and f.who == Who.SOLDIERS


def test_weekday_resolves_to_most_recent_day_before_publication(extract):
    f = only(extract("The register listed 280 missing people as of Monday.", PUB))
    assert f.as_of == dt.date(2022, 4, 18)


def test_since_date_without_year_takes_publication_year(extract):
    f = only(extract("More than 3.6 million people have fled since February 24, the UN said.", PUB))
    assert f.since == dt.date(2022, 2, 24)
    assert f.as_of == PUB


def test_hedge_words_mark_figure_hedged(extract):
    f = only(extract("Up to 1,000 people may still be unaccounted for, officials said."))
    assert f.hedged


def test_denial_sets_disputed_by(extract):
    text = "Officials said 300 civilians were killed in the town. Moscow has denied that its forces killed civilians."
    assert only(extract(text)).disputed_by == "Moscow"


def test_quantities_of_things_are_not_figures(extract):
    assert extract("Aid agencies said 90 tonnes of food and 40 trucks were waiting.") == []


def test_ids_are_local_and_offsets_index_the_text(extract):
    text = "Twelve people were killed and 30 were wounded in Kharkiv on Friday, the governor said."
    figures = extract(text)
    assert [f.id for f in figures] == [1, 2]
    assert [text[f.start : f.end] for f in figures] == ["Twelve", "30"]
    assert [f.measure for f in figures] == [Measure.KILLED, Measure.INJURED]


def test_infer_published_takes_latest_full_date():
    from app.extract import infer_published

    text = "Written on March 3, 2022. Updated 5 March 2022. The war began on 24 February."
    assert infer_published(text) == dt.date(2022, 3, 5)
