"""Where the gazetteer index comes from: prebuilt, the user cache (old ones removed), a bundle."""

import sys

from app.extract import gazetteer


def _fake_build(dest):
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(b"index")
    return dest


def test_a_new_index_in_the_cache_replaces_the_old_ones(tmp_path, monkeypatch):
    cache, shipped = tmp_path / "cache", tmp_path / "resources"
    shipped.mkdir()
    cache.mkdir()
    old = cache / "gazetteer-3.0.2-2-00000000.sqlite"
    old.write_bytes(b"old")
    unrelated = cache / "notes.txt"
    unrelated.write_text("keep me")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", shipped)
    monkeypatch.setattr(gazetteer, "build_gazetteer_index", _fake_build)

    path = gazetteer.find_or_build_index()
    assert path.parent == cache and path.name == gazetteer.index_filename()
    assert not old.exists() and unrelated.exists()
    assert gazetteer.find_or_build_index() == path  # found, not rebuilt


def test_a_prebuilt_index_is_used_as_is(tmp_path, monkeypatch):
    shipped = tmp_path / "resources"
    shipped.mkdir()
    prebuilt = shipped / gazetteer.index_filename()
    prebuilt.write_bytes(b"index")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", shipped)
    monkeypatch.setattr(gazetteer, "build_gazetteer_index", None)  # would fail if called
    assert gazetteer.find_or_build_index() == prebuilt


def test_a_frozen_bundle_uses_the_index_it_ships_whatever_its_name(tmp_path, monkeypatch):
    shipped = tmp_path / "resources"
    shipped.mkdir()
    bundled = shipped / "gazetteer-3.0.2-3-feedbeef.sqlite"  # built with other inputs
    bundled.write_bytes(b"index")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", shipped)
    monkeypatch.setattr(gazetteer, "build_gazetteer_index", None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert gazetteer.find_or_build_index() == bundled


def test_in_a_bundle_without_module_sources_the_shipped_index_is_still_found(tmp_path,
                                                                             monkeypatch):
    import types

    shipped = tmp_path / "resources"
    shipped.mkdir()
    bundled = shipped / "gazetteer-3.0.2-3-feedbeef.sqlite"
    bundled.write_bytes(b"index")
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", shipped)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    # PyInstaller ships bytecode only: the regions module has no source file to hash
    no_source = types.SimpleNamespace(__file__=str(tmp_path / "missing" / "regions.py"))
    monkeypatch.setattr(gazetteer, "regions", no_source)
    assert gazetteer.index_filename().startswith("gazetteer-")
    assert gazetteer.existing_index() == bundled

    from app.ui.completers import gazetteer_index_path
    assert gazetteer_index_path() == bundled
