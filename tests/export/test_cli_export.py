import csv
import datetime as dt
import json
import sys

import openpyxl
import pytest

from app.cli import main

D1 = dt.date(2024, 3, 1)


@pytest.fixture
def project_file(new_project, fig, add_article):
    project = new_project()
    add_article(project, [
        fig(120, claimant="governor", place="Kharkiv", country="UA", as_of=D1),
        fig(30, claimant="police", place="Bucha", country="UA", as_of=D1, status="confirmed"),
        fig(700, measure="displaced", who="people", claimant="UN", place="Bucha",
            country="UA", as_of=D1),
        fig(5, claimant="troll", place="Kharkiv", country="UA", as_of=D1, status="rejected"),
    ])
    project.close()
    return project.path


def _csv_rows(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_export_csv_from_the_command_line(project_file, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["export", str(project_file), "--format", "csv", "-o", str(out)]) == 0
    assert len(_csv_rows(out)) == 1 + 3
    assert "Wrote 3 figures" in capsys.readouterr().out


def test_export_filters_by_measure_and_status(project_file, tmp_path):
    out = tmp_path / "out.csv"
    main(["export", str(project_file), "-f", "csv", "-o", str(out), "--measure", "killed"])
    assert len(_csv_rows(out)) == 1 + 2
    main(["export", str(project_file), "-f", "csv", "-o", str(out), "--status", "reviewed"])
    assert len(_csv_rows(out)) == 1 + 1
    main(["export", str(project_file), "-f", "csv", "-o", str(out), "--status", "rejected"])
    assert [r[8] for r in _csv_rows(out)[1:]] == ["troll"]
    main(["export", str(project_file), "-f", "csv", "-o", str(out), "--status", "all",
          "--measure", "killed,displaced"])
    assert len(_csv_rows(out)) == 1 + 4


def test_export_rejects_an_unknown_measure(project_file, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(project_file), "-f", "csv", "--measure", "eaten"])
    assert exit_info.value.code == 2
    assert "unknown measure: eaten" in capsys.readouterr().err


def test_export_xlsx_and_geojson_carry_reconciled_estimates(project_file, tmp_path):
    xlsx, geojson = tmp_path / "out.xlsx", tmp_path / "out.geojson"
    assert main(["export", str(project_file), "-f", "xlsx", "-o", str(xlsx)]) == 0
    reconciled = openpyxl.load_workbook(xlsx)["Reconciled"]
    assert reconciled.max_row > 1
    assert main(["export", str(project_file), "-f", "geojson", "-o", str(geojson)]) == 0
    data = json.loads(geojson.read_text(encoding="utf-8"))
    country = next(f for f in data["features"] if f["properties"]["level"] == "country")
    killed = country["properties"]["latest"]["killed/civilians"]
    assert (killed["best"], killed["basis"]) == (150, "sum of places")
    main(["export", str(project_file), "-f", "geojson", "-o", str(geojson), "--no-sum-places"])
    data = json.loads(geojson.read_text(encoding="utf-8"))
    assert {f["properties"]["level"] for f in data["features"]} == {"town"}


def test_export_hxl_writes_the_hashtag_row(project_file, tmp_path):
    out = tmp_path / "out-hxl.csv"
    assert main(["export", str(project_file), "-f", "hxl", "-o", str(out)]) == 0
    rows = _csv_rows(out, encoding="utf-8")
    assert "#affected+killed" in rows[1] and "#adm1+code" in rows[1]


def test_export_defaults_to_a_file_beside_the_project(project_file):
    assert main(["export", str(project_file), "-f", "csv"]) == 0
    assert project_file.with_suffix(".csv").is_file()


def test_pdf_export_without_the_report_module_exits_2_with_a_message(project_file, tmp_path,
                                                                     monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "app.ui.report", None)
    out = tmp_path / "report.pdf"
    assert main(["export", str(project_file), "-f", "pdf", "-o", str(out)]) == 2
    assert "PDF reports are not available" in capsys.readouterr().err
    assert not out.exists()


def test_pdf_export_calls_the_report_writer_with_the_filter(project_file, tmp_path, monkeypatch):
    import types

    calls = []
    fake = types.ModuleType("app.ui.report")
    fake.export_report = lambda project, path, spec: calls.append((path, spec.measures))
    monkeypatch.setitem(sys.modules, "app.ui.report", fake)
    out = tmp_path / "report.pdf"
    assert main(["export", str(project_file), "-f", "pdf", "-o", str(out),
                 "--measure", "killed"]) == 0
    assert calls == [(out, ("killed",))]


def test_export_of_a_missing_project_exits_2(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.sitrep"), "-f", "csv"]) == 2
    assert "does not exist" in capsys.readouterr().err
