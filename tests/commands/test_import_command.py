"""`sitrep import --jobs`: the same output whether the files are read here or in workers."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.cli import main
from app.commands import project as project_command
from app.ingest import parallel

REPO = Path(__file__).resolve().parents[2]
SOURCES = [str(REPO / "tests" / "fixtures" / "ingest"), str(REPO / "resources" / "demo")]


def test_import_with_workers_prints_and_stores_what_one_job_does(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_FILES_FOR_POOL", 1)
    outputs = []
    for jobs in ("1", "2"):
        project = str(tmp_path / f"jobs{jobs}.sitrep")
        code = main(["import", "-q", "--jobs", jobs, project, *SOURCES])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    code, out = outputs[0]
    assert code == 1  # the fixtures hold files that cannot be imported
    assert "failed    " in out and "skipped   " in out
    summary = out.strip().splitlines()[-1]
    assert "1 already in the project" in summary and "could not be read" in summary
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_jobs_must_be_a_positive_whole_number(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--jobs", value, str(tmp_path / "p.sitrep"), *SOURCES])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "expected"), [([], None), (["-j", "3"], 3), (["--jobs", "1"], 1)])
def test_jobs_reaches_the_importer(tmp_path, monkeypatch, argv, expected):
    seen = {}

    def fake_import(project, paths, token, jobs=None):
        seen["jobs"] = jobs
        from app.ingest.importer import ImportReport

        return ImportReport()

    monkeypatch.setattr(project_command, "import_articles", fake_import)
    assert main(["import", *argv, str(tmp_path / "p.sitrep"), SOURCES[0]]) == 0
    assert seen == {"jobs": expected}
