"""The offline gazetteer index: curated extras, and a fresh index whenever they change."""

from app.extract import gazetteer as gz


def test_index_name_changes_with_the_extras_file(tmp_path, monkeypatch):
    extras = tmp_path / "extras.tsv"
    extras.write_text("Tel Marouf\tcity\tSY\t36.0\t37.0\n", encoding="utf-8")
    monkeypatch.setattr(gz, "EXTRAS_FILE", extras)
    first = gz.index_filename()
    extras.write_text("Tel Marouf\tcity\tSY\t36.0\t37.1\n", encoding="utf-8")
    assert gz.index_filename() != first


def test_built_index_holds_extras_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    extras = tmp_path / "extras.tsv"
    extras.write_text("# a comment\nWadi Sallum\tregion\tSD\t13.1\t25.2\tWadi Salloum\n", encoding="utf-8")
    monkeypatch.setattr(gz, "EXTRAS_FILE", extras)
    monkeypatch.setattr(gz, "CITIES_FILE", "cities15000.json")  # a smaller source keeps the test quick
    path = gz.build_gazetteer_index(tmp_path / "index")
    assert path.name == gz.index_filename()
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    g = gz.Gazetteer(path)
    (place,) = g.lookup("Wadi Salloum")
    assert (place.name, place.kind, place.country) == ("Wadi Sallum", "region", "SD")


def test_gaza_alone_finds_the_territory_before_the_city():
    g = gz.Gazetteer()
    kinds = {(p.kind, p.country) for p in g.lookup("Gaza")}
    assert ("region", "PS") in kinds and ("city", "PS") in kinds
    (region,) = [p for p in g.lookup("Gaza Strip") if p.kind == "region"]
    assert region.name == "Gaza"
