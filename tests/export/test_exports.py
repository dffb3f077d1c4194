import csv
import datetime as dt
import json

import openpyxl
import pytest

from app.analysis.places import PlaceResolver
from app.analysis.reconcile import reconcile
from app.domain import Cancelled, ProgressToken
from app.export.common import FIGURE_HEADERS, StatusPolicy
from app.export.csv_export import export_csv
from app.export.geojson_export import export_geojson
from app.export.hxl_export import export_hxl, hxl_headers
from app.export.xlsx_export import export_xlsx
from app.store.figure_query import FigureFilter

D1, D2 = dt.date(2024, 3, 1), dt.date(2024, 3, 3)
INJECTIONS = ["=SUM(A1:A9)", "+1", "-2+3", "@cmd", "\t=1+1", "\r=2"]


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.fixture
def seeded(new_project, fig, add_article):
    project = new_project()
    ids = add_article(project, [
        fig(120, claimant="governor", place="Kharkiv", country="UA", lat=49.98, lon=36.25,
            as_of=D1, status="confirmed", sentence="The governor said 120 civilians were killed."),
        fig(qualifier="range", low=20, high=30, measure="missing", who="people",
            claimant="police", place="Bucha", country="UA", as_of=D2),
        fig(5, claimant="troll", place="Kharkiv", country="UA", as_of=D1, status="rejected"),
        fig(40, claimant="mayor", place="Madrid", country="ES", lat=40.4, lon=-3.7, as_of=D1),
    ], title="Shelling report", publisher="Kyiv Independent", url="https://example.org/a")
    injected = add_article(project, [
        fig(7, claimant=text, place=text, country="UA", as_of=D2, sentence=text)
        for text in INJECTIONS
    ], title="=HYPERLINK(\"http://evil\")", publisher="@evil", url="-1")
    return project, ids, injected


def _read_csv(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_csv_has_provenance_columns_and_leaves_rejected_out(seeded, tmp_path):
    project, ids, injected = seeded
    out = tmp_path / "figures.csv"
    assert export_csv(project, out) == 3 + len(INJECTIONS)
    rows = _read_csv(out)
    assert tuple(rows[0]) == FIGURE_HEADERS
    by_id = {int(r[0]): dict(zip(rows[0], r)) for r in rows[1:]}
    assert ids[2] not in by_id
    first = by_id[ids[0]]
    assert first["value"] == "120" and first["as_of"] == "2024-03-01"
    assert first["article"] == "Shelling report" and first["publisher"] == "Kyiv Independent"
    assert first["url"] == "https://example.org/a" and first["status"] == "confirmed"
    assert first["sentence"] == "The governor said 120 civilians were killed."
    assert by_id[ids[1]]["low"] == "20" and by_id[ids[1]]["value"] == ""


@pytest.mark.parametrize("text", INJECTIONS)
def test_csv_cells_that_start_like_a_formula_are_quoted(seeded, tmp_path, text):
    project, _, injected = seeded
    out = tmp_path / "figures.csv"
    export_csv(project, out)
    rows = {int(r[0]): dict(zip(FIGURE_HEADERS, r)) for r in _read_csv(out)[1:]}
    row = rows[injected[INJECTIONS.index(text)]]
    for column in ("claimant", "place", "sentence"):
        assert row[column] == "'" + text
    assert row["article"] == "'=HYPERLINK(\"http://evil\")"
    assert row["publisher"] == "'@evil" and row["url"] == "'-1"


def test_csv_real_negative_numbers_stay_numbers(seeded, tmp_path):
    project, ids, _ = seeded
    out = tmp_path / "figures.csv"
    export_csv(project, out)
    rows = {int(r[0]): dict(zip(FIGURE_HEADERS, r)) for r in _read_csv(out)[1:]}
    assert rows[ids[3]]["lon"] == "-3.7"


def test_exports_follow_the_table_filter_and_status_policy(seeded, tmp_path):
    project, ids, _ = seeded
    out = tmp_path / "figures.csv"
    assert export_csv(project, out, FigureFilter(measures=("missing",))) == 1
    assert [int(r[0]) for r in _read_csv(out)[1:]] == [ids[1]]
    assert export_csv(project, out, FigureFilter(place="kharkiv"),
                      status=StatusPolicy.ALL) == 2
    assert export_csv(project, out, status=StatusPolicy.REVIEWED) == 1


def test_xlsx_has_figures_reconciled_and_sources_sheets(seeded, tmp_path, resolver):
    project, ids, injected = seeded
    out = tmp_path / "figures.xlsx"
    estimates = reconcile(project, resolver=resolver).estimates
    assert export_xlsx(project, out, estimates=estimates) == 3 + len(INJECTIONS)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Figures", "Reconciled", "Sources"]
    sheet = book["Figures"]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["X"].width == 80  # sentence
    header = [c.value for c in sheet[1]]
    assert tuple(header) == FIGURE_HEADERS
    assert sheet.cell(1, 1).font.bold
    rows = {r[0]: dict(zip(header, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {ids[0], ids[1], ids[3], *injected}
    assert rows[ids[0]]["as_of"] == dt.datetime(2024, 3, 1)
    assert rows[ids[0]]["value"] == 120 and rows[ids[3]]["lon"] == -3.7
    assert rows[ids[0]]["hedged"] is False
    reconciled = book["Reconciled"]
    rec_header = [c.value for c in reconciled[1]]
    recs = [dict(zip(rec_header, r)) for r in reconciled.iter_rows(min_row=2, values_only=True)]
    kharkiv = [r for r in recs if r["level"] == "town" and r["place"] == "Kharkiv"
               and r["measure"] == "killed"]
    assert kharkiv[0]["best"] == 120 and kharkiv[0]["figure_ids"] == str(ids[0])
    assert any(r["basis"] == "sum of places" for r in recs)
    sources = list(book["Sources"].iter_rows(min_row=2, values_only=True))
    assert {s[1] for s in sources} == {"Shelling report", "=HYPERLINK(\"http://evil\")"}


@pytest.mark.parametrize("text", INJECTIONS)
def test_xlsx_text_that_looks_like_a_formula_is_a_string_cell(seeded, tmp_path, text):
    project, _, injected = seeded
    out = tmp_path / "figures.xlsx"
    export_xlsx(project, out)
    sheet = openpyxl.load_workbook(out)["Figures"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == injected[INJECTIONS.index(text)]:
            claimant = row[header.index("claimant")]
            assert claimant.data_type == "s"
            assert claimant.value == text
            assert row[header.index("article")].data_type == "s"
            break
    else:
        pytest.fail("row not exported")


def test_geojson_is_a_feature_collection_of_places_with_estimates(seeded, tmp_path, resolver):
    project, ids, _ = seeded
    out = tmp_path / "places.geojson"
    estimates = reconcile(project, resolver=resolver).estimates
    count = export_geojson(project, out, estimates=estimates)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    data = json.loads(raw, parse_constant=lambda c: pytest.fail(f"non-JSON number {c}"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == count
    for feature in data["features"]:
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    kharkiv = next(f for f in data["features"] if f["properties"]["name"] == "Kharkiv")
    assert kharkiv["geometry"]["coordinates"] == [36.25, 49.98]
    assert kharkiv["properties"]["level"] == "town"
    (estimate,) = kharkiv["properties"]["estimates"]
    assert estimate["best"] == 120 and estimate["figure_ids"] == [ids[0]]
    assert kharkiv["properties"]["latest"]["killed/civilians"]["best"] == 120
    madrid = next(f for f in data["features"] if f["properties"]["name"] == "Madrid")
    assert madrid["geometry"]["coordinates"] == [-3.7, 40.4]
    assert {f["properties"]["level"] for f in data["features"]} >= {"town", "region", "country"}


def test_geojson_without_estimates_lists_places_with_figure_counts(seeded, tmp_path):
    project, _, _ = seeded
    out = tmp_path / "places.geojson"
    export_geojson(project, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    kharkiv = next(f for f in data["features"] if f["properties"]["name"] == "Kharkiv")
    assert kharkiv["properties"]["figure_count"] == 1
    assert kharkiv["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}


def test_hxl_has_a_hashtag_row_under_the_header(seeded, tmp_path, resolver):
    project, ids, injected = seeded
    out = tmp_path / "figures-hxl.csv"
    assert export_hxl(project, out, locate=resolver.resolve) == 3 + len(INJECTIONS)
    rows = _read_csv(out, encoding="utf-8")
    names, tags = hxl_headers()
    assert rows[0] == names and rows[1] == tags
    assert all(tag.startswith("#") for tag in rows[1])
    for tag in ("#affected+killed", "#affected+injured", "#affected+missing", "#affected+idps",
                "#affected+refugees", "#adm1+name", "#adm1+code", "#country+code", "#loc+name",
                "#geo+lat", "#geo+lon", "#date", "#meta+source", "#meta+url"):
        assert tag in rows[1]
    data = {int(r[0]): dict(zip(rows[1], r)) for r in rows[2:]}
    kharkiv = data[ids[0]]
    assert kharkiv["#affected+killed"] == "120" and kharkiv["#affected+missing"] == ""
    assert kharkiv["#country+code"] == "UKR" and kharkiv["#adm1+code"] == "UA.07"
    assert kharkiv["#date"] == "2024-03-01" and kharkiv["#meta+url"] == "https://example.org/a"
    assert kharkiv["#meta+source"] == "Kyiv Independent"
    assert data[ids[1]]["#affected+missing"] == "25"
    assert data[ids[3]]["#geo+lon"] == "-3.7"
    for text, figure_id in zip(INJECTIONS, injected):
        assert data[figure_id]["#loc+name"] == "'" + text
        assert data[figure_id]["#meta+source"] == "'@evil"


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if not p.name.startswith("test.sitrep")
            and not p.name.startswith("out.")]


EXPORTERS = [
    ("csv", export_csv), ("xlsx", export_xlsx), ("geojson", export_geojson), ("hxl", export_hxl),
]


@pytest.mark.parametrize(("suffix", "export"), EXPORTERS)
def test_a_cancelled_export_leaves_no_file(seeded, tmp_path, suffix, export):
    project, _, _ = seeded
    out = tmp_path / f"out.{suffix}"
    token = ProgressToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export(project, out, FigureFilter(), token)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("suffix", "export"), EXPORTERS)
def test_cancelling_midway_keeps_the_previous_file_untouched(seeded, tmp_path, suffix, export):
    project, _, _ = seeded
    out = tmp_path / f"out.{suffix}"
    out.write_text("previous export")
    token = ProgressToken(lambda done, total, message: token.cancel())
    with pytest.raises(Cancelled):
        export(project, out, FigureFilter(), token)
    assert out.read_text() == "previous export"
    assert _leftovers(tmp_path) == []


def test_exports_report_progress(seeded, tmp_path):
    project, _, _ = seeded
    seen = []
    export_csv(project, tmp_path / "a.csv", token=ProgressToken(lambda *a: seen.append(a)))
    assert seen[-1][0] == seen[-1][1] == 3 + len(INJECTIONS)
