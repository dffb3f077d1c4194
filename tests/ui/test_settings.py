"""Preferences: typed keys with defaults, the recent-projects list, the settings folder."""

from __future__ import annotations

from pathlib import Path

from app.ui import settings as settings_module
from app.ui.settings import LAST_IMPORT_DIR, SHOW_REMOVED_TEXT, Settings


def test_unset_keys_give_their_defaults(settings):
    assert settings.get(SHOW_REMOVED_TEXT) is False
    assert settings.get(LAST_IMPORT_DIR) == ""
    assert settings.recent_projects() == []


def test_values_keep_their_type_across_instances(settings):
    settings.set(SHOW_REMOVED_TEXT, True)
    settings.sync()
    assert Settings().get(SHOW_REMOVED_TEXT) is True


def test_settings_file_lives_in_the_settings_dir(settings, monkeypatch, tmp_path):
    settings.set(LAST_IMPORT_DIR, "/somewhere")
    settings.sync()
    folder = Path(settings.qsettings.fileName()).parent
    assert str(folder).startswith(str(Path(settings_module.os.environ["SITREP_SETTINGS_DIR"])))


def test_recent_projects_are_most_recent_first_without_repeats(settings, tmp_path):
    for name in ("a", "b", "a"):
        settings.add_recent_project(tmp_path / f"{name}.sitrep")
    assert [Path(p).stem for p in settings.recent_projects()] == ["a", "b"]


def test_single_recent_project_survives_a_round_trip(settings, tmp_path):
    settings.add_recent_project(tmp_path / "only.sitrep")
    settings.sync()
    assert [Path(p).name for p in Settings().recent_projects()] == ["only.sitrep"]


def test_recent_projects_are_capped_at_ten(settings, tmp_path):
    for index in range(14):
        settings.add_recent_project(tmp_path / f"p{index}.sitrep")
    recent = settings.recent_projects()
    assert len(recent) == 10
    assert Path(recent[0]).stem == "p13"


def test_clearing_recent_projects_empties_the_list(settings, tmp_path):
    settings.add_recent_project(tmp_path / "x.sitrep")
    settings.clear_recent_projects()
    assert settings.recent_projects() == []
