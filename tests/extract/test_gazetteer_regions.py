"""First-level divisions from ISO 3166-2 (pycountry) in the gazetteer: English forms of local
names, a unit word after a name a city of the country also has, the bare name otherwise."""

import datetime as dt

from app.extract import gazetteer as gz
from app.extract.regions import english_forms

PUB = dt.date(2024, 5, 2)


def test_slavic_adjective_names_give_the_city_stem_and_take_a_unit_word():
    forms, units, alone = english_forms("Luhanska oblast", "region")
    assert "Luhansk" in forms and "oblast" in units and "region" in units and not alone
    forms, units, alone = english_forms("Bryanskaya oblast'", "administrative region")
    assert "Bryansk" in forms and not alone


def test_arabic_article_and_french_compass_words_go():
    forms, units, alone = english_forms("Al Anbār", "governorate")
    assert forms[:2] == ["Al Anbar", "Anbar"] and "governorate" in units and "province" in units and alone
    forms, _units, _alone = english_forms("Sud-Kivu", "province")
    assert forms[0] == "South Kivu"


def _regions(g, name):
    return [(p.name, p.country) for p in g.lookup(name) if p.kind == "region"]


def test_divisions_are_found_with_their_unit_word():
    g = gz.Gazetteer()
    assert _regions(g, "Borno state") == [("Borno", "NG")]
    assert _regions(g, "Belgorod region") == [("Belgorod", "RU")]
    assert _regions(g, "Helmand province") == [("Helmand", "AF")]
    assert _regions(g, "Odesa oblast") == [("Odesa", "UA")]  # "Odeska oblast": the city's stem
    assert _regions(g, "Homs governorate") == [("Homs", "SY")]  # ISO "Ḩimş": the city's English name
    assert _regions(g, "Kharkivska oblast")


def test_a_bare_division_name_only_when_no_city_of_its_country_has_it():
    g = gz.Gazetteer()
    assert _regions(g, "North Kivu") == [("North Kivu", "CD")]
    assert ("Zamfara", "NG") in _regions(g, "Zamfara")
    assert not _regions(g, "Kaduna")  # the city; "Kaduna state" is the state
    assert _regions(g, "Kaduna state") == [("Kaduna", "NG")]
    assert not _regions(g, "Unity") and not _regions(g, "Somali")  # English words, a people
    assert not _regions(g, "Chechen") and not _regions(g, "Meta") and not _regions(g, "Jerusalem")
    assert not _regions(g, "Red Sea") and _regions(g, "Red Sea state") == [("Red Sea", "SD")]
    # the country keeps the name; the US state is a second reading the article's places decide
    assert [(p.kind, p.country) for p in g.lookup("Georgia")] == [("country", "GE"), ("region", "US")]


def test_a_hamlet_listed_under_another_spelling_does_not_take_a_states_bare_name():
    g = gz.Gazetteer()
    # GeoNames lists a hamlet "Kebbe" (no population) with "Kebbi" as an alternate spelling
    assert ("Kebbi", "NG") in _regions(g, "Kebbi")
    assert _regions(g, "Kebbi state") == [("Kebbi", "NG")]


def test_a_city_whose_name_holds_a_states_name_is_no_namesake(extract):
    g = gz.Gazetteer()
    # Bihar Sharif and Johor Bahru are known as "Bihar" and "Johor" too: the states keep their names
    assert _regions(g, "Bihar") == [("Bihar", "IN")] and _regions(g, "Bihar state") == [("Bihar", "IN")]
    assert ("Johor", "MY") in _regions(g, "Johor") and ("Guerrero", "MX") in _regions(g, "Guerrero state")
    # a city named exactly as the division, or a metropolis "X City", is the namesake still
    assert _regions(g, "Hudaydah governorate") == [("Al Hudaydah", "YE")]
    assert not _regions(g, "New York")
    figures = extract("Monsoon floods in Bihar have killed 27 people this week, officials said.", PUB)
    assert [(f.value, f.place, f.country) for f in figures] == [(27, "Bihar", "IN")]
    assert abs(figures[0].lat - 25.2) < 1.5  # placed at the state's main namesake town


def test_a_capital_listed_under_its_states_name_is_no_namesake(extract):
    g = gz.Gazetteer()
    # GeoNames lists Salvador as "Bahia", Recife as "Pernambuco", Chiapa de Corzo as "Chiapas"
    for name in ("Bahia", "Pernambuco", "Chiapas", "Sabah"):
        assert [(p.name, p.kind) for p in g.lookup(name) if p.country in ("BR", "MX", "MY")] == [(name, "region")]
    # a transliterated name keeps its city's English name: "Halab" is Aleppo's governorate
    assert _regions(g, "Aleppo governorate") == [("Aleppo", "SY")] and _regions(g, "Damascus governorate")
    text = "Landslides have killed 38 people across Pernambuco, state authorities said."
    assert [(f.place, f.country) for f in extract(text, PUB)] == [("Pernambuco", "BR")]


def test_second_level_divisions_news_names_like_states_are_regions(extract):
    g = gz.Gazetteer()
    # the Philippines' provinces, Bangladesh's and Sri Lanka's districts, Burkina Faso's provinces
    assert _regions(g, "Pangasinan") == [("Pangasinan", "PH")] and ("Kurigram", "BD") in _regions(g, "Kurigram")
    assert _regions(g, "Kegalle district") == [("Kegalle", "LK")] and ("Soum", "BF") in _regions(g, "Soum province")
    assert not _regions(g, "Antique")  # an English word: only "Antique province"
    figures = extract("Floods have affected 61,450 people in 14 towns of Pangasinan, the provincial "
                      "disaster office said on Thursday.", PUB)
    assert [(f.place, f.country) for f in figures] == [("Pangasinan", "PH")]


def test_a_state_the_gazetteer_lacked_is_the_place(extract):
    text = ("Gunmen killed 23 villagers in Zamfara on Sunday, police in Nigeria said. In Katsina state, "
            "bandits abducted 40 people from a school.")
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Zamfara", "NG"), ("Katsina state", "NG")]


def test_a_city_name_with_a_unit_word_is_the_region_and_ranks_below_a_city(extract):
    text = ("Shelling killed four people in Sumy region on Monday, the regional governor said. "
            "In the village of Velyka Pysarivka in Sumy region, 11 people were wounded.")
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Sumy region", "UA"), ("Velyka Pysarivka", "UA")]


def test_a_named_province_is_more_specific_than_a_compass_part_of_the_country(extract):
    text = ("Air strikes on Kandahar province, the heaviest in southern Afghanistan this year, killed "
            "at least 19 people, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Kandahar province", "AF")


def test_across_the_state_is_the_state_named_bare_not_a_district_named_since(extract):
    text = ("Floods have swept through Assam since Monday. Rescuers reached villages in Dhemaji district "
            "on Wednesday. At least 52 people have died across the state, officials said.")
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Assam", "IN")


def test_a_division_no_other_place_is_named_after_tells_its_country(extract):
    (f,) = extract("Heavy rain killed 14 people in Chhattisgarh on Tuesday.", PUB)
    assert (f.place, f.country) == ("Chhattisgarh", "IN")


def test_a_countrys_possessive_before_a_region_is_no_part_of_its_name(extract):
    (f,) = extract("A drone attack killed two people in Russia's Kursk region, the governor said.", PUB)
    assert (f.place, f.country) == ("Kursk region", "RU")
    (f,) = extract("Floods killed 11 people in Nigeria's Kogi state on Friday.", PUB)
    assert (f.place, f.country) == ("Kogi state", "NG")


def test_in_the_state_after_the_states_authorities_is_that_state(extract):
    text = ("Authorities in Kebbi state said 64 people had been killed in the state since March, "
            "including 9 in Birnin Kebbi.")
    figures = extract(text, PUB)
    assert [(f.place, f.country) for f in figures] == [("Kebbi state", "NG"), ("Birnin Kebbi", "NG")]


def test_a_sentence_opening_across_is_no_part_of_the_regions_name(extract):
    text = "Shelling hit Sumy city on Sunday. Across Sumy region, 6 people were wounded, officials said."
    (f,) = extract(text, PUB)
    assert (f.place, f.country) == ("Sumy region", "UA")


def test_portuguese_particles_join_a_divisions_name(extract):
    (f,) = extract("Floods in Brazil's Mato Grosso do Sul state have killed 23 people, officials said.", PUB)
    assert (f.place, f.country) == ("Mato Grosso do Sul state", "BR")
