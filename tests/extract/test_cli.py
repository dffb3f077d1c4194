"""`sitrep extract --json` prints the documented shape."""

import argparse
import json

from app.commands import extract as extract_command

FIELDS = {"id", "value", "low", "high", "qualifier", "measure", "who", "side", "claimant", "hedged",
          "disputed_by", "place", "lat", "lon", "country", "as_of", "since", "sentence", "start",
          "end", "confidence", "parts_of"}


def parse(argv):
    parser = argparse.ArgumentParser()
    extract_command.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_extract_json_shape(tmp_path, capsys, gazetteer_cache):
    article = tmp_path / "bucha.txt"
    article.write_text(
        "Bucha toll rises\n\nInvestigators in Bucha, Ukraine, said on Monday they had found "
        "at least 412 bodies. Written March 3, 2022.\n",
        encoding="utf-8",
    )
    args = parse(["extract", str(article), "--json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert set(doc) == {"path", "title", "published", "published_inferred", "figures"}
    assert doc["published"] == "2022-03-03" and doc["published_inferred"] is True
    (figure,) = doc["figures"]
    assert set(figure) == FIELDS
    assert figure["qualifier"] == "at_least" and figure["measure"] == "bodies"
    assert figure["low"] == 412 and figure["high"] is None and figure["id"] == 1
    assert figure["as_of"] == "2022-02-28"


def test_extract_published_option_wins(tmp_path, capsys, gazetteer_cache):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nTwelve civilians were killed on Friday, police said.\n", encoding="utf-8")
    args = parse(["extract", str(article), "--json", "--published", "2024-03-14"])
    args.func(args)
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["published"] == "2024-03-14" and doc["published_inferred"] is False


def test_extract_table_output_is_readable(tmp_path, capsys, gazetteer_cache):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nTwelve civilians were killed, police said.\n", encoding="utf-8")
    args = parse(["extract", str(article), "--published", "2024-03-14"])
    args.func(args)
    out = capsys.readouterr().out
    assert "killed" in out and "civilians" in out


def test_extract_reads_html_through_the_ingest_readers(tmp_path, capsys, gazetteer_cache):
    article = tmp_path / "a.html"
    article.write_text(
        "<html><head><title>Strike</title></head><body><h1>Strike kills 12</h1>"
        "<p>Twelve civilians were killed on Friday, police said.</p>"
        "<footer>Share this article</footer></body></html>", encoding="utf-8")
    args = parse(["extract", str(article), "--json", "--published", "2024-03-14"])
    assert args.func(args) == 0
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert [f["value"] for f in doc["figures"]][-1] == 12


def test_unreadable_file_is_reported_and_exit_status_is_one(tmp_path, capsys, gazetteer_cache):
    args = parse(["extract", str(tmp_path / "missing.txt"), "--json"])
    assert args.func(args) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_extract_reads_every_article_in_a_folder_and_names_an_empty_one(tmp_path, capsys,
                                                                       gazetteer_cache):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("At least 12 people were killed in Kharkiv on Monday.",
                                  encoding="utf-8")
    (folder / "sub" / "b.md").write_text("Some 300 people were evacuated from Sumy.",
                                         encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not an article: left out
    empty = tmp_path / "empty"
    empty.mkdir()
    args = parse(["extract", str(folder), str(empty), "--json"])
    assert args.func(args) == 1
    out = capsys.readouterr()
    docs = json.loads(out.out)["documents"]
    assert [d["path"].rsplit("/", 1)[-1] for d in docs] == ["a.txt", "b.md"]
    assert [f["value"] for d in docs for f in d["figures"]] == [12, 300]
    assert "empty: no article files" in out.err
