"""Finding places (round 12b): a site placed from another ("an outpost at X, north of the city"),
where people arrived or were found ("new arrivals in X"), the target of attacks that the gazetteer
knows as a small town, health zones, a road named after two towns, a rank word before a unit word,
and a country named only by its part ("in south-eastern Chad")."""

from app.extract.place_local import local_names
from app.extract.pipeline import Extractor


def _scan(text: str):
    return Extractor().places.scan(text)


def _known(_name: str) -> tuple:
    return ()


def test_a_site_placed_from_another_is_a_place():
    text = "Fighters seized 20 soldiers at Tamsuro, about 15 km west of the town, the group said."
    assert "Tamsuro" in local_names(text, _known, set())


def test_where_people_arrived_is_a_place():
    text = "The agency counted 4,000 new arrivals in Gorowen during the last week of March."
    assert "Gorowen" in local_names(text, _known, set())


def test_bodies_found_in_a_place():
    text = "Weekly digest: ambush on a convoy, bodies found in Ketorabe, market fire in the capital."
    assert "Ketorabe" in local_names(text, _known, set())


def test_a_nationality_after_arrived_is_no_place():
    from app.extract.gazetteer import Gazetteer

    text = "Aid workers said many arrived in Sudanese territory on foot."
    assert "Sudanese" not in local_names(text, Gazetteer().lookup, set())


def test_a_small_town_attacked_is_kept():
    article = _scan("In Haiti's Artibonite department, repeated gang attacks on Verrettes forced 2,000 people "
                    "to flee in March, local officials said.")
    assert any(m.surface == "Verrettes" for m in article.mentions)


def test_attacks_on_a_name_the_gazetteer_lacks_are_no_place():
    text = "Renewed attacks on Bokarimo were condemned by the minister."
    assert "Bokarimo" not in local_names(text, _known, set())


def test_health_zones_are_units():
    article = _scan("In the Democratic Republic of Congo, the Kabongo and Mwetshi health zones reported 40 deaths "
                    "from cholera, the health ministry said.")
    names = {m.surface for m in article.mentions}
    assert {"Kabongo", "Mwetshi"} <= names or {"Kabongo health zone", "Mwetshi health zone"} & names


def test_a_road_named_after_two_towns_gives_the_towns():
    article = _scan("In Kenya, a bus plunged off the Nakuru-Eldoret road on Monday, killing 12 people.")
    names = {m.surface for m in article.mentions}
    assert "Nakuru" in names and "Eldoret" in names
    assert not any("road" in n for n in names)


def test_a_rank_before_a_unit_word_makes_an_office():
    article = _scan("The Kasese Resident District Commissioner said 14 people died in floods in Uganda.")
    assert not any("Resident" in m.surface for m in article.mentions)


def test_a_country_named_by_its_part_lets_a_town_there_keep_its_country():
    article = _scan("Fighting in Mali went on. Across the border, the UN said 2,000 Malians had arrived in "
                    "Bassikounou, in south-eastern Mauritania, since June.")
    town = next(m for m in article.mentions if m.surface == "Bassikounou")
    assert town.place.country == "MR"


def test_a_news_outlet_named_like_a_place_is_no_place():
    article = _scan("A spokesman told The Mekong by phone that 12 people died in Myanmar. "
                    "Local officials told the Shan Herald that the toll would rise.")
    names = {m.surface for m in article.mentions}
    assert "Mekong" not in names and "Shan" not in names


def test_the_gambia_mid_sentence_is_still_a_place():
    article = _scan("Hundreds of people fled across the border to The Gambia, officials said.")
    assert any(m.place.country == "GM" for m in article.mentions)
